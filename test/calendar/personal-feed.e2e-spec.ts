import { createHash } from 'node:crypto';
import { DomainEvents } from '@platzbuch/platform';
import { PersonDeactivated } from '@platzbuch/directory';
import { holdClock } from '../bookings/clock';
import { TestApp } from '../support/test-app';
import { feedPath, openAllWeek, parseFeed } from './feed-support';

// Both daylight-saving switches of 2026 (29 March, 25 October) lie between the two bookings of a pair.
const AROUND_THE_SWITCHES = [
  ['2026-03-28', '+01:00', '2026-03-28T08:00:00.000Z'],
  ['2026-03-30', '+02:00', '2026-03-30T07:00:00.000Z'],
  ['2026-10-24', '+02:00', '2026-10-24T07:00:00.000Z'],
  ['2026-10-26', '+01:00', '2026-10-26T08:00:00.000Z'],
] as const;

describe('personal calendar feed', () => {
  const logLines: string[] = [];
  let t: TestApp;
  let alma: { id: string };
  let bruno: { id: string };
  let desk: { id: string; code: string };
  const bookingIds: string[] = [];
  let brunoBookingId: string;

  beforeAll(async () => {
    t = await TestApp.start({ env: { LOG_LEVEL: 'info' }, logLines });
    holdClock(t, '2026-03-20T08:00:00Z');
    const admin = await t.make.admin();
    // A long name with umlauts, so that lines must be folded, and folded by octets.
    const building = await t.make.building({
      name: 'Technisches Rathaus Süd – Verwaltungsgebäude an der Friedrich-Ebert-Straße',
    });
    const floor = await t.make.floor({ buildingId: building.id, name: '3. Obergeschoss' });
    desk = await t.make.desk({ floorId: floor.id, code: 'S-3.14' });
    await openAllWeek(t, admin, building.id);
    alma = await t.make.person({ displayName: 'Alma Albrecht' });
    bruno = await t.make.person({ displayName: 'Bruno Berger' });
    for (const [day, offset] of AROUND_THE_SWITCHES) {
      const booked = await t.post(alma, '/api/v1/bookings', {
        deskId: desk.id,
        start: `${day}T09:00:00${offset}`,
        end: `${day}T12:00:00${offset}`,
      });
      expect(booked.statusCode).toBe(201);
      bookingIds.push(booked.body.id);
    }
    const other = await t.post(bruno, '/api/v1/bookings', {
      deskId: desk.id,
      start: '2026-03-30T13:00:00+02:00',
      end: '2026-03-30T17:00:00+02:00',
    });
    expect(other.statusCode).toBe(201);
    brunoBookingId = other.body.id;
  });
  afterAll(() => t.close());

  const subscribe = async (caller: { id: string }) => {
    const response = await t.post(caller, '/api/v1/me/calendar-feed');
    expect(response.statusCode).toBe(201);
    return feedPath(response.body.url);
  };

  it('hands out a secret URL whose token is stored only as its hash', async () => {
    const response = await t.post(alma, '/api/v1/me/calendar-feed');
    expect(response.statusCode).toBe(201);
    expect(response.body.url).toMatch(/^http:\/\/localhost:\d+\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const { token } = feedPath(response.body.url);
    const rows = await t.db.query<{ row: string; token_hash: Buffer }[]>(
      `SELECT row_to_json(f)::text AS row, token_hash FROM calendar_feeds f WHERE person_id = $1`,
      [alma.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].row).not.toContain(token);
    expect(rows[0].token_hash.equals(createHash('sha256').update(token).digest())).toBe(true);
    expect((await t.get(undefined, `/ical/${token}.ics`)).statusCode).toBe(200);
  });

  it('shows bookings at 09:00 Berlin time on both sides of both daylight-saving switches', async () => {
    const { path } = await subscribe(alma);
    const response = await t.get(undefined, path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parseFeed(response.body);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain('Meine Buchungen');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT15M');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT15M');
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['Europe/Berlin']);
    expect(events).toHaveLength(4);
    AROUND_THE_SWITCHES.forEach(([day, , utc], index) => {
      expect(events[index]).toMatchObject({
        uid: `${bookingIds[index]}@localhost`,
        startLocal: `${day}T09:00:00`,
        endLocal: `${day}T12:00:00`,
        zone: 'Europe/Berlin',
        startUtc: utc,
        status: 'CONFIRMED',
        sequence: 0,
        url: `http://localhost:${t.config.port}/bookings/${bookingIds[index]}`,
        stampUtc: true,
        lastModified: expect.any(String),
      });
      expect(events[index].summary).toBe(
        'Arbeitsplatz S-3.14 · 3. Obergeschoss, Technisches Rathaus Süd – Verwaltungsgebäude an der Friedrich-Ebert-Straße',
      );
      expect(events[index].location).toContain(
        'Arbeitsplatz S-3.14, 3. Obergeschoss, Technisches Rathaus Süd',
      );
    });
    expect(response.body).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
  });

  it('writes CRLF lines folded at 75 octets', async () => {
    const { path } = await subscribe(alma);
    const body: string = (await t.get(undefined, path)).body;
    expect(body.endsWith('\r\n')).toBe(true);
    const lines = body.slice(0, -2).split('\r\n');
    expect(lines.some((line) => line.includes('\n') || line.includes('\r'))).toBe(false);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('answers 304 without a body while nothing changed, and a new ETag once something did', async () => {
    const { path } = await subscribe(alma);
    const first = await t.get(undefined, path);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(new Date(String(first.headers['last-modified'])).getTime()).not.toBeNaN();
    expect(etag).toBe(`"${createHash('sha256').update(first.body).digest('base64url')}"`);

    const again = await t.get(undefined, path, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.payload).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await t.get(undefined, path, { 'if-none-match': `W/${etag}` })).statusCode).toBe(304);
    expect((await t.get(undefined, path, { 'if-none-match': '"something-else"' })).statusCode).toBe(200);
    const head = await t.request(undefined, 'HEAD', path);
    expect(head.statusCode).toBe(200);
    expect(head.headers.etag).toBe(etag);
    expect(head.payload).toBe('');

    const [, thirtieth] = bookingIds;
    expect((await t.delete(alma, `/api/v1/bookings/${thirtieth}`)).statusCode).toBe(200);
    const changed = await t.get(undefined, path, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('keeps a cancelled booking as CANCELLED with a higher SEQUENCE', async () => {
    const { path } = await subscribe(alma);
    const { events } = parseFeed((await t.get(undefined, path)).body);
    const cancelled = events.find((event) => event.uid.startsWith(bookingIds[1]))!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(0);
    expect(cancelled.startLocal).toBe('2026-03-30T09:00:00');
    expect(events.filter((event) => event.status === 'CONFIRMED')).toHaveLength(3);
  });

  it('reaches 30 days back, and keeps a cancellation for 30 days after it was made', async () => {
    const clock = holdClock(t, '2026-04-15T10:00:00Z');
    // A new token starts from an empty cache; the window itself moves with the clock.
    const daysShown = async () => {
      const { path } = await subscribe(alma);
      return parseFeed((await t.get(undefined, path)).body).events.map((event) =>
        event.startLocal.slice(0, 10),
      );
    };
    try {
      expect(await daysShown()).toEqual(['2026-03-28', '2026-03-30', '2026-10-24', '2026-10-26']);
      // The 30 March booking was cancelled on 20 March: 30 days later it is gone, though it lies later.
      clock.set('2026-04-20T10:00:00Z');
      expect(await daysShown()).toEqual(['2026-03-28', '2026-10-24', '2026-10-26']);
      clock.set('2026-05-01T10:00:00Z');
      expect(await daysShown()).toEqual(['2026-10-24', '2026-10-26']);
    } finally {
      holdClock(t, '2026-03-20T08:00:00Z');
    }
  });

  it('never shows another person, their name or their bookings', async () => {
    const { path } = await subscribe(alma);
    const body: string = (await t.get(undefined, path)).body;
    expect(body).not.toContain('Bruno');
    expect(body).not.toContain('Berger');
    expect(body).not.toContain(brunoBookingId);
    expect(body).not.toContain('Alma');
    const { path: brunosPath } = await subscribe(bruno);
    const { events } = parseFeed((await t.get(undefined, brunosPath)).body);
    expect(events.map((event) => event.uid)).toEqual([`${brunoBookingId}@localhost`]);
  });

  it('shows a renamed desk, floor or building and a new time zone at the next refresh, and nothing else renders it anew', async () => {
    const admin = await t.make.admin();
    const building = await t.make.building({ name: 'Stadthaus' });
    await openAllWeek(t, admin, building.id);
    const floor = await t.make.floor({ buildingId: building.id, name: 'Erdgeschoss' });
    const own = await t.make.desk({ floorId: floor.id, code: 'E-01' });
    const carla = await t.make.person({ displayName: 'Carla Conrad' });
    const booked = await t.post(carla, '/api/v1/bookings', {
      deskId: own.id,
      start: '2026-04-14T09:00:00+02:00',
      end: '2026-04-14T12:00:00+02:00',
    });
    expect(booked.statusCode).toBe(201);
    const { path } = await subscribe(carla);
    let etag = String((await t.get(undefined, path)).headers.etag);
    /** The feed after `change`, asked with the last ETag as a calendar client would. */
    const afterChange = async (change: () => Promise<{ statusCode: number }>) => {
      expect((await change()).statusCode).toBe(200);
      const response = await t.get(undefined, path, { 'if-none-match': etag });
      if (response.statusCode === 200) etag = String(response.headers.etag);
      return response;
    };

    const moved = await afterChange(() => t.patch(admin, `/api/v1/desks/${own.id}`, { x: 40, y: 60 }));
    expect(moved.statusCode).toBe(304);
    const renamed = await afterChange(() => t.patch(admin, `/api/v1/desks/${own.id}`, { code: 'E-02' }));
    expect(parseFeed(renamed.body).events[0].summary).toContain('E-02');
    const floorRenamed = await afterChange(() =>
      t.patch(admin, `/api/v1/floors/${floor.id}`, { name: 'Parterre' }),
    );
    expect(parseFeed(floorRenamed.body).events[0].location).toContain('Parterre');
    const buildingRenamed = await afterChange(() =>
      t.patch(admin, `/api/v1/buildings/${building.id}`, { name: 'Neues Stadthaus' }),
    );
    expect(parseFeed(buildingRenamed.body).events[0].location).toContain('Neues Stadthaus');
    const rezoned = await afterChange(() =>
      t.patch(admin, `/api/v1/buildings/${building.id}`, { timezone: 'Europe/London' }),
    );
    const [event] = parseFeed(rezoned.body).events;
    expect([event.zone, event.startLocal, event.startUtc]).toEqual([
      'Europe/London',
      '2026-04-14T08:00:00',
      '2026-04-14T07:00:00.000Z',
    ]);
  });

  it('kills the old URL at once when a new one is made, and answers a problem that says nothing more', async () => {
    const old = await subscribe(alma);
    const fresh = await subscribe(alma);
    const gone = await t.get(undefined, old.path);
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect(gone.body).toMatchObject({ code: 'NOT_FOUND', instance: '/ical/[redacted]' });
    expect(gone.payload).not.toContain(old.token);
    expect((await t.get(undefined, fresh.path)).statusCode).toBe(200);
    expect((await t.get(undefined, `/ical/${fresh.token}`)).statusCode).toBe(404);
    expect((await t.get(undefined, '/ical/not-a-token.ics')).statusCode).toBe(404);
    expect((await t.get(undefined, `/api/v1/ical/${fresh.token}.ics`)).statusCode).toBe(404);
  });

  it('revokes the feed', async () => {
    const { path } = await subscribe(alma);
    expect((await t.delete(alma, '/api/v1/me/calendar-feed')).statusCode).toBe(204);
    expect((await t.get(undefined, path)).statusCode).toBe(404);
    expect((await t.delete(alma, '/api/v1/me/calendar-feed')).statusCode).toBe(204);
  });

  it('needs a signed-in person to make or revoke a feed', async () => {
    expect((await t.post(undefined, '/api/v1/me/calendar-feed')).statusCode).toBe(401);
    expect((await t.delete(undefined, '/api/v1/me/calendar-feed')).statusCode).toBe(401);
  });

  it('closes the feed of a person who is deactivated', async () => {
    const carla = await t.make.person({ displayName: 'Carla Conrad' });
    const { path } = await subscribe(carla);
    expect((await t.get(undefined, path)).statusCode).toBe(200);
    await t.app.get(DomainEvents).publish(new PersonDeactivated(carla.id));
    expect((await t.get(undefined, path)).statusCode).toBe(404);
  });

  it('never writes a token to the access log', async () => {
    const { path, token } = await subscribe(alma);
    await t.get(undefined, path);
    await t.get(undefined, `/ICAL/${token}.ics`);
    await t.get(undefined, `/ical/${token}.ics?again=1`);
    const log = logLines.join('');
    expect(log).toContain('/ical/[redacted]');
    expect(log).not.toContain(token);
  });
});
