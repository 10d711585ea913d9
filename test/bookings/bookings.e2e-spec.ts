import type { BookingView } from '@platzbuch/contracts';
import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

describe('bookings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t);
  });
  afterAll(() => t.close());

  const book = (caller: { id: string }, body: object, headers?: Record<string, string>) =>
    t.post(caller, '/api/v1/bookings', body, headers);

  it('books a desk for explicit times, with UTC and local wall times in the answer', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    const response = await book(person, {
      deskId: desk.id,
      start: '2027-01-12T08:00:00+01:00',
      end: '2027-01-12T12:00:00+01:00',
    });
    expect(response.statusCode).toBe(201);
    expect(response.body).toMatchObject({
      deskId: desk.id,
      roomId: null,
      personId: person.id,
      bookedById: person.id,
      start: '2027-01-12T07:00:00.000Z',
      end: '2027-01-12T11:00:00.000Z',
      startLocal: '2027-01-12T08:00:00+01:00',
      endLocal: '2027-01-12T12:00:00+01:00',
      timezone: 'Europe/Berlin',
      day: '2027-01-12',
      status: 'confirmed',
      place: { kind: 'desk', name: desk.code, floorId: desk.floorId, buildingId: desk.buildingId },
    });
  });

  it('resolves date and slot through the default office hours', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    const slots = { morning: ['07:00', '13:00'], afternoon: ['13:00', '19:00'] };
    for (const [slot, [from, to]] of Object.entries(slots)) {
      const response = await book(person, { deskId: desk.id, date: '2027-01-13', slot });
      expect(response.statusCode).toBe(201);
      expect(response.body.startLocal).toBe(`2027-01-13T${from}:00+01:00`);
      expect(response.body.endLocal).toBe(`2027-01-13T${to}:00+01:00`);
    }
  });

  it('takes a slot of today from the current minute on', async () => {
    const clock = holdClock(t, '2027-01-11T09:30:42Z');
    const person = await t.make.person();
    const desk = await t.make.desk();
    const response = await book(person, { deskId: desk.id, date: '2027-01-11', slot: 'day' });
    expect(response.statusCode).toBe(201);
    expect(response.body.startLocal).toBe('2027-01-11T10:30:00+01:00');
    expect(response.body.endLocal).toBe('2027-01-11T19:00:00+01:00');
    clock.set('2027-01-11T06:00:00Z');
  });

  it('books 08:00-12:00 and 12:00-17:00 on one desk: half-open intervals do not collide', async () => {
    const [first, second] = [await t.make.person(), await t.make.person()];
    const desk = await t.make.desk();
    const morning = await book(first, {
      deskId: desk.id,
      start: '2027-01-14T08:00:00+01:00',
      end: '2027-01-14T12:00:00+01:00',
    });
    const afternoon = await book(second, {
      deskId: desk.id,
      start: '2027-01-14T12:00:00+01:00',
      end: '2027-01-14T17:00:00+01:00',
    });
    expect([morning.statusCode, afternoon.statusCode]).toEqual([201, 201]);
  });

  it('refuses an overlapping booking with 409, naming the interval but not who holds it', async () => {
    const [holder, other] = [await t.make.person(), await t.make.person()];
    const desk = await t.make.desk();
    await book(holder, {
      deskId: desk.id,
      start: '2027-01-14T08:00:00+01:00',
      end: '2027-01-14T12:00:00+01:00',
    });
    const response = await book(other, {
      deskId: desk.id,
      start: '2027-01-14T11:00:00+01:00',
      end: '2027-01-14T15:00:00+01:00',
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'BOOKING_CONFLICT',
      collisions: [
        {
          reason: 'resource',
          startLocal: '2027-01-14T08:00:00+01:00',
          endLocal: '2027-01-14T12:00:00+01:00',
          own: false,
          bookingId: null,
        },
      ],
    });
    expect(response.payload).not.toContain(holder.id);
    expect(response.payload).not.toContain(holder.displayName);
  });

  it("says when the colliding booking is the person's own, and which it is", async () => {
    const person = await t.make.person();
    const [desk, otherDesk] = [await t.make.desk(), await t.make.desk()];
    const first = await book(person, { deskId: desk.id, date: '2027-01-15', slot: 'morning' });
    const again = await book(person, { deskId: otherDesk.id, date: '2027-01-15', slot: 'day' });
    expect(again.statusCode).toBe(409);
    expect(again.body.collisions).toEqual([
      expect.objectContaining({ reason: 'person', own: true, bookingId: first.body.id }),
    ]);
    expect(again.body.detail).toMatch(/einen anderen Arbeitsplatz/);
  });

  it('books meeting rooms; one person may hold a desk and a room at once', async () => {
    const person = await t.make.person();
    const [desk, room] = [await t.make.desk(), await t.make.room()];
    await book(person, { deskId: desk.id, date: '2027-01-18', slot: 'day' });
    const meeting = await book(person, {
      roomId: room.id,
      start: '2027-01-18T10:00:00+01:00',
      end: '2027-01-18T11:00:00+01:00',
    });
    expect(meeting.statusCode).toBe(201);
    expect(meeting.body).toMatchObject({
      roomId: room.id,
      deskId: null,
      place: { kind: 'room', name: room.name },
    });
    const clash = await book(await t.make.person(), {
      roomId: room.id,
      start: '2027-01-18T10:30:00+01:00',
      end: '2027-01-18T12:00:00+01:00',
    });
    expect(clash.statusCode).toBe(409);
  });

  it('validates requests: 400 for malformed bodies, 404 for unknown desks', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    const bad = [
      {},
      { deskId: desk.id },
      { deskId: 'not-a-uuid', date: '2027-01-12' },
      { deskId: desk.id, roomId: desk.id, date: '2027-01-12' },
      { deskId: desk.id, start: '2027-01-12T08:00:00', end: '2027-01-12T12:00:00' },
      { deskId: desk.id, start: '2027-01-12T12:00:00+01:00', end: '2027-01-12T08:00:00+01:00' },
      { deskId: desk.id, date: '2027-02-30' },
      { deskId: desk.id, date: '2027-01-12', slot: 'evening' },
      {
        deskId: desk.id,
        date: '2027-01-12',
        start: '2027-01-12T08:00:00+01:00',
        end: '2027-01-12T09:00:00+01:00',
      },
      { deskId: desk.id, date: '2027-01-12', colour: 'red' },
    ];
    for (const body of bad) {
      const response = await book(person, body);
      expect({ body, status: response.statusCode, code: response.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    const unknown = await book(person, {
      deskId: '00000000-0000-4000-8000-000000000000',
      date: '2027-01-12',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("answers someone else's booking with 404 for read, cancel and check-in", async () => {
    const [owner, stranger] = [await t.make.person(), await t.make.person()];
    const desk = await t.make.desk();
    const { body: booking } = await book(owner, { deskId: desk.id, date: '2027-01-19' });
    for (const response of [
      await t.get(stranger, `/api/v1/bookings/${booking.id}`),
      await t.delete(stranger, `/api/v1/bookings/${booking.id}`),
      await t.post(stranger, `/api/v1/bookings/${booking.id}/check-in`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    expect((await t.get(owner, `/api/v1/bookings/${booking.id}`)).body.status).toBe('confirmed');
  });

  it('answers malformed booking ids with 400 and unknown ones with 404', async () => {
    const person = await t.make.person();
    expect((await t.get(person, '/api/v1/bookings/12345')).statusCode).toBe(400);
    expect((await t.get(person, "/api/v1/bookings/1' OR '1'='1")).statusCode).toBe(400);
    expect((await t.get(person, '/api/v1/bookings/6f1d2c1e-7d4b-4c3e-9a8b-0c1d2e3f4a5b')).statusCode).toBe(
      404,
    );
  });

  it('cancels: the slot is free at once, and cancelling again changes nothing', async () => {
    const [first, second] = [await t.make.person(), await t.make.person()];
    const desk = await t.make.desk();
    const { body: booking } = await book(first, { deskId: desk.id, date: '2027-01-20' });
    const cancelled = await t.delete(first, `/api/v1/bookings/${booking.id}`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledReason: 'by_person' });
    expect((await book(second, { deskId: desk.id, date: '2027-01-20' })).statusCode).toBe(201);
    expect((await t.delete(first, `/api/v1/bookings/${booking.id}`)).body.status).toBe('cancelled');
  });

  it('refuses to cancel a booking that has ended', async () => {
    const clock = holdClock(t, '2027-01-12T06:00:00Z');
    const person = await t.make.person();
    const desk = await t.make.desk();
    const { body: booking } = await book(person, { deskId: desk.id, date: '2027-01-12', slot: 'morning' });
    clock.set('2027-01-12T12:00:00Z');
    const response = await t.delete(person, `/api/v1/bookings/${booking.id}`);
    expect(response.statusCode).toBe(422);
    expect(response.body).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'BOOKING_ENDED' });
    clock.set('2027-01-11T06:00:00Z');
  });

  it('lists own bookings: upcoming soonest first, past latest first, paged with a Link header', async () => {
    const clock = holdClock(t, '2027-01-11T06:00:00Z');
    const person = await t.make.person();
    const desk = await t.make.desk();
    const days = ['2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'];
    for (const date of days) await book(person, { deskId: desk.id, date, slot: 'morning' });
    const first = await t.get(person, '/api/v1/bookings?limit=3');
    expect(first.statusCode).toBe(200);
    expect(first.body.map((b: BookingView) => b.day)).toEqual(days.slice(0, 3));
    const next = /<([^>]+)>; rel="next"/.exec(String(first.headers.link))![1];
    const second = await t.get(person, next);
    expect(second.body.map((b: BookingView) => b.day)).toEqual(days.slice(3));
    expect(second.headers.link).toBeUndefined();

    clock.set('2027-01-14T12:00:00Z');
    const past = await t.get(person, '/api/v1/bookings?when=past');
    expect(past.body.map((b: BookingView) => b.day)).toEqual(['2027-01-14', '2027-01-13', '2027-01-12']);
    const window = await t.get(person, '/api/v1/bookings?from=2027-01-13&to=2027-01-15');
    expect(window.body.map((b: BookingView) => b.day)).toEqual(['2027-01-13', '2027-01-14']);
    clock.set('2027-01-11T06:00:00Z');

    const someoneElse = await t.get(await t.make.person(), '/api/v1/bookings');
    expect(someoneElse.body).toEqual([]);
    expect((await t.get(person, '/api/v1/bookings?cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await t.get(person, '/api/v1/bookings?status=gone')).statusCode).toBe(400);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const { paths } = (await t.get(undefined, '/api/docs-json')).body;
    const routes = Object.entries(paths as Record<string, Record<string, { tags?: string[] }>>)
      .map(([path, operations]) => {
        const own = Object.keys(operations).filter((method) =>
          operations[method].tags?.some((tag) => tag === 'bookings' || tag === 'booking rules'),
        );
        return `${own.join(',')} ${path}`;
      })
      .filter((route) => !route.startsWith(' '));
    expect(routes.sort()).toEqual([
      'delete /api/v1/closure-days/{id}',
      'delete /api/v1/desks/{id}/releases/{date}',
      'get /api/v1/booking-policies',
      'get /api/v1/booking-policies/effective',
      'get /api/v1/desk-search',
      'get /api/v1/floors/{id}/availability',
      'get /api/v1/holidays',
      'get /api/v1/me/delegates',
      'get /api/v1/me/principals',
      'get,delete /api/v1/booking-series/{id}',
      'get,delete /api/v1/bookings/{id}',
      'get,post /api/v1/desks/{id}/releases',
      'get,put,delete /api/v1/buildings/{id}/check-in-settings',
      'get,put,delete /api/v1/buildings/{id}/office-hours',
      'post /api/v1/bookings/{id}/check-in',
      'post /api/v1/closure-days',
      'post,get /api/v1/booking-series',
      'post,get /api/v1/bookings',
      'put /api/v1/booking-policies/organisation',
      'put,delete /api/v1/booking-policies/buildings/{id}',
      'put,delete /api/v1/booking-policies/zones/{id}',
      'put,delete /api/v1/me/delegates/{personId}',
    ]);
  });

  describe('Idempotency-Key', () => {
    it('answers a repeat with the first answer and books nothing more', async () => {
      const person = await t.make.person();
      const desk = await t.make.desk();
      const body = { deskId: desk.id, date: '2027-01-21' };
      const first = await book(person, body, { 'idempotency-key': 'k-1' });
      const repeat = await book(person, body, { 'idempotency-key': 'k-1' });
      expect([first.statusCode, repeat.statusCode]).toEqual([201, 201]);
      expect(repeat.body).toEqual(first.body);
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM bookings WHERE desk_id = $1`, [
        desk.id,
      ]);
      expect(count).toBe(1);
    });

    it('refuses the same key with a different body with 422', async () => {
      const person = await t.make.person();
      const desk = await t.make.desk();
      await book(person, { deskId: desk.id, date: '2027-01-21' }, { 'idempotency-key': 'k-2' });
      const other = await book(person, { deskId: desk.id, date: '2027-01-22' }, { 'idempotency-key': 'k-2' });
      expect(other.statusCode).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('refuses a repeat while the first is still running with 409', async () => {
      const person = await t.make.person();
      const desk = await t.make.desk();
      await t.get(person, '/api/v1/me');
      // Holding the desk row keeps the first request inside its booking until released.
      const hold = t.db.createQueryRunner();
      await hold.connect();
      await hold.startTransaction();
      await hold.query('SELECT 1 FROM desks WHERE id = $1 FOR UPDATE', [desk.id]);
      const body = { deskId: desk.id, date: '2027-01-22' };
      const first = book(person, body, { 'idempotency-key': 'k-3' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const repeat = await book(person, body, { 'idempotency-key': 'k-3' });
      await hold.commitTransaction();
      await hold.release();
      expect(repeat.statusCode).toBe(409);
      expect(repeat.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
      expect((await first).statusCode).toBe(201);
    });

    it('repeats a refusal as it was, and scopes keys by caller', async () => {
      const [person, other] = [await t.make.person(), await t.make.person()];
      const desk = await t.make.desk();
      const body = { deskId: desk.id, date: '2027-01-09' };
      const first = await book(person, body, { 'idempotency-key': 'k-4' });
      const repeat = await book(person, body, { 'idempotency-key': 'k-4' });
      expect([first.statusCode, repeat.statusCode]).toEqual([422, 422]);
      expect(repeat.body.rule).toBe('IN_PAST');
      const foreign = await book(
        other,
        { deskId: desk.id, date: '2027-01-25' },
        { 'idempotency-key': 'k-4' },
      );
      expect(foreign.statusCode).toBe(201);
    });
  });
});
