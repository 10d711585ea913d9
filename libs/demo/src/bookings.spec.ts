import { DateTime } from 'luxon';
import { type Booker, generateBookings, type SeatedDesk } from './bookings';
import { SeededRandom } from './random';

describe('demo bookings', () => {
  const desks: SeatedDesk[] = Array.from({ length: 40 }, (_, i) => ({
    id: `desk-${i}`,
    buildingId: i < 20 ? 'north' : 'south',
    timezone: 'Europe/Berlin',
    department: i < 10 ? 'Bauaufsicht' : i < 30 ? null : 'Schulen',
    bookable: i % 13 !== 0,
  }));
  const bookers: Booker[] = Array.from({ length: 60 }, (_, i) => ({
    id: `person-${i}`,
    department: i % 2 ? 'Bauaufsicht' : 'Schulen',
    officeDays: i % 6,
  }));
  const window = {
    from: '2026-03-23',
    to: '2026-04-10',
    now: new Date('2026-04-01T10:00:00Z'),
    closed: new Set(['2026-04-03', '2026-04-06']),
  };
  const generate = () =>
    generateBookings(
      new SeededRandom(7),
      bookers,
      desks,
      [{ id: 'room', timezone: 'Europe/Berlin' }],
      window,
    );

  it('is the same on every run', () => {
    expect(generate()).toEqual(generate());
  });

  it('books working days only, from 07:00 local, across the March switch', () => {
    const desksBooked = generate().filter((b) => b.deskId);
    for (const booking of desksBooked) {
      const start = DateTime.fromJSDate(booking.start, { zone: 'Europe/Berlin' });
      expect(start.weekday).toBeLessThanOrEqual(5);
      expect(window.closed.has(start.toISODate()!)).toBe(false);
      expect([7, 13]).toContain(start.hour);
    }
  });

  it('gives one desk to one person a day, one desk a day to each person, never a blocked desk', () => {
    const byDay = new Map<string, { desks: Set<string>; people: Set<string> }>();
    for (const booking of generate().filter((b) => b.deskId)) {
      const day = booking.start.toISOString().slice(0, 10);
      const seen = byDay.get(day) ?? { desks: new Set(), people: new Set() };
      expect(seen.desks.has(booking.deskId!)).toBe(false);
      expect(seen.people.has(booking.personId)).toBe(false);
      expect(desks.find((desk) => desk.id === booking.deskId)!.bookable).toBe(true);
      seen.desks.add(booking.deskId!);
      seen.people.add(booking.personId);
      byDay.set(day, seen);
    }
    expect(byDay.size).toBeGreaterThan(10);
  });

  it('checks in only what has started, and never cancels in the future', () => {
    for (const booking of generate()) {
      if (booking.status === 'checked_in') expect(booking.start < window.now).toBe(true);
      if (booking.cancelledAt) expect(booking.cancelledAt <= window.now).toBe(true);
    }
  });

  it('seats people in their own neighbourhood first', () => {
    const own = generate().filter((b) => {
      const desk = desks.find((d) => d.id === b.deskId);
      const booker = bookers.find((p) => p.id === b.personId)!;
      return desk && desk.department === booker.department;
    });
    expect(own.length).toBeGreaterThan(0);
  });
});
