import { describe, expect, it } from '@jest/globals';
import { isCrowded } from './marker-density';

/** A grid of `columns` × `rows` desks spread evenly over the plan. */
function grid(columns: number, rows: number) {
  const markers = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      markers.push({
        x: 5 + (column * 90) / columns,
        y: 5 + (row * 90) / rows,
        label: `3.${row * columns + column + 1}`,
      });
    }
  }
  return markers;
}

describe('isCrowded', () => {
  it('leaves a loose floor labelled', () => {
    expect(isCrowded(grid(8, 3), 830, 550)).toBe(false);
  });

  it('calls a 200-desk floor at full view crowded, and no longer when zoomed in far enough', () => {
    const floor = grid(20, 10);
    expect(isCrowded(floor, 830, 500)).toBe(true);
    expect(isCrowded(floor, 830 * 2, 500 * 2)).toBe(false);
  });

  it('tolerates a few tight pairs', () => {
    const loose = grid(8, 3);
    const withPair = [...loose, { ...loose[0], x: loose[0].x + 0.5, label: '3.99' }];
    expect(isCrowded(withPair, 830, 550)).toBe(false);
  });

  it('has nothing to say before the plan is measured or with one desk', () => {
    expect(isCrowded(grid(20, 10), 0, 0)).toBe(false);
    expect(isCrowded(grid(1, 1), 300, 200)).toBe(false);
  });
});
