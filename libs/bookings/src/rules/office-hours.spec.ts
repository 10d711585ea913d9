import { DEFAULT_OFFICE_HOURS, slotInterval } from './office-hours';

describe('slots', () => {
  const utc = (date: string, slot: 'day' | 'morning' | 'afternoon') => {
    const { start, end } = slotInterval(date, slot, DEFAULT_OFFICE_HOURS, 'Europe/Berlin');
    return [start.toUTC().toISO(), end.toUTC().toISO()];
  };

  it('gives 07:00-19:00 local on the days the clocks change, twelve hours each', () => {
    expect(utc('2026-03-29', 'day')).toEqual(['2026-03-29T05:00:00.000Z', '2026-03-29T17:00:00.000Z']);
    expect(utc('2026-10-25', 'day')).toEqual(['2026-10-25T06:00:00.000Z', '2026-10-25T18:00:00.000Z']);
  });

  it('splits the day at 13:00 local', () => {
    expect(utc('2026-07-01', 'morning')).toEqual(['2026-07-01T05:00:00.000Z', '2026-07-01T11:00:00.000Z']);
    expect(utc('2026-12-01', 'afternoon')).toEqual(['2026-12-01T12:00:00.000Z', '2026-12-01T18:00:00.000Z']);
  });

  it('moves a wall time that the spring switch skips forward, as clocks do', () => {
    const hours = { ...DEFAULT_OFFICE_HOURS, opensAt: '02:30' };
    const { start } = slotInterval('2026-03-29', 'morning', hours, 'Europe/Berlin');
    expect(start.toISO()).toBe('2026-03-29T03:30:00.000+02:00');
  });
});
