import { useCallback, useMemo, useState } from 'react';

// What this browser remembers for the person: the last building and floor, and favourite desks.
// Kept locally: neither is worth a round trip, and neither says anything about anyone else.

const PLACE_KEY = 'platzbuch.booking.place';
const FAVOURITES_KEY = 'platzbuch.booking.favourites';

function read<T>(key: string, fallback: T): T {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

export interface RememberedPlace {
  buildingId: string | null;
  floorId: string | null;
}

export const rememberedPlace = (): RememberedPlace => {
  const place = read<Partial<RememberedPlace>>(PLACE_KEY, {});
  return {
    buildingId: typeof place.buildingId === 'string' ? place.buildingId : null,
    floorId: typeof place.floorId === 'string' ? place.floorId : null,
  };
};

export const rememberPlace = (place: RememberedPlace) => write(PLACE_KEY, place);

/** A favourite desk with what is needed to show it without loading its floor. */
export interface FavouriteDesk {
  id: string;
  code: string;
  buildingId: string;
  floorId: string;
}

export interface Favourites {
  list: FavouriteDesk[];
  ids: ReadonlySet<string>;
  toggle: (desk: FavouriteDesk) => void;
}

export function useFavourites(): Favourites {
  const [list, setList] = useState<FavouriteDesk[]>(() => {
    const stored = read<unknown>(FAVOURITES_KEY, []);
    return Array.isArray(stored)
      ? (stored as FavouriteDesk[]).filter((desk) => typeof desk?.id === 'string')
      : [];
  });
  const toggle = useCallback((desk: FavouriteDesk) => {
    setList((current) => {
      const next = current.some((entry) => entry.id === desk.id)
        ? current.filter((entry) => entry.id !== desk.id)
        : [...current, desk];
      write(FAVOURITES_KEY, next);
      return next;
    });
  }, []);
  const ids = useMemo(() => new Set(list.map((desk) => desk.id)), [list]);
  return { list, ids, toggle };
}
