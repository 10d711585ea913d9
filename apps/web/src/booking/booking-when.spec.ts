import { describe, expect, it } from '@jest/globals';
import { nextLink } from '../api/bookings';
import {
  addDays,
  availabilityQuery,
  bookingInterval,
  isComplete,
  longDay,
  wallTime,
  weekdayOf,
} from './booking-when';

const when = (overrides = {}) => ({
  date: '2026-11-23',
  slot: 'day' as const,
  from: '08:00',
  to: '12:00',
  ...overrides,
});

describe('the interval a booking form asks for', () => {
  it('leaves named slots to the API, which resolves them through the office hours', () => {
    expect(availabilityQuery(when({ slot: 'morning' }), 'Europe/Berlin')).toEqual({
      date: '2026-11-23',
      slot: 'morning',
    });
    expect(bookingInterval(when(), 'Europe/Berlin')).toEqual({ date: '2026-11-23', slot: 'day' });
  });

  it("turns chosen times into instants with the building's offset, on both sides of a DST switch", () => {
    expect(availabilityQuery(when({ slot: 'times' }), 'Europe/Berlin')).toEqual({
      from: '2026-11-23T08:00:00+01:00',
      to: '2026-11-23T12:00:00+01:00',
    });
    // 29 March 2026: clocks go from 02:00 to 03:00 in Berlin; the morning is already summer time.
    expect(bookingInterval(when({ date: '2026-03-29', slot: 'times' }), 'Europe/Berlin')).toEqual({
      start: '2026-03-29T08:00:00+02:00',
      end: '2026-03-29T12:00:00+02:00',
    });
    expect(bookingInterval(when({ slot: 'times' }), 'America/New_York').start).toBe(
      '2026-11-23T08:00:00-05:00',
    );
  });

  it('knows an incomplete form: no day, or an end that is not after the start', () => {
    expect(isComplete(when())).toBe(true);
    expect(isComplete(when({ date: '' }))).toBe(false);
    expect(isComplete(when({ date: '2026-02-30' }))).toBe(false);
    expect(isComplete(when({ slot: 'times', from: '12:00', to: '12:00' }))).toBe(false);
    expect(isComplete(when({ slot: 'times', from: '12:00', to: '13:15' }))).toBe(true);
  });
});

describe('days and times in words', () => {
  it('counts days on the calendar, not in hours', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOf('2026-11-23')).toBe(1);
  });

  it('reads the wall time the API wrote, whatever the zone of the browser', () => {
    expect(wallTime('2026-03-30T07:00:00+02:00')).toBe('07:00');
  });

  it('writes a day in the UI language', () => {
    expect(longDay('2026-11-23', 'de')).toBe('Montag, 23. November 2026');
    expect(longDay('2026-11-23', 'en')).toBe('Monday, November 23, 2026');
  });
});

describe('nextLink', () => {
  it('finds the next page in an RFC 8288 Link header', () => {
    expect(nextLink('</api/v1/bookings?cursor=abc&limit=20>; rel="next"')).toBe(
      '/api/v1/bookings?cursor=abc&limit=20',
    );
    expect(nextLink('</a>; rel="prev", </b>; rel=next')).toBe('/b');
    expect(nextLink(null)).toBeNull();
    expect(nextLink('</a>; rel="prev"')).toBeNull();
  });
});
