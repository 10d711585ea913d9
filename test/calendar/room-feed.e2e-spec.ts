import { holdClock } from '../bookings/clock';
import { TestApp } from '../support/test-app';
import { feedPath, openAllWeek, parseFeed } from './feed-support';

describe('room calendar feed', () => {
  let t: TestApp;
  let manager: { id: string };
  let dora: { id: string };
  let room: { id: string; name: string };
  let bookingId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t, '2026-10-20T08:00:00Z');
    const admin = await t.make.admin();
    manager = await t.make.facilityManager({ displayName: 'Frieda Facility' });
    const building = await t.make.building({ name: 'Stadthaus' });
    const floor = await t.make.floor({ buildingId: building.id, name: 'Erdgeschoss' });
    room = await t.make.room({ floorId: floor.id, name: 'Ratssaal' });
    await openAllWeek(t, admin, building.id);
    dora = await t.make.person({ displayName: 'Dora Dietrich' });
    const booked = await t.post(dora, '/api/v1/bookings', {
      roomId: room.id,
      start: '2026-10-26T09:00:00+01:00',
      end: '2026-10-26T10:30:00+01:00',
    });
    expect(booked.statusCode).toBe(201);
    bookingId = booked.body.id;
  });
  afterAll(() => t.close());

  const subscribe = async () => {
    const response = await t.post(manager, `/api/v1/rooms/${room.id}/calendar-feed`);
    expect(response.statusCode).toBe(201);
    return feedPath(response.body.url);
  };

  it('is made by facility managers and admins only, for rooms that exist', async () => {
    expect((await t.post(dora, `/api/v1/rooms/${room.id}/calendar-feed`)).statusCode).toBe(403);
    expect((await t.delete(dora, `/api/v1/rooms/${room.id}/calendar-feed`)).statusCode).toBe(403);
    const unknown = await t.post(manager, '/api/v1/rooms/7b0b5a52-63a4-4d8e-9d7c-0a0f3f0e4a11/calendar-feed');
    expect(unknown.statusCode).toBe(404);
    expect((await t.post(manager, '/api/v1/rooms/not-an-id/calendar-feed')).statusCode).toBe(400);
  });

  it('shows when the room is taken, as "Belegt", without names or booking ids', async () => {
    const { path } = await subscribe();
    const response = await t.get(undefined, path);
    expect(response.statusCode).toBe(200);
    const body: string = response.body;
    const { calendar, events } = parseFeed(body);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain('Ratssaal');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      summary: 'Belegt',
      location: 'Besprechungsraum Ratssaal, Erdgeschoss, Stadthaus',
      startLocal: '2026-10-26T09:00:00',
      endLocal: '2026-10-26T10:30:00',
      zone: 'Europe/Berlin',
      startUtc: '2026-10-26T08:00:00.000Z',
      status: 'CONFIRMED',
      url: null,
    });
    for (const secret of ['Dora', 'Dietrich', 'Frieda', dora.id, manager.id, bookingId]) {
      expect(body).not.toContain(secret);
    }
  });

  it('follows a cancellation at once, and the old URL dies when a new one is made', async () => {
    const { path } = await subscribe();
    const before = await t.get(undefined, path);
    expect((await t.delete(dora, `/api/v1/bookings/${bookingId}`)).statusCode).toBe(200);
    const after = await t.get(undefined, path, { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    const [event] = parseFeed(after.body).events;
    expect(event.status).toBe('CANCELLED');
    expect(event.sequence).toBeGreaterThan(0);

    const fresh = await subscribe();
    expect((await t.get(undefined, path)).statusCode).toBe(404);
    expect((await t.get(undefined, fresh.path)).statusCode).toBe(200);
    expect((await t.delete(manager, `/api/v1/rooms/${room.id}/calendar-feed`)).statusCode).toBe(204);
    expect((await t.get(undefined, fresh.path)).statusCode).toBe(404);
  });

  it('works without Redis, on the in-process store', async () => {
    const local = await TestApp.start({ redis: false });
    try {
      const fm = await local.make.facilityManager();
      const own = await local.make.room();
      const made = await local.post(fm, `/api/v1/rooms/${own.id}/calendar-feed`);
      const { path } = feedPath(made.body.url);
      const first = await local.get(undefined, path);
      expect(first.statusCode).toBe(200);
      expect(parseFeed(first.body).events).toEqual([]);
      expect(
        (await local.get(undefined, path, { 'if-none-match': String(first.headers.etag) })).statusCode,
      ).toBe(304);
    } finally {
      await local.close();
    }
  });
});
