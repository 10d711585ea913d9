import { easterSunday, publicHolidays } from './german-holidays';

describe('German public holidays', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('finds Easter Sunday %i on %s', (year, date) => {
    expect(easterSunday(year).toISODate()).toBe(date);
  });

  it('lists the eleven holidays of North Rhine-Westphalia in 2026', () => {
    expect(publicHolidays(2026, 'NW').map((holiday) => [holiday.date, holiday.name.de])).toEqual([
      ['2026-01-01', 'Neujahr'],
      ['2026-04-03', 'Karfreitag'],
      ['2026-04-06', 'Ostermontag'],
      ['2026-05-01', 'Tag der Arbeit'],
      ['2026-05-14', 'Christi Himmelfahrt'],
      ['2026-05-25', 'Pfingstmontag'],
      ['2026-06-04', 'Fronleichnam'],
      ['2026-10-03', 'Tag der Deutschen Einheit'],
      ['2026-11-01', 'Allerheiligen'],
      ['2026-12-25', '1. Weihnachtstag'],
      ['2026-12-26', '2. Weihnachtstag'],
    ]);
  });

  it('knows the holidays of other states and the years they came and went', () => {
    const dates = (year: number, state: Parameters<typeof publicHolidays>[1]) =>
      publicHolidays(year, state).map((holiday) => holiday.date);
    expect(dates(2026, 'SN')).toContain('2026-11-18');
    expect(dates(2027, 'SN')).toContain('2027-11-17');
    expect(dates(2026, 'BY')).toContain('2026-01-06');
    expect(dates(2026, 'NW')).not.toContain('2026-10-31');
    expect(dates(2017, 'NW')).toContain('2017-10-31');
    expect(dates(2016, 'NI')).not.toContain('2016-10-31');
    expect(dates(2018, 'NI')).toContain('2018-10-31');
    expect(dates(2018, 'BE')).not.toContain('2018-03-08');
    expect(dates(2019, 'BE')).toContain('2019-03-08');
    expect(dates(2023, 'MV')).toContain('2023-03-08');
    expect(dates(2025, 'BE')).toContain('2025-05-08');
    expect(dates(2026, 'BE')).not.toContain('2026-05-08');
    expect(dates(2026, 'TH')).toContain('2026-09-20');
    expect(dates(2026, 'BB')).toEqual(expect.arrayContaining(['2026-04-05', '2026-05-24']));
    expect(dates(2026, 'SL')).toContain('2026-08-15');
  });
});
