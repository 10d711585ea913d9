import { useCallback, useState } from 'react';

export interface Submission {
  busy: boolean;
  /** The last failure, until the next attempt. */
  error: unknown;
  /** The last success's message, until the next attempt. */
  done: string | null;
  /** Runs `work`; its result is the message to show on success. */
  run: (work: () => Promise<string>) => Promise<void>;
  reset: () => void;
}

/** The state of a form's submission: busy, failed (with the API's problem) or done. */
export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = useCallback(async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await work());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
    setDone(null);
  }, []);

  return { busy, error, done, run, reset };
}
