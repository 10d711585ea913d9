import { describe, expect, it } from '@jest/globals';
import { accentColours, contrast, MIN_CONTRAST } from './accent';

describe('accentColours', () => {
  it('keeps a dark enough organisation colour as it is', () => {
    const colours = accentColours('#0a5a9c');
    expect(colours).toMatchObject({ accent: '#0a5a9c', adjusted: false });
  });

  it.each(['#ffcc00', '#e2001a', '#7fb2e5', '#ffffff', '#00a651'])(
    'darkens %s until white text on it reaches 4.5:1, also on its own tint and the canvas',
    (configured) => {
      const colours = accentColours(configured)!;
      expect(colours.adjusted).toBe(true);
      expect(contrast(colours.accent, '#ffffff')).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrast(colours.accent, '#f5f6f8')).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrast(colours.accent, colours.accentSoft)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrast(colours.accentStrong, colours.accentSoft)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    },
  );

  it('darkens no further than needed', () => {
    const colours = accentColours('#e2001a')!;
    // Its tint is the tightest of the backgrounds it must stand on.
    expect(contrast(colours.accent, colours.accentSoft)).toBeLessThan(MIN_CONTRAST + 0.2);
  });

  it('ignores a missing or malformed colour, so that the built-in accent stays', () => {
    expect(accentColours(null)).toBeNull();
    expect(accentColours('red')).toBeNull();
    expect(accentColours('#abc')).toBeNull();
  });

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
