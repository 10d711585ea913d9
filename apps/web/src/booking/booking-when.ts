import type { CreateBookingRequest, SlotName } from '@platzbuch/contracts';
import { DateTime } from 'luxon';
import type { IntervalQuery } from '../api/bookings';

/** The slots of the form: the building's named slots, or times of the person's choosing. */
export type SlotChoice = SlotName | 'times';
export const SLOT_CHOICES: readonly SlotChoice[] = ['day', 'morning', 'afternoon', 'times'];

/** When the person wants a place: a local day of the building and a slot (with `from`/`to` HH:MM for times). */
export interface When {
  date: string;
  slot: SlotChoice;
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Today in `zone` (the browser's own zone when absent), YYYY-MM-DD. */
export function todayIn(zone?: string): string {
  return DateTime.now()
    .setZone(zone ?? 'local')
    .toISODate()!;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/** ISO weekday of a date, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday;
}

/** A real calendar day, YYYY-MM-DD (a date field may hold a half-typed one). */
export const isDay = (date: string) => DATE.test(date) && DateTime.fromISO(date).isValid;

/** Whether the form says something the API can be asked: a real day, and times in order. */
export function isComplete(when: When): boolean {
  if (!isDay(when.date)) return false;
  if (when.slot !== 'times') return true;
  return TIME.test(when.from) && TIME.test(when.to) && when.from < when.to;
}

/** The wall times of the day in the building's zone as instants with their offset (DST included). */
function instants(when: When, zone: string): { start: string; end: string } {
  const at = (time: string) =>
    DateTime.fromISO(`${when.date}T${time}`, { zone }).toISO({ suppressMilliseconds: true })!;
  return { start: at(when.from), end: at(when.to) };
}

export function availabilityQuery(when: When, zone: string): IntervalQuery {
  if (when.slot !== 'times') return { date: when.date, slot: when.slot };
  const { start, end } = instants(when, zone);
  return { from: start, to: end };
}

/** The interval part of a booking request, resolved by the API like the availability it showed. */
export function bookingInterval(
  when: When,
  zone: string,
): Pick<CreateBookingRequest, 'date' | 'slot' | 'start' | 'end'> {
  if (when.slot !== 'times') return { date: when.date, slot: when.slot };
  return instants(when, zone);
}

/** "07:00" from the API's local wall time "2026-03-30T07:00:00+02:00". */
export const wallTime = (local: string) => local.slice(11, 16);

/** "Montag, 23. November 2026" for a local day, in the UI language. */
export function longDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "Mo., 23.11." for lists. */
export function shortDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
