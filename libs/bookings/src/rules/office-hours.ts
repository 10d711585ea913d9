import { DateTime, type Zone } from 'luxon';
import { inZone } from './zones';

/** A CHECK that a smallint[] column holds ISO weekdays (1 = Monday … 7 = Sunday), at least one. */
export function weekdaysCheck(column: string): string {
  return `cardinality(${column}) > 0 AND ${column} <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]`;
}

export const SLOTS = ['day', 'morning', 'afternoon'] as const;
/** The convenience intervals of a day, resolved through the building's office hours. */
export type Slot = (typeof SLOTS)[number];

/** Local wall times as `HH:MM`. */
export interface OfficeHoursSettings {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  opensAt: string;
  splitsAt: string;
  closesAt: string;
}

export const DEFAULT_OFFICE_HOURS: Readonly<OfficeHoursSettings> = Object.freeze({
  weekdays: [1, 2, 3, 4, 5],
  opensAt: '07:00',
  splitsAt: '13:00',
  closesAt: '19:00',
});

export interface LocalInterval {
  start: DateTime;
  end: DateTime;
}

/**
 * `date` (YYYY-MM-DD) at the wall time `time` (HH:MM[:SS]) in `zone`. A wall time that a
 * daylight-saving switch skips moves forward by the gap, as clocks do.
 */
export function atLocalTime(date: string, time: string, zone: string | Zone): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromISO(date, { zone: typeof zone === 'string' ? inZone(zone) : zone }).set({
    hour,
    minute,
    second: 0,
    millisecond: 0,
  });
}

/** The slot's interval on `date` in the building's zone: 07:00-19:00 local on any day, DST or not. */
export function slotInterval(
  date: string,
  slot: Slot,
  hours: OfficeHoursSettings,
  zone: string,
): LocalInterval {
  const from = slot === 'afternoon' ? hours.splitsAt : hours.opensAt;
  const to = slot === 'morning' ? hours.splitsAt : hours.closesAt;
  return { start: atLocalTime(date, from, zone), end: atLocalTime(date, to, zone) };
}

/** `HH:MM` of a PostgreSQL `time` value (`HH:MM:SS`). */
export function wallTime(time: string): string {
  return time.slice(0, 5);
}
