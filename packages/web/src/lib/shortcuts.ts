/** Keyboard shortcuts of the verification queue: j / k to move, Enter to open, ? for help. */

export type QueueKeyAction = 'next' | 'previous' | 'open' | 'help' | 'close';

/** The parts of a KeyboardEvent the decision needs. */
export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The element that has focus (the event's target). */
  target: EventTarget | null;
}

/** Whether the key went to a place where the user types: shortcuts must never steal those keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'file', 'image'].includes(type);
}

/** The queue action of a key press, or null to leave the key alone. */
export function queueKeyAction(event: KeyLike): QueueKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'j':
    case 'J':
      return 'next';
    case 'k':
    case 'K':
      return 'previous';
    case 'Enter':
      return 'open';
    case '?':
      return 'help';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** The index after moving `action` from `current` in a list of `length`, kept within the list. */
export function moveSelection(current: number, action: 'next' | 'previous', length: number): number {
  if (length === 0) return -1;
  if (current < 0) return action === 'next' ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + (action === 'next' ? 1 : -1)));
}
