import { describe, expect, it } from '@jest/globals';
import type { DeskView } from '@platzbuch/contracts';
import { proposeCode } from './desk-code';

const withCodes = (...codes: string[]) => codes.map((code) => ({ code }) as DeskView);

describe('proposeCode', () => {
  it('starts a floor at "<storey>.1"', () => {
    expect(proposeCode([], 3)).toBe('3.1');
    expect(proposeCode([], 0)).toBe('0.1');
    expect(proposeCode([], -1)).toBe('-1.1');
  });

  it('continues after the highest number of the storey, ignoring other schemes', () => {
    expect(proposeCode(withCodes('3.1', '3.14', '3.2', '4.99', 'Empfang', '3.x'), 3)).toBe('3.15');
  });
});
