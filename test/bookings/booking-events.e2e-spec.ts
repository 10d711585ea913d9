import { BookingChanged, BookingsService } from '@platzbuch/bookings';
import { PersonDeactivated } from '@platzbuch/directory';
import { ResourcesBlocked, ResourcesRemoving } from '@platzbuch/locations';
import { DomainEvents, StateConflictError } from '@platzbuch/platform';
import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

describe('bookings and the other domains', () => {
  let t: TestApp;
  let events: DomainEvents;
  const changes: BookingChanged[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t);
    events = t.app.get(DomainEvents);
    events.on(BookingChanged, (event) => {
      changes.push(event);
    });
  });
  beforeEach(() => {
    changes.length = 0;
  });
  afterAll(() => t.close());

  const book = (person: { id: string }, body: object) => t.post(person, '/api/v1/bookings', body);

  it('announces created, checked-in and cancelled bookings with their floor', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    const { body: booking } = await book(person, { deskId: desk.id, date: '2027-01-11', slot: 'day' });
    await t.post(person, `/api/v1/bookings/${booking.id}/check-in`);
    const other = await book(person, { deskId: desk.id, date: '2027-01-12' });
    await t.delete(person, `/api/v1/bookings/${other.body.id}`);
    expect(changes.map((c) => [c.change, c.bookingId])).toEqual([
      ['created', booking.id],
      ['checked_in', booking.id],
      ['created', other.body.id],
      ['cancelled', other.body.id],
    ]);
    expect(changes[0]).toMatchObject({
      personId: person.id,
      deskId: desk.id,
      roomId: null,
      floorId: desk.floorId,
    });
  });

  it('vetoes removing desks and rooms that upcoming bookings hold', async () => {
    const desk = await t.make.desk();
    const room = await t.make.room();
    const idle = await t.make.desk();
    await book(await t.make.person(), { deskId: desk.id, date: '2027-01-13' });
    await book(await t.make.person(), {
      roomId: room.id,
      start: '2027-01-13T09:00:00+01:00',
      end: '2027-01-13T10:00:00+01:00',
    });
    const removing = t.db.transaction((manager) =>
      events.publish(new ResourcesRemoving([desk.id, idle.id], [room.id], manager)),
    );
    await expect(removing).rejects.toBeInstanceOf(StateConflictError);
    await expect(removing).rejects.toMatchObject({
      detail: { de: expect.stringMatching(/^2 künftige Buchungen/) },
      extensions: { upcomingBookings: 2 },
    });
    await expect(
      t.db.transaction((manager) => events.publish(new ResourcesRemoving([idle.id], [], manager))),
    ).resolves.toBeUndefined();
  });

  it('cancels upcoming bookings of blocked desks with a reason their owners see, once the block commits', async () => {
    const owner = await t.make.person();
    const desk = await t.make.desk();
    const upcoming = await book(owner, { deskId: desk.id, date: '2027-01-14' });
    changes.length = 0;
    await t.db.transaction(async (manager) => {
      await manager.query(`UPDATE desks SET status = 'blocked' WHERE id = $1`, [desk.id]);
      await events.publish(new ResourcesBlocked([desk.id], [], manager));
      expect(changes).toEqual([]);
    });
    expect(changes.map((c) => [c.change, c.bookingId])).toEqual([['cancelled', upcoming.body.id]]);
    const seen = await t.get(owner, `/api/v1/bookings/${upcoming.body.id}`);
    expect(seen.body).toMatchObject({ status: 'cancelled', cancelledReason: 'resource_blocked' });
  });

  it('keeps the bookings, and says nothing, when the block is rolled back', async () => {
    const owner = await t.make.person();
    const desk = await t.make.desk();
    const upcoming = await book(owner, { deskId: desk.id, date: '2027-01-15' });
    changes.length = 0;
    await expect(
      t.db.transaction(async (manager) => {
        await events.publish(new ResourcesBlocked([desk.id], [], manager));
        throw new Error('the block failed');
      }),
    ).rejects.toThrow('the block failed');
    expect(changes).toEqual([]);
    expect((await t.get(owner, `/api/v1/bookings/${upcoming.body.id}`)).body.status).toBe('confirmed');
  });

  it('works with the locations routes: blocking a desk cancels, deleting a booked one is refused', async () => {
    const fm = await t.make.facilityManager();
    const owner = await t.make.person();
    const [blocked, deleted] = [await t.make.desk(), await t.make.desk()];
    const first = await book(owner, { deskId: blocked.id, date: '2027-01-18' });
    await book(owner, { deskId: deleted.id, date: '2027-01-19' });

    expect((await t.patch(fm, `/api/v1/desks/${blocked.id}`, { status: 'blocked' })).statusCode).toBe(200);
    expect((await t.get(owner, `/api/v1/bookings/${first.body.id}`)).body).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'resource_blocked',
    });
    const refused = await t.delete(fm, `/api/v1/desks/${deleted.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONFLICT', upcomingBookings: 1 });
    expect((await t.delete(fm, `/api/v1/desks/${blocked.id}`)).statusCode).toBe(204);
  });

  it("cancels a deactivated person's upcoming bookings, leaving the one running", async () => {
    const clock = holdClock(t, '2027-01-12T09:00:00Z');
    const person = await t.make.person();
    const desk = await t.make.desk();
    const running = await book(person, { deskId: desk.id, date: '2027-01-12', slot: 'day' });
    const later = await book(person, { deskId: desk.id, date: '2027-01-13' });
    await events.publish(new PersonDeactivated(person.id));
    const rows = await t.db.query(
      `SELECT id, status, cancel_reason FROM bookings WHERE person_id = $1 ORDER BY start_at`,
      [person.id],
    );
    expect(rows).toEqual([
      { id: running.body.id, status: 'confirmed', cancel_reason: null },
      { id: later.body.id, status: 'cancelled', cancel_reason: 'person_deactivated' },
    ]);
    clock.set('2027-01-11T06:00:00Z');
  });

  it('imports history in bulk, skipping collisions, and reads a person’s window for the calendar', async () => {
    const bookings = t.app.get(BookingsService);
    const person = await t.make.person();
    const desk = await t.make.desk();
    const room = await t.make.room();
    const written = await bookings.importHistory([
      {
        deskId: desk.id,
        personId: person.id,
        start: new Date('2026-12-01T07:00:00Z'),
        end: new Date('2026-12-01T15:00:00Z'),
        status: 'checked_in',
      },
      {
        deskId: desk.id,
        personId: null,
        start: new Date('2026-12-01T08:00:00Z'),
        end: new Date('2026-12-01T09:00:00Z'),
      },
      {
        roomId: room.id,
        personId: person.id,
        start: new Date('2026-12-02T23:30:00Z'),
        end: new Date('2026-12-03T00:30:00Z'),
      },
    ]);
    expect(written).toBe(2);
    const window = await bookings.bookingsInWindow(
      person.id,
      new Date('2026-11-30T00:00:00Z'),
      new Date('2026-12-05T00:00:00Z'),
    );
    expect(window.map((b) => [b.day, b.status, b.place.name, b.place.floorName])).toEqual([
      ['2026-12-01', 'checked_in', desk.code, expect.any(String)],
      ['2026-12-03', 'confirmed', room.name, expect.any(String)],
    ]);
    expect(window[1].startLocal).toBe('2026-12-03T00:30:00+01:00');
  });
});
