/**
 * Where a notification leads inside the app. The server stores absolute links built on
 * PANTAU_PUBLIC_URL (mails need them); in the app only the path counts, so a notification opens on
 * the installation the person is using even when that address differs (a second host name, a
 * proxy, a test server).
 */

/** The path, query and fragment of `link`; null without a link or when it is not a web address. */
export function inAppPath(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, 'http://pantau.invalid');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

/** The event the notification centre listens for: something changed what is read or unread. */
export const NOTIFICATIONS_CHANGED = 'pantau:notifications-changed';

/** Tells the bell (and any open inbox) to load the unread count again. */
export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
