import { DateTime } from 'luxon';
import type { Localized } from '@platzbuch/platform';

/** The German states by the suffix of their ISO 3166-2 code (`DE-NW` is North Rhine-Westphalia). */
export const GERMAN_STATES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const; // prettier-ignore
export type GermanState = (typeof GERMAN_STATES)[number];

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  name: Localized;
}

type Where = 'all' | readonly GermanState[];

interface HolidayRule {
  name: Localized;
  /** The day in a given year, as an offset from Easter Sunday or a fixed month and day. */
  on: { easter: number } | { month: number; day: number } | 'repentance-day';
  /** Where it is a holiday, from which year on; later entries override earlier ones. */
  where: { since: number; until?: number; states: Where }[];
}

const ALL_SINCE_1990: HolidayRule['where'] = [{ since: 1990, states: 'all' }];

/**
 * Statutory public holidays under the states' holiday acts (Feiertagsgesetze). Holidays that only
 * some municipalities keep (Mariä Himmelfahrt in Catholic Bavaria, Fronleichnam in parts of Saxony
 * and Thuringia, the Augsburger Friedensfest) are left to the organisation's closure days.
 */
const RULES: HolidayRule[] = [
  { name: { de: 'Neujahr', en: "New Year's Day" }, on: { month: 1, day: 1 }, where: ALL_SINCE_1990 },
  {
    name: { de: 'Heilige Drei Könige', en: 'Epiphany' },
    on: { month: 1, day: 6 },
    where: [{ since: 1990, states: ['BW', 'BY', 'ST'] }],
  },
  {
    name: { de: 'Internationaler Frauentag', en: "International Women's Day" },
    on: { month: 3, day: 8 },
    where: [
      { since: 2019, until: 2022, states: ['BE'] },
      { since: 2023, states: ['BE', 'MV'] },
    ],
  },
  { name: { de: 'Karfreitag', en: 'Good Friday' }, on: { easter: -2 }, where: ALL_SINCE_1990 },
  {
    name: { de: 'Ostersonntag', en: 'Easter Sunday' },
    on: { easter: 0 },
    where: [{ since: 1990, states: ['BB'] }],
  },
  { name: { de: 'Ostermontag', en: 'Easter Monday' }, on: { easter: 1 }, where: ALL_SINCE_1990 },
  { name: { de: 'Tag der Arbeit', en: 'Labour Day' }, on: { month: 5, day: 1 }, where: ALL_SINCE_1990 },
  {
    name: { de: 'Tag der Befreiung', en: 'Liberation Day' },
    on: { month: 5, day: 8 },
    where: [
      { since: 2020, until: 2020, states: ['BE'] },
      { since: 2025, until: 2025, states: ['BE'] },
    ],
  },
  { name: { de: 'Christi Himmelfahrt', en: 'Ascension Day' }, on: { easter: 39 }, where: ALL_SINCE_1990 },
  {
    name: { de: 'Pfingstsonntag', en: 'Whit Sunday' },
    on: { easter: 49 },
    where: [{ since: 1990, states: ['BB'] }],
  },
  { name: { de: 'Pfingstmontag', en: 'Whit Monday' }, on: { easter: 50 }, where: ALL_SINCE_1990 },
  {
    name: { de: 'Fronleichnam', en: 'Corpus Christi' },
    on: { easter: 60 },
    where: [{ since: 1990, states: ['BW', 'BY', 'HE', 'NW', 'RP', 'SL'] }],
  },
  {
    name: { de: 'Mariä Himmelfahrt', en: 'Assumption Day' },
    on: { month: 8, day: 15 },
    where: [{ since: 1990, states: ['SL'] }],
  },
  {
    name: { de: 'Weltkindertag', en: "World Children's Day" },
    on: { month: 9, day: 20 },
    where: [{ since: 2019, states: ['TH'] }],
  },
  {
    name: { de: 'Tag der Deutschen Einheit', en: 'German Unity Day' },
    on: { month: 10, day: 3 },
    where: ALL_SINCE_1990,
  },
  {
    name: { de: 'Reformationstag', en: 'Reformation Day' },
    on: { month: 10, day: 31 },
    where: [
      { since: 1990, states: ['BB', 'MV', 'SN', 'ST', 'TH'] },
      { since: 2017, until: 2017, states: 'all' },
      { since: 2018, states: ['BB', 'MV', 'SN', 'ST', 'TH', 'HB', 'HH', 'NI', 'SH'] },
    ],
  },
  {
    name: { de: 'Allerheiligen', en: "All Saints' Day" },
    on: { month: 11, day: 1 },
    where: [{ since: 1990, states: ['BW', 'BY', 'NW', 'RP', 'SL'] }],
  },
  {
    name: { de: 'Buß- und Bettag', en: 'Day of Repentance and Prayer' },
    on: 'repentance-day',
    where: [
      { since: 1990, until: 1994, states: 'all' },
      { since: 1995, states: ['SN'] },
    ],
  },
  {
    name: { de: '1. Weihnachtstag', en: 'Christmas Day' },
    on: { month: 12, day: 25 },
    where: ALL_SINCE_1990,
  },
  { name: { de: '2. Weihnachtstag', en: 'Boxing Day' }, on: { month: 12, day: 26 }, where: ALL_SINCE_1990 },
];

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day);
}

function dateOf(rule: HolidayRule, year: number): DateTime {
  if (rule.on === 'repentance-day') {
    // The Wednesday before 23 November.
    const november22 = DateTime.utc(year, 11, 22);
    return november22.minus({ days: (november22.weekday - 3 + 7) % 7 });
  }
  if ('easter' in rule.on) return easterSunday(year).plus({ days: rule.on.easter });
  return DateTime.utc(year, rule.on.month, rule.on.day);
}

function applies(rule: HolidayRule, year: number, state: GermanState): boolean {
  const period = rule.where.findLast(
    (entry) => entry.since <= year && (entry.until === undefined || year <= entry.until),
  );
  return period !== undefined && (period.states === 'all' || period.states.includes(state));
}

/** The public holidays of `state` in `year`, in date order. */
export function publicHolidays(year: number, state: GermanState): PublicHoliday[] {
  return RULES.filter((rule) => applies(rule, year, state))
    .map((rule) => ({ date: dateOf(rule, year).toISODate()!, name: rule.name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
