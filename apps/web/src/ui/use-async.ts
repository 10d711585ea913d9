import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'done'; data: T };

export interface Async<T> {
  state: AsyncState<T>;
  reload: () => void;
  /** Replaces the loaded data after a change the page made itself, without asking the API again. */
  update: (change: (data: T) => T) => void;
}

/**
 * Loads data for a page; a change of `deps` or a reload aborts the request still running. A reload
 * keeps what is shown until the new data is there, so that nothing on the page jumps (and no
 * click or focus lands somewhere else) while it loads; new `deps` show the loading state.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Async<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadedAttempt = useRef(attempt);

  useEffect(() => {
    const controller = new AbortController();
    const reloading = attempt !== loadedAttempt.current;
    loadedAttempt.current = attempt;
    if (!reloading) setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; `deps` say when it means something new.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setState((current) =>
      current.status === 'done' ? { status: 'done', data: change(current.data) } : current,
    );
  }, []);
  return { state, reload, update };
}
