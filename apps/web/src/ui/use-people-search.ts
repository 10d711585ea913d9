import type { PersonSummary } from '@platzbuch/contracts';
import { useEffect, useState } from 'react';
import { searchPeople } from '../api/directory';

/** Typing pauses this long before the directory is asked. */
const SEARCH_DELAY_MS = 250;

/** While a new search runs, the people the last one found stay available to who wants to show them. */
export type PeopleSearch =
  | { status: 'idle' }
  | { status: 'searching'; people: PersonSummary[] | null }
  | { status: 'failed'; error: unknown }
  | { status: 'done'; people: PersonSummary[] };

/**
 * Colleagues whose name matches `query` (two letters at least), asked once typing pauses; a
 * search that a newer one overtook is abandoned.
 */
export function usePeopleSearch(query: string): PeopleSearch {
  const [search, setSearch] = useState<PeopleSearch>({ status: 'idle' });

  useEffect(() => {
    const words = query.trim();
    if (words.length < 2) {
      setSearch({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setSearch((last) => ({ status: 'searching', people: 'people' in last ? last.people : null }));
      searchPeople(words, controller.signal).then(
        (people) => setSearch({ status: 'done', people }),
        (error: unknown) => {
          if (!controller.signal.aborted) setSearch({ status: 'failed', error });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return search;
}
