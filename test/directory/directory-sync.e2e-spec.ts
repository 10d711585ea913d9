import { BookingsService } from '@platzbuch/bookings';
import { DirectorySync, Person } from '@platzbuch/directory';
import type { SyncRunView, SyncStatusResponse } from '@platzbuch/contracts';
import { TEST_TENANT } from '../support/factories';
import { FakeGraph, type FakeUser } from '../support/graph-fake';
import { TestApp } from '../support/test-app';
import { holdClock } from '../bookings/clock';

jest.setTimeout(120_000);

describe('directory sync from Entra ID through Microsoft Graph', () => {
  let graph: FakeGraph;
  let t: TestApp;
  let sync: DirectorySync;
  let admin: Person;
  let staff: FakeUser[];

  beforeAll(async () => {
    graph = await FakeGraph.start();
    graph.pageSize = 200;
    t = await TestApp.start({ env: graph.env() });
    holdClock(t);
    sync = t.app.get(DirectorySync);
    admin = await t.make.admin({ tenantId: '99999999-2222-4333-8444-555555555555' });
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  const people = () => t.db.getRepository(Person);
  const byObjectId = (id: string) =>
    people().findOneOrFail({
      where: { tenantId: TEST_TENANT, objectId: id },
      relations: { department: true },
    });
  const status = async () => (await t.get<SyncStatusResponse>(admin, '/api/v1/directory/sync/status')).body;

  it('reads a full round of 5,000 people page by page, with departments and managers that arrive later', async () => {
    // One person signed in before the first round: the sync merges them by object id.
    const early = graph.addUser({ displayName: 'Erika Früh' });
    const signedIn = await t.make.person({
      objectId: early.id,
      displayName: 'Erika (Anmeldung)',
      email: null,
    });
    staff = graph.addUsers(4_999);
    // Managers come after their reports in Graph's order: the links are set once every page is in.
    const heads = graph.addUsers(0);
    staff
      .slice(0, 100)
      .forEach((user, index) => graph.update(user.id, { managerId: staff[4_000 + (index % 10)].id }));
    expect(heads).toEqual([]);

    const run = await sync.runRound('admin');
    expect(run).toMatchObject({
      state: 'completed',
      full: true,
      pages: 25,
      created: 4_999,
      updated: 1,
      deactivated: 0,
      errors: 0,
    });
    expect(await people().countBy({ tenantId: TEST_TENANT })).toBe(5_000);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM departments`)).toEqual([{ n: 20 }]);

    const merged = await byObjectId(early.id);
    expect(merged).toMatchObject({ id: signedIn.id, displayName: 'Erika Früh', email: early.mail });
    const report = await byObjectId(staff[0].id);
    const boss = await byObjectId(staff[4_000].id);
    expect(report.managerId).toBe(boss.id);
    expect(report.department?.name).toBe(staff[0].department);

    const first = graph.requests.find((request) => request.path.startsWith('/v1.0/users/delta?'))!;
    expect(decodeURIComponent(first.path)).toContain(
      '$select=id,displayName,userPrincipalName,mail,department,officeLocation,jobTitle,accountEnabled,manager',
    );
    const { runs } = await status();
    expect(runs[0]).toMatchObject({ id: run!.id, state: 'completed', pages: 25, created: 4_999 });
  });

  it('applies joins, moves and leavers from the delta link; leavers lose their future bookings and calendar feed', async () => {
    const desk = await t.make.desk();
    const otherDesk = await t.make.desk();
    const [disabled, binned, gone, mover, stays] = [staff[10], staff[11], staff[12], staff[13], staff[14]];
    const leavers = await Promise.all([disabled, binned, gone].map((user) => byObjectId(user.id)));
    const bookings = await Promise.all(
      leavers.map((person, index) =>
        t.post(person, '/api/v1/bookings', {
          deskId: index === 0 ? desk.id : otherDesk.id,
          date: `2027-01-1${2 + index}`,
        }),
      ),
    );
    const kept = await t.post(await byObjectId(stays.id), '/api/v1/bookings', {
      deskId: desk.id,
      date: '2027-01-15',
    });
    expect([...bookings, kept].map((booking) => booking.statusCode)).toEqual([201, 201, 201, 201]);

    const feed = await t.post<{ url: string }>(leavers[0], '/api/v1/me/calendar-feed');
    const feedPath = new URL(feed.body.url).pathname;
    expect((await t.get(undefined, feedPath)).statusCode).toBe(200);

    const joiners = graph.addUsers(3, () => ({ department: 'Amt für Digitalisierung', managerId: mover.id }));
    graph.update(mover.id, { department: 'Amt für Digitalisierung', jobTitle: 'Amtsleitung' });
    graph.update(disabled.id, { accountEnabled: false });
    graph.remove(binned.id, 'changed');
    graph.remove(gone.id, 'deleted');
    graph.update(stays.id, { officeLocation: 'Rathaus' }); // changes nothing

    const run = await sync.runRound('schedule');
    expect(run).toMatchObject({
      state: 'completed',
      full: false,
      pages: 1,
      created: 3,
      updated: 1,
      deactivated: 3,
    });

    const movedPerson = await byObjectId(mover.id);
    expect(movedPerson).toMatchObject({
      jobTitle: 'Amtsleitung',
      department: { name: 'Amt für Digitalisierung' },
    });
    for (const joiner of joiners) expect((await byObjectId(joiner.id)).managerId).toBe(movedPerson.id);
    for (const leaver of leavers) {
      const after = await people().findOneByOrFail({ id: leaver.id });
      expect(after.active).toBe(false);
      expect(after.deactivatedAt).not.toBeNull();
    }
    const bookingsService = t.app.get(BookingsService);
    expect(bookingsService).toBeDefined();
    const states = await t.db.query<{ id: string; status: string; cancel_reason: string | null }[]>(
      `SELECT id, status, cancel_reason FROM bookings WHERE id = ANY($1) ORDER BY start_at`,
      [[...bookings, kept].map((booking) => booking.body.id)],
    );
    expect(states.map((row) => [row.status, row.cancel_reason])).toEqual([
      ['cancelled', 'person_deactivated'],
      ['cancelled', 'person_deactivated'],
      ['cancelled', 'person_deactivated'],
      ['confirmed', null],
    ]);
    // Their calendar feed died with their access.
    expect((await t.get(undefined, feedPath)).statusCode).toBe(404);
    // A deactivated person can no longer be found.
    const search = await t.get(admin, `/api/v1/people?query=${encodeURIComponent(disabled.displayName)}`);
    expect(search.body.map((row: { id: string }) => row.id)).not.toContain(leavers[0].id);
  });

  it('waits as Graph asks when throttled (Retry-After in seconds and as a date) and backs off on 503', async () => {
    graph.addUsers(450);
    graph.fail(1, 429, '1');
    graph.fail(1, 429, new Date(Date.now() + 1_000).toUTCString());
    graph.fail(1, 503);
    const before = graph.requests.length;
    const started = Date.now();
    const run = await sync.runRound('schedule');
    expect(run).toMatchObject({ state: 'completed', pages: 3, created: 450, errors: 0 });
    expect(graph.requests.slice(before).map((request) => request.status)).toEqual([
      429, 429, 503, 200, 200, 200,
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('starts a full round again when the delta link has expired, without duplicating anyone or missing leavers', async () => {
    const count = await people().countBy({ tenantId: TEST_TENANT });
    const joiner = graph.addUser({ displayName: 'Nach Ablauf' });
    // Deleted while the link had expired: a full round does not list them, and so deactivates them.
    const leaver = staff[20];
    graph.remove(leaver.id, 'deleted');
    graph.expireLinks();
    const run = await sync.runRound('schedule');
    expect(run).toMatchObject({ state: 'completed', full: true, created: 1, deactivated: 1 });
    expect((await byObjectId(leaver.id)).active).toBe(false);
    expect(graph.requests.some((request) => request.status === 410)).toBe(true);
    expect(await people().countBy({ tenantId: TEST_TENANT })).toBe(count + 1);
    expect((await byObjectId(joiner.id)).displayName).toBe('Nach Ablauf');
  });

  it('holds a round that would deactivate more than 5 % of active people until an admin confirms it', async () => {
    const active = await people().countBy({ tenantId: TEST_TENANT, active: true });
    const leaving = staff.slice(1_000, 1_000 + Math.ceil(active * 0.06));
    leaving.forEach((user) => graph.remove(user.id, 'deleted'));
    const joiner = graph.addUser({ displayName: 'Während des Haltens' });

    const start = await t.post<SyncRunView>(admin, '/api/v1/directory/sync');
    expect(start.statusCode).toBe(202);
    const held = await waitFor(async () =>
      (await status()).runs.find(
        (run) => run.id === start.body.id && run.state !== 'fetching' && run.state !== 'applying',
      ),
    );
    expect(held).toMatchObject({
      state: 'held',
      created: 0,
      deactivated: 0,
      held: { deactivations: leaving.length, activePeople: active },
    });
    // Nothing of the round is applied, not even its joiner, and no further round starts.
    expect(await people().countBy({ tenantId: TEST_TENANT, active: true })).toBe(active);
    expect(await people().findOneBy({ objectId: joiner.id })).toBeNull();
    const again = await t.post(admin, '/api/v1/directory/sync');
    expect(again.statusCode).toBe(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', heldRunId: held!.id });

    const confirmed = await t.post<SyncRunView>(admin, `/api/v1/directory/sync/${held!.id}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'completed', created: 1, deactivated: leaving.length });
    expect(await people().countBy({ tenantId: TEST_TENANT, active: true })).toBe(active - leaving.length + 1);
    expect((await t.post(admin, `/api/v1/directory/sync/${held!.id}/confirm`)).statusCode).toBe(409);
  });

  it('discards a held round, which the next round judges again', async () => {
    const active = await people().countBy({ tenantId: TEST_TENANT, active: true });
    staff
      .slice(2_000, 2_000 + Math.ceil(active * 0.06))
      .forEach((user) => graph.update(user.id, { accountEnabled: false }));
    const held = await sync.runRound('schedule');
    expect(held?.state).toBe('held');
    const discarded = await t.post<SyncRunView>(admin, `/api/v1/directory/sync/${held!.id}/discard`);
    expect(discarded.body.state).toBe('discarded');
    const next = await sync.runRound('schedule');
    expect(next).toMatchObject({ state: 'held', full: false });
    await t.post(admin, `/api/v1/directory/sync/${next!.id}/discard`);
  });

  it('is for admins only, and refuses malformed run ids', async () => {
    const person = await t.make.person();
    expect((await t.post(person, '/api/v1/directory/sync')).statusCode).toBe(403);
    expect((await t.get(person, '/api/v1/directory/sync/status')).statusCode).toBe(403);
    expect((await t.post(admin, '/api/v1/directory/sync/not-a-uuid/confirm')).statusCode).toBe(400);
    expect(
      (await t.post(admin, '/api/v1/directory/sync/00000000-0000-4000-8000-000000000000/confirm')).statusCode,
    ).toBe(404);
    expect(await status()).toMatchObject({
      enabled: true,
      reason: null,
      intervalMinutes: 0,
      maxDeactivationShare: 0.05,
    });
  });
});

describe('directory sync without Graph configuration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('is off, says why, and refuses to start a round', async () => {
    const admin = await t.make.admin();
    const { body } = await t.get<SyncStatusResponse>(admin, '/api/v1/directory/sync/status');
    expect(body).toMatchObject({ enabled: false, reason: 'ENTRA_TENANT_ID is not set', runs: [] });
    const start = await t.post(admin, '/api/v1/directory/sync');
    expect(start.statusCode).toBe(409);
    expect(start.headers['content-type']).toContain('application/problem+json');
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
