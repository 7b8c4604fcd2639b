/**
 * Answers fetched once and shared by every caller for a few minutes, then fetched again: the
 * short lists pickers filter, the installation's facts that the frame and the sign-in page both
 * show. A failure is forgotten at once, so the next caller tries again.
 */

const KEEP_MS = 5 * 60_000;
const kept = new Map<string, { at: number; value: Promise<unknown> }>();

/** `load()`'s answer under `key`: the one already on its way or fresh enough, else a new one. */
export function keep<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const entry = kept.get(key);
  if (entry && now - entry.at < KEEP_MS) return entry.value as Promise<T>;
  const value = load();
  kept.set(key, { at: now, value });
  value.catch(() => kept.delete(key));
  return value;
}
