import { describe, expect, it } from '@jest/globals';
import { createTranslator } from './translate';

describe('createTranslator', () => {
  const german = createTranslator('de');
  const english = createTranslator('en');

  it('fills placeholders, formatting numbers in the language', () => {
    expect(german.t('home.greeting', { name: 'Erika' })).toBe('Guten Tag, Erika');
    expect(german.t('problem.unexpected', { status: 502 })).toContain('Status 502');
    expect(german.t('floor.deskCount', { count: 2600 })).toBe('2.600 Arbeitsplätze');
    expect(english.t('floor.deskCount', { count: 2600 })).toBe('2,600 desks');
  });

  it('chooses the singular or plural form by the count', () => {
    expect(german.t('desk.monitors', { count: 1 })).toBe('1 Monitor');
    expect(german.t('desk.monitors', { count: 2 })).toBe('2 Monitore');
    expect(english.t('import.errors', { count: 1 })).toMatch(/^The file has 1 error\./);
    expect(english.t('import.errors', { count: 3 })).toMatch(/^The file has 3 errors\./);
  });

  it('formats percentages and dates as the language writes them', () => {
    expect(german.percent(0.525)).toMatch(/^52,5\s%$/);
    expect(english.percent(0.525)).toBe('52.5%');
    expect(german.dateTime('2026-03-29T10:30:00Z')).toMatch(/29\.03\.2026/);
  });
});
