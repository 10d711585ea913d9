import { DirectorySync, Person } from '@platzbuch/directory';
import { TEST_TENANT } from '../support/factories';
import { FakeGraph } from '../support/graph-fake';
import { TestApp } from '../support/test-app';

describe('device profiles', () => {
  let graph: FakeGraph;
  let t: TestApp;

  beforeAll(async () => {
    graph = await FakeGraph.start();
    t = await TestApp.start({
      env: { ...graph.env(), DIRECTORY_DEVICE_PROFILE_ATTRIBUTE: 'extensionAttribute3' },
    });
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  const profileOf = async (objectId: string) =>
    (await t.db.getRepository(Person).findOneByOrFail({ tenantId: TEST_TENANT, objectId })).deviceProfile;
  const upload = (caller: { id: string }, csv: string) =>
    t.request(caller, 'POST', '/api/v1/directory/device-profiles', {
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });

  it('takes the profile from a configured on-premises extension attribute, and leaves it unknown otherwise', async () => {
    const [laptop, desk, silent] = [
      graph.addUser({ onPremisesExtensionAttributes: { extensionAttribute3: 'Notebook' } }),
      graph.addUser({ onPremisesExtensionAttributes: { extensionAttribute3: 'Desktop' } }),
      graph.addUser({ onPremisesExtensionAttributes: { extensionAttribute3: null } }),
    ];
    await t.app.get(DirectorySync).runRound('admin');
    expect(await profileOf(laptop.id)).toBe('notebook');
    expect(await profileOf(desk.id)).toBe('desktop');
    expect(await profileOf(silent.id)).toBe('unknown');
    expect(graph.requests[0].path).toContain('onPremisesExtensionAttributes');
  });

  it('sets profiles from an admin’s CSV, by e-mail address, with semicolons or commas', async () => {
    const admin = await t.make.admin();
    const [a, b] = [
      await t.make.person({ email: 'a.b@stadt.example' }),
      await t.make.person({ email: 'c.d@stadt.example' }),
    ];
    const first = await upload(
      admin,
      '\uFEFFemail;deviceProfile\r\nA.B@stadt.example;notebook\r\nc.d@stadt.example;Desktop\r\n',
    );
    expect(first.statusCode).toBe(200);
    expect(first.body).toEqual({ updated: 2, unchanged: 0 });
    const again = await upload(admin, 'email,deviceProfile\nc.d@stadt.example,desktop\n');
    expect(again.body).toEqual({ updated: 0, unchanged: 1 });
    const people = t.db.getRepository(Person);
    expect((await people.findOneByOrFail({ id: a.id })).deviceProfile).toBe('notebook');
    expect((await people.findOneByOrFail({ id: b.id })).deviceProfile).toBe('desktop');
  });

  it('refuses a file with any bad line, naming every line, and changes nothing', async () => {
    const admin = await t.make.admin();
    const person = await t.make.person({ email: 'e.f@stadt.example' });
    const answer = await upload(
      admin,
      'email;deviceProfile\ne.f@stadt.example;notebook\nkeine-adresse;desktop\ne.f@stadt.example;tablet\n',
    );
    expect(answer.statusCode).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ line: 3, column: 'email' }),
      expect.objectContaining({ line: 4, column: 'email' }),
      expect.objectContaining({ line: 4, column: 'deviceProfile' }),
    ]);
    const unknown = await upload(admin, 'email;deviceProfile\nniemand@stadt.example;notebook\n');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ line: 2, column: 'email' })]);
    expect((await upload(admin, 'name;profile\nx;y\n')).statusCode).toBe(400);
    expect((await upload(admin, '')).statusCode).toBeLessThan(500);
    const json = await t.post(admin, '/api/v1/directory/device-profiles', { email: 'e.f@stadt.example' });
    expect(json.statusCode).toBe(415);
    expect((await t.db.getRepository(Person).findOneByOrFail({ id: person.id })).deviceProfile).toBe(
      'unknown',
    );
    expect((await upload(person, 'email;deviceProfile\ne.f@stadt.example;notebook\n')).statusCode).toBe(403);
  });
});

describe('device profiles from the notebook group', () => {
  const GROUP = '7d3f2a10-5b6c-4d8e-9f01-23456789abcd';
  let graph: FakeGraph;
  let t: TestApp;

  beforeAll(async () => {
    graph = await FakeGraph.start();
    graph.pageSize = 2;
    t = await TestApp.start({ env: { ...graph.env(), DIRECTORY_NOTEBOOK_GROUP_ID: GROUP } });
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  const profiles = async () =>
    Object.fromEntries(
      (await t.db.getRepository(Person).findBy({ tenantId: TEST_TENANT })).map((person) => [
        person.objectId,
        person.deviceProfile,
      ]),
    );

  it('gives members notebooks, first from all members, then from members@delta', async () => {
    const [a, b, c, d] = graph.addUsers(4);
    [a, b, c].forEach((user) => graph.setMember(GROUP, user.id));
    graph.setMember('00000000-0000-4000-8000-000000000000', d.id);
    const sync = t.app.get(DirectorySync);
    await sync.runRound('admin');
    expect(await profiles()).toEqual({
      [a.id]: 'notebook',
      [b.id]: 'notebook',
      [c.id]: 'notebook',
      [d.id]: 'unknown',
    });
    expect(
      graph.requests.some((request) => decodeURIComponent(request.path).includes(`$filter=id eq '${GROUP}'`)),
    ).toBe(true);

    graph.setMember(GROUP, b.id, false);
    graph.setMember(GROUP, d.id);
    const run = await sync.runRound('schedule');
    expect(run).toMatchObject({ state: 'completed', updated: 2 });
    expect(await profiles()).toEqual({
      [a.id]: 'notebook',
      [b.id]: 'unknown',
      [c.id]: 'notebook',
      [d.id]: 'notebook',
    });
    // The group's delta link was used: only the two changes were read.
    const groupReads = graph.requests.filter((request) => request.path.startsWith('/v1.0/groups/delta'));
    expect(groupReads.at(-1)?.path).toContain('$deltatoken=');
  });
});
