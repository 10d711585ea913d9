import { weeklyDates } from './recurrence';

describe('weekly dates', () => {
  it('lists the chosen weekdays between two days, both included', () => {
    expect(weeklyDates('2026-11-23', '2026-12-04', [1, 5])).toEqual([
      '2026-11-23',
      '2026-11-27',
      '2026-11-30',
      '2026-12-04',
    ]);
  });

  it('is empty when no day falls on a chosen weekday', () => {
    expect(weeklyDates('2026-11-23', '2026-11-27', [6, 7])).toEqual([]);
  });
});
