/** After a refused submission, focus moves to the first field marked wrong, so the person lands where to fix it. */
import { useEffect } from 'react';

/**
 * Focuses the element with the first id of `ids` each time `attempt` changes (a counter the form
 * bumps on every refused submission, by its own checks or by the server).
 */
export function useFocusFirstInvalid(attempt: number, ids: readonly string[]): void {
  const first = ids[0];
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new attempt moves focus, not typing
  useEffect(() => {
    if (attempt > 0 && first) document.getElementById(first)?.focus();
  }, [attempt]);
}
