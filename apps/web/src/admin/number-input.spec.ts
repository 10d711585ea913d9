import { describe, expect, it } from '@jest/globals';
import { readNumber } from './number-input';

describe('readNumber', () => {
  it('reads whole and German decimal numbers, and empty as null (inherit)', () => {
    expect(readNumber(' 21 ')).toBe(21);
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber('')).toBeNull();
    expect(readNumber('   ')).toBeNull();
  });

  it('refuses text that is no number instead of letting it become null', () => {
    expect(readNumber('vierzehn')).toBeUndefined();
    expect(readNumber('14 Tage')).toBeUndefined();
  });
});
