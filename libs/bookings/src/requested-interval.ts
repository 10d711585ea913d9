import { DateTime } from 'luxon';
import { ValidationError } from '@platzbuch/platform';
import { type LocalInterval, type OfficeHoursSettings, type Slot, slotInterval } from './rules/office-hours';
import { inZone } from './rules/zones';

/** An interval as a request names it: explicit instants, or a local day with a slot. */
export interface IntervalRequest {
  start?: string;
  end?: string;
  date?: string;
  slot?: Slot;
}

/**
 * The interval a request means, in the building's zone. `names` are the request's own words for
 * start and end (`from`/`to` on availability), so that errors point at the right field.
 */
export function resolveInterval(
  request: IntervalRequest,
  zone: string,
  hours: OfficeHoursSettings,
  names: { start: string; end: string } = { start: 'start', end: 'end' },
): { interval: LocalInterval; bySlot: boolean } {
  const explicit = request.start !== undefined || request.end !== undefined;
  const bySlot = request.date !== undefined || request.slot !== undefined;
  if (explicit === bySlot) {
    throw invalidField(
      {
        de: `Bitte entweder ${names.start} und ${names.end} angeben oder date (mit slot).`,
        en: `Give either ${names.start} and ${names.end}, or date (with slot).`,
      },
      explicit ? 'date' : names.start,
    );
  }
  if (bySlot) {
    if (request.date === undefined)
      throw invalidField({ de: 'slot braucht ein date.', en: 'slot needs a date.' }, 'date');
    return { interval: slotInterval(request.date, request.slot ?? 'day', hours, zone), bySlot };
  }
  if (request.start === undefined || request.end === undefined) {
    const missing = request.start === undefined ? names.start : names.end;
    throw invalidField({ de: `${missing} fehlt.`, en: `${missing} is missing.` }, missing);
  }
  const start = instantIn(request.start, zone);
  const end = instantIn(request.end, zone);
  if (!(end > start)) {
    throw invalidField(
      {
        de: `${names.end} muss nach ${names.start} liegen.`,
        en: `${names.end} must be after ${names.start}.`,
      },
      names.end,
    );
  }
  return { interval: { start, end }, bySlot };
}

/** An ISO 8601 instant with offset (validated before) as a time in `zone`. */
function instantIn(text: string, zone: string): DateTime {
  // The built-in parser reads the common forms far faster than Luxon; Luxon takes the rest.
  const ms = Date.parse(text);
  return Number.isNaN(ms)
    ? DateTime.fromISO(text, { zone: inZone(zone) })
    : DateTime.fromMillis(ms, { zone: inZone(zone) });
}

/** A slot of today that has begun is taken from the current minute on. */
export function fromNowOn(interval: LocalInterval, now: Date): LocalInterval {
  const minute = DateTime.fromJSDate(now, { zone: interval.start.zone }).startOf('minute');
  return interval.start < minute && minute < interval.end ? { start: minute, end: interval.end } : interval;
}

/** A 400 that names the field at fault. */
export function invalidField(detail: { de: string; en: string }, field: string): ValidationError {
  return new ValidationError(detail, [{ field, message: detail.en }]);
}
