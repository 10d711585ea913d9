import { DateTime } from 'luxon';
import type { Localized } from '@platzbuch/platform';
import type { ResourceKind } from '../reservation';
import type { EffectivePolicy } from './booking-policy';
import { type OfficeHoursSettings, wallTime } from './office-hours';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The stable codes of `POLICY_VIOLATION` answers; clients may key their own texts on them. */
export const RULES = [
  'RESOURCE_BLOCKED',
  'IN_PAST',
  'OUTSIDE_OFFICE_HOURS',
  'HOLIDAY',
  'BEYOND_HORIZON',
  'ZONE_RESERVED',
  'FIXED_DESK',
  'TOO_LONG',
  'TOO_MANY_BOOKINGS',
  'PERSON_INACTIVE',
  'CHECK_IN_NOT_OPEN',
  'CHECK_IN_CLOSED',
  'BOOKING_ENDED',
] as const;
export type Rule = (typeof RULES)[number];

export interface RuleBreach {
  rule: Rule;
  detail: Localized;
}

/** What the rules need to know about one booking request; times in the building's zone. */
export interface BookingFacts {
  now: DateTime;
  start: DateTime;
  end: DateTime;
  kind: ResourceKind;
  resourceBlocked: boolean;
  /** A fixed desk of somebody else, who has not released it on this day. */
  assignedToSomeoneElse: boolean;
  zoneDepartmentId: string | null;
  personDepartmentId: string | null;
  /** Bookings the person holds that have not ended; left out where the count does not matter. */
  activeBookings?: number;
  policy: EffectivePolicy;
  hours: OfficeHoursSettings;
  /** The public holiday or closure day of the booking's day, if any. */
  holiday: Localized | null;
}

/** Every rule the request breaks, most fundamental first; empty when it may be booked. */
export function checkBookingRules(facts: BookingFacts): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const breach = (rule: Rule, de: string, en: string) => breaches.push({ rule, detail: { de, en } });
  const { policy, hours, start, end } = facts;
  const what =
    facts.kind === 'desk'
      ? { de: 'Dieser Arbeitsplatz', en: 'This desk' }
      : { de: 'Dieser Raum', en: 'This room' };

  if (facts.resourceBlocked) {
    breach('RESOURCE_BLOCKED', `${what.de} ist gesperrt.`, `${what.en} is blocked.`);
  }

  // Offsets are whole minutes, so the current minute starts at the same instant in every zone.
  if (start.toMillis() < Math.floor(facts.now.toMillis() / MINUTE) * MINUTE) {
    breach(
      'IN_PAST',
      'Eine Buchung kann nicht in der Vergangenheit beginnen.',
      'A booking cannot start in the past.',
    );
  }

  if (!hours.weekdays.includes(start.weekday)) {
    breach(
      'OUTSIDE_OFFICE_HOURS',
      `Das Gebäude ist ${start.setLocale('de').toFormat('cccc')}s geschlossen.`,
      `The building is closed on ${start.setLocale('en').toFormat('cccc')}s.`,
    );
  } else if (!withinHours(start, end, hours)) {
    const range = `${wallTime(hours.opensAt)}–${wallTime(hours.closesAt)}`;
    breach(
      'OUTSIDE_OFFICE_HOURS',
      `Buchbar ist nur innerhalb der Öffnungszeiten eines Tages, ${range} Uhr.`,
      `Bookings must lie within one day's office hours, ${range}.`,
    );
  }

  if (facts.holiday && facts.kind === 'desk' && policy.closedOnHolidays) {
    breach(
      'HOLIDAY',
      `Am ${longDate(start).de} (${facts.holiday.de}) sind keine Arbeitsplätze buchbar.`,
      `Desks cannot be booked on ${longDate(start).en} (${facts.holiday.en}).`,
    );
  }

  const reservedFor = zoneReservedFor(facts);
  if (daysAhead(facts) > policy.horizonDays) {
    const lastDay = facts.now.startOf('day').plus({ days: policy.horizonDays });
    breach(
      'BEYOND_HORIZON',
      `Buchungen sind höchstens ${policy.horizonDays} Tage im Voraus möglich, also bis ${longDate(lastDay).de}.`,
      `Bookings can be made at most ${policy.horizonDays} days ahead, that is until ${longDate(lastDay).en}.`,
    );
  } else if (reservedFor !== null && reservedFor !== facts.personDepartmentId) {
    const opensOn = start.startOf('day').minus({ days: othersHorizon(policy) });
    breach(
      'ZONE_RESERVED',
      `Dieser Bereich ist zuerst für seine Abteilung reserviert; für andere ist der Tag ab ${longDate(opensOn).de} buchbar.`,
      `This zone is reserved for its department first; others can book this day from ${longDate(opensOn).en}.`,
    );
  }

  if (facts.assignedToSomeoneElse) {
    breach(
      'FIXED_DESK',
      'Dies ist ein fester Arbeitsplatz; andere können ihn nur an Tagen buchen, die die Inhaberin oder der Inhaber freigegeben hat.',
      'This is a fixed desk; others can book it only on days its holder has released.',
    );
  }

  if (end.toMillis() - start.toMillis() > policy.maxDurationMinutes * MINUTE) {
    const longest = duration(policy.maxDurationMinutes);
    breach(
      'TOO_LONG',
      `Eine Buchung darf höchstens ${longest.de} dauern.`,
      `A booking may last at most ${longest.en}.`,
    );
  }

  if (facts.activeBookings !== undefined && facts.activeBookings >= policy.maxActiveBookings) {
    breach(
      'TOO_MANY_BOOKINGS',
      `Es sind höchstens ${policy.maxActiveBookings} künftige Buchungen je Person möglich; bitte stornieren Sie zuerst eine.`,
      `A person can hold at most ${policy.maxActiveBookings} upcoming bookings; please cancel one first.`,
    );
  }
  return breaches;
}

