/**
 * Moving the highlighted option of a combobox's list with the keyboard (WAI-ARIA APG combobox
 * pattern): arrows move one step and wrap around, Page keys jump ten and stop at the ends.
 * `-1` means no option is highlighted.
 */

/** Keys that move the highlight while the list is open. */
export const LIST_KEYS = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

const PAGE = 10;

/** Whether `key` moves the highlight. */
export function isListKey(key: string): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key);
}

/** The option highlighted after `key`, from `current`, in a list of `count` options. */
export function nextActive(current: number, count: number, key: ListKey): number {
  if (count === 0) return -1;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return current >= last ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? last : current - 1;
    case 'PageDown':
      return Math.min(last, Math.max(current, 0) + PAGE);
    case 'PageUp':
      return Math.max(0, current - PAGE);
  }
}

/** The id of option `index` of the list `listId`, for aria-activedescendant. */
export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}
