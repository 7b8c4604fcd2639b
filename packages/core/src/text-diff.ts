/** What changed in a narrative between two review rounds, word by word. */
import { diffWordsWithSpace } from 'diff';

/** One piece of a diff: unchanged, added or removed text. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** The word-level difference from `before` to `after`. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
