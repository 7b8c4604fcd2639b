import { useCallback, useRef, useState } from 'react';

export interface Action<A extends unknown[], R> {
  /** Runs the action; resolves with its result, or undefined when it failed (the error is kept). */
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  error: unknown;
  reset: () => void;
}

/** A state-changing request with its busy flag and error, so a button can disable itself and say what failed. */
export function useAction<A extends unknown[], R>(perform: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const performRef = useRef(perform);
  performRef.current = perform;
  const run = useCallback(async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      return await performRef.current(...args);
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => setError(null), []);
  return { run, busy, error, reset };
}
