/**
 * What the browser keeps about the session, outside React: the CSRF token (in memory only, never
 * in storage), a hint that someone signed in on this browser, and who to tell when the server says
 * the session is over. The session cookie itself is httpOnly: the app never sees it.
 */

const HINT_KEY = 'pantau.signedIn';

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** The CSRF token of the current session, sent as `x-csrf-token` on every state-changing request. */
export function getCsrfToken(): string | null {
  return csrfToken;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called by the API client when a request is answered 401 (the session ended or expired). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function notifyUnauthorized(): void {
  unauthorizedHandler?.();
}

/**
 * Whether this browser signed in and has not signed out since. Public pages ask the server who is
 * signed in only when this is set, so anonymous visitors never send a request bound to fail.
 */
export function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(HINT_KEY, '1');
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage blocked: public pages will simply not show who is signed in.
  }
}