/** Calendar days from today to the booking's day, in the building's zone. */
function daysAhead(facts: Pick<BookingFacts, 'now' | 'start'>): number {
  return Math.round((Date.parse(facts.start.toISODate()!) - Date.parse(facts.now.toISODate()!)) / DAY);
}

/** Start and end on one local day, within its office hours (wall times, as people read them). */
function withinHours(start: DateTime, end: DateTime, hours: OfficeHoursSettings): boolean {
  return (
    end.toISODate() === start.toISODate() &&
    secondsOfDay(start) >= secondsOf(hours.opensAt) &&
    secondsOfDay(end) <= secondsOf(hours.closesAt)
  );
}

function secondsOfDay(time: DateTime): number {
  return time.hour * 3600 + time.minute * 60 + time.second + time.millisecond / 1000;
}

/** Seconds since midnight of a wall time HH:MM. */
function secondsOf(wallTime: string): number {
  const [hour, minute] = wallTime.split(':').map(Number);
  return hour * 3600 + minute * 60;
}

function othersHorizon(policy: EffectivePolicy): number {
  return Math.max(0, policy.horizonDays - policy.departmentPriorityDays);
}

/**
 * The department that alone may book the zone for this day, while it is still within the
 * department's head start; null when the day is open to everybody.
 */
export function zoneReservedFor(
  facts: Pick<BookingFacts, 'now' | 'start' | 'policy' | 'zoneDepartmentId'>,
): string | null {
  if (facts.zoneDepartmentId === null) return null;
  return daysAhead(facts) > othersHorizon(facts.policy) ? facts.zoneDepartmentId : null;
}

export function longDate(date: DateTime): Localized {
  return {
    de: date.setLocale('de').toFormat('cccc, d. LLLL yyyy'),
    en: date.setLocale('en').toFormat('cccc d LLLL yyyy'),
  };
}

function duration(totalMinutes: number): Localized {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = [
    hours > 0 && {
      de: `${hours} ${hours === 1 ? 'Stunde' : 'Stunden'}`,
      en: `${hours} ${hours === 1 ? 'hour' : 'hours'}`,
    },
    minutes > 0 && { de: `${minutes} Minuten`, en: `${minutes} minutes` },
  ].filter((part): part is Localized => Boolean(part));
  return { de: parts.map((part) => part.de).join(' '), en: parts.map((part) => part.en).join(' ') };
}
