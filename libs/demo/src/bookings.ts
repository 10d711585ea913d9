import { DateTime } from 'luxon';
import type { SeededRandom } from './random';

/** A desk as the booking generator needs it: where it is and who may sit there. */
export interface SeatedDesk {
  id: string;
  buildingId: string;
  timezone: string;
  /** The department whose neighbourhood the desk is in, or null for an open zone. */
  department: string | null;
  bookable: boolean;
}

export interface DemoRoomRef {
  id: string;
  timezone: string;
}

export interface Booker {
  id: string;
  department: string;
  /** Days a week this person comes in; zero for people with a fixed desk. */
  officeDays: number;
}

export interface GeneratedBooking {
  deskId?: string;
  roomId?: string;
  personId: string;
  start: Date;
  end: Date;
  status: 'confirmed' | 'checked_in' | 'cancelled';
  checkedInAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: 'by_person' | null;
}

export interface BookingWindow {
  /** The first and last day (inclusive, ISO dates) that get bookings. */
  from: string;
  to: string;
  /** Now: bookings that start before it are in the past and were checked in, or not. */
  now: Date;
  /** Days without desk bookings (public holidays). */
  closed: ReadonlySet<string>;
}

// Office hours of the demo buildings (the defaults): the day, its morning and its afternoon.
const SLOTS = { day: [7, 19], morning: [7, 13], afternoon: [13, 19] } as const;
const MEETINGS = [
  [8, 10],
  [10, 12],
  [13, 15],
  [15, 16],
] as const;

/**
 * Plausible bookings for the demo: on every working day, each person who works partly mobile comes
 * in on some days a week and sits in their department's neighbourhood when a desk is free there,
 * usually at the same desk, else in an open zone of the same building; meeting rooms are booked
 * for a few hours a day. Past bookings were mostly checked in, some cancelled.
 */
export function generateBookings(
  random: SeededRandom,
  bookers: readonly Booker[],
  desks: readonly SeatedDesk[],
  rooms: readonly DemoRoomRef[],
  window: BookingWindow,
): GeneratedBooking[] {
  const candidates = deskPreferences(bookers, desks);
  const desksById = new Map(desks.map((desk) => [desk.id, desk]));
  const bookings: GeneratedBooking[] = [];
  const schedules = new Map(bookers.map((booker) => [booker.id, [] as number[]]));

  for (let day = DateTime.fromISO(window.from); day.toISODate()! <= window.to; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    if (day.weekday === 1) {
      // Each week, everyone picks their office days anew, as people do.
      for (const booker of bookers) {
        schedules.set(booker.id, random.shuffle([1, 2, 3, 4, 5]).slice(0, booker.officeDays));
      }
    }
    if (day.weekday > 5 || window.closed.has(date)) continue;

    const taken = new Set<string>();
    const coming = random.shuffle(
      bookers.filter((booker) => schedules.get(booker.id)!.includes(day.weekday)),
    );
    for (const booker of coming) {
      const deskId = candidates.get(booker.id)!.find((id) => !taken.has(id));
      if (!deskId) continue;
      taken.add(deskId);
      const slot = random.weighted([
        ['day', 85],
        ['morning', 8],
        ['afternoon', 7],
      ] as const);
      const [from, to] = SLOTS[slot];
      bookings.push(
        booking(
          random,
          window.now,
          { deskId, personId: booker.id },
          date,
          desksById.get(deskId)!.timezone,
          from,
          to,
        ),
      );
    }

    for (const room of rooms) {
      for (const [from, to] of MEETINGS) {
        if (!random.chance(0.45)) continue;
        const personId = random.pick(bookers).id;
        bookings.push(
          booking(random, window.now, { roomId: room.id, personId }, date, room.timezone, from, to),
        );
      }
    }
  }
  return bookings;
}

/**
 * The desks each person tries, in order: their favourite first (a stable pick among their
 * department's desks), then the rest of the neighbourhood, then open zones of the same building.
 */
function deskPreferences(bookers: readonly Booker[], desks: readonly SeatedDesk[]): Map<string, string[]> {
  const bookable = desks.filter((desk) => desk.bookable);
  const byDepartment = new Map<string, SeatedDesk[]>();
  const open = new Map<string, SeatedDesk[]>();
  for (const desk of bookable) {
    const group = desk.department === null ? open : byDepartment;
    const key = desk.department ?? desk.buildingId;
    group.set(key, [...(group.get(key) ?? []), desk]);
  }
  const preferences = new Map<string, string[]>();
  bookers.forEach((booker, index) => {
    const own = byDepartment.get(booker.department) ?? [];
    const building = own[0]?.buildingId ?? bookable[index % bookable.length].buildingId;
    const rotate = <T>(items: T[]) => items.map((_, i) => items[(i + index) % items.length]);
    preferences.set(
      booker.id,
      [...rotate(own), ...rotate(open.get(building) ?? [])].map((desk) => desk.id),
    );
  });
  return preferences;
}

function booking(
  random: SeededRandom,
  now: Date,
  resource: { deskId: string; personId: string } | { roomId: string; personId: string },
  date: string,
  timezone: string,
  fromHour: number,
  toHour: number,
): GeneratedBooking {
  const day = DateTime.fromISO(date, { zone: timezone });
  const start = day.set({ hour: fromHour }).toJSDate();
  const end = day.set({ hour: toHour }).toJSDate();
  const cancelled = random.chance(0.07);
  const checkedIn = !cancelled && start < now && random.chance(0.78);
  return {
    ...resource,
    start,
    end,
    status: cancelled ? 'cancelled' : checkedIn ? 'checked_in' : 'confirmed',
    checkedInAt: checkedIn ? new Date(start.getTime() + random.int(0, 45) * 60_000) : null,
    cancelledAt: cancelled
      ? earlier(
          day
            .minus({ days: random.int(1, 5) })
            .set({ hour: 17 })
            .toJSDate(),
          now,
        )
      : null,
    cancelReason: cancelled ? 'by_person' : null,
  };
}

function earlier(a: Date, b: Date): Date {
  return a < b ? a : b;
}
