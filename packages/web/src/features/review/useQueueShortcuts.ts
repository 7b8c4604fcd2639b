import { type RefObject, useEffect, useState } from 'react';
import { moveSelection, queueKeyAction } from '../../lib/shortcuts';

/**
 * j / k move the focus between the queue's rows, Enter opens the focused (or first) one, ? shows
 * the help and Escape hides it. Keys typed into form fields are never taken.
 */
export function useQueueShortcuts(list: RefObject<HTMLElement | null>): {
  help: boolean;
  setHelp: (v: boolean) => void;
} {
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = queueKeyAction(event);
      if (!action) return;
      if (action === 'help') {
        event.preventDefault();
        setHelp((shown) => !shown);
        return;
      }
      if (action === 'close') {
        setHelp(false);
        return;
      }
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-queue-item]') ?? [])];
      if (links.length === 0) return;
      const current = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (action === 'open') {
        // A focused link opens itself (the browser's own Enter); otherwise open the first.
        if (current >= 0 || (document.activeElement && document.activeElement !== document.body)) return;
        event.preventDefault();
        links[0]?.click();
        return;
      }
      event.preventDefault();
      const next = links[moveSelection(current, action, links.length)];
      next?.focus();
      next?.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [list]);
  return { help, setHelp };
}
