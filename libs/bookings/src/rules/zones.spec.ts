import { DateTime, IANAZone } from 'luxon';
import { inZone } from './zones';

describe('zones with remembered offsets', () => {
  it('agree with Intl on every quarter hour around both switches, and in between', () => {
    const exact = IANAZone.create('Europe/Berlin');
    const remembered = inZone('Europe/Berlin');
    for (const day of ['2026-03-29', '2026-10-25', '1893-04-01']) {
      const from = DateTime.fromISO(`${day}T00:00`, { zone: 'utc' }).minus({ hours: 2 }).toMillis();
      for (let ts = from; ts < from + 6 * 3_600_000; ts += 7 * 60_000 + 13_000) {
        expect(remembered.offset(ts)).toBe(exact.offset(ts));
      }
    }
  });

  it('give the same wall times as the plain zone', () => {
    const local = DateTime.fromISO('2026-10-25T02:30', { zone: inZone('Europe/Berlin') });
    expect(local.toISO()).toBe(DateTime.fromISO('2026-10-25T02:30', { zone: 'Europe/Berlin' }).toISO());
    expect(local.zoneName).toBe('Europe/Berlin');
  });
});
