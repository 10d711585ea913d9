const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/**
 * Orders labels as people read them: "3.2" before "3.10", "Haus 9" before "Haus 10", umlauts
 * beside their vowels. Labels equal to the collator fall back to code points, so the order is total.
 */
export function naturalOrder(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorts `items` in place by the natural order of `label`. */
export function sortNaturally<T>(items: T[], label: (item: T) => string): T[] {
  return items.sort((a, b) => naturalOrder(label(a), label(b)));
}
