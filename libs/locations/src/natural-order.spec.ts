import { naturalOrder, sortNaturally } from './natural-order';

describe('naturalOrder', () => {
  it('puts desk codes in the order people read them', () => {
    const codes = ['3.10', '3.2', '10.1', '3.1', 'A-2', 'A-10', 'a-3', '2.01'];
    expect(codes.sort(naturalOrder)).toEqual(['2.01', '3.1', '3.2', '3.10', '10.1', 'A-2', 'a-3', 'A-10']);
  });

  it('keeps umlauts beside their vowels and is total', () => {
    expect(sortNaturally(['Zentrale', 'Ämterhaus', 'Bauamt'], (name) => name)).toEqual([
      'Ämterhaus',
      'Bauamt',
      'Zentrale',
    ]);
    expect(naturalOrder('Nord', 'nord')).not.toBe(0);
    expect(naturalOrder('Nord', 'Nord')).toBe(0);
  });
});
