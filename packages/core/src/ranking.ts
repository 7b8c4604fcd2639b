/**
 * Ranks as people read them (standard competition ranking, "1224"): equal values share a rank and
 * the next distinct value takes its place in the list. Only entries with a value are ranked; the
 * caller decides which entries have one (e.g. only institutions with verified results).
 */

/** An entry with its shared rank. */
export interface Ranked<T> {
  rank: number;
  item: T;
  value: number;
}

/**
 * Ranks `items` by `measure` (highest first by default), leaving out those whose value is null;
 * ties share a rank and keep `tieOrder` (e.g. by name) among themselves.
 */
export function rankWithTies<T>(
  items: readonly T[],
  measure: (item: T) => number | null,
  options: { order?: 'desc' | 'asc'; tieOrder?: (a: T, b: T) => number } = {},
): Ranked<T>[] {
  const sign = options.order === 'asc' ? 1 : -1;
  const valued = items
    .map((item) => ({ item, value: measure(item) }))
    .filter((entry): entry is { item: T; value: number } => entry.value !== null && Number.isFinite(entry.value))
    .sort((a, b) => sign * (a.value - b.value) || (options.tieOrder?.(a.item, b.item) ?? 0));
  const ranked: Ranked<T>[] = [];
  valued.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.value === entry.value ? previous.rank : index + 1;
    ranked.push({ rank, item: entry.item, value: entry.value });
  });
  return ranked;
}
