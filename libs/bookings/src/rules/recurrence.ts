import { DateTime } from 'luxon';

/** The days (YYYY-MM-DD) from `firstDay` to `lastDay`, both included, that fall on `weekdays` (ISO). */
export function weeklyDates(firstDay: string, lastDay: string, weekdays: readonly number[]): string[] {
  const dates: string[] = [];
  const last = DateTime.fromISO(lastDay, { zone: 'utc' });
  for (let day = DateTime.fromISO(firstDay, { zone: 'utc' }); day <= last; day = day.plus({ days: 1 })) {
    if (weekdays.includes(day.weekday)) dates.push(day.toISODate()!);
  }
  return dates;
}
