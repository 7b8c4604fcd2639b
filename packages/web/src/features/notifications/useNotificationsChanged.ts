import { useEffect, useRef } from 'react';
import { NOTIFICATIONS_CHANGED } from './notification-link';

/**
 * Calls `onChange` when notifications were marked read anywhere in the app, and every
 * `intervalMs` while the tab is visible (new notifications arrive from other people's work).
 */
export function useNotificationsChanged(onChange: () => void, intervalMs?: number): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  useEffect(() => {
    const fire = () => callback.current();
    window.addEventListener(NOTIFICATIONS_CHANGED, fire);
    const timer =
      intervalMs === undefined
        ? null
        : window.setInterval(() => {
            if (document.visibilityState === 'visible') fire();
          }, intervalMs);
    return () => {
      window.removeEventListener(NOTIFICATIONS_CHANGED, fire);
      if (timer !== null) window.clearInterval(timer);
    };
  }, [intervalMs]);
}
