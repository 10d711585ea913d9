import { DateTime } from 'luxon';
import { localIso } from './booking-views';

describe('local wall times', () => {
  it.each([
    ['2026-03-29T00:59:59.000Z', 'Europe/Berlin'],
    ['2026-03-29T01:00:00.000Z', 'Europe/Berlin'],
    ['2026-10-25T00:30:00.000Z', 'Europe/Berlin'],
    ['2026-10-25T01:30:00.250Z', 'Europe/Berlin'],
    ['2026-07-01T12:00:00.000Z', 'Europe/London'],
    ['2026-12-01T12:00:00.000Z', 'Europe/London'],
    ['2026-12-01T12:00:00.000Z', 'America/St_Johns'],
    ['2026-12-01T12:00:00.000Z', 'Asia/Kathmandu'],
  ])('writes %s in %s as Luxon does', (instant, zone) => {
    const expected = DateTime.fromISO(instant).setZone(zone).toISO({ suppressMilliseconds: true });
    expect(localIso(new Date(instant), zone)).toBe(expected);
  });
});
