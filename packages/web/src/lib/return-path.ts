/** Where to go after signing in: back to the page that asked for it, never off the site. */

/** The app's home for signed-in users. */
export const WORKSPACE_HOME = '/kerja';

/** The sign-in page, remembering `returnTo` (a path of this app) to come back to. */
export function signInHref(returnTo?: string | null): string {
  const target = returnTo ? safeReturnPath(returnTo) : WORKSPACE_HOME;
  return target === WORKSPACE_HOME ? '/masuk' : `/masuk?kembali=${encodeURIComponent(target)}`;
}

/**
 * The path to return to after sign-in: only a path of this site (starting with one "/"), never
 * another origin (`//evil.example`, `https://…`, `/\\evil`) nor the sign-in page itself.
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return WORKSPACE_HOME;
  if (raw === '/masuk' || raw.startsWith('/masuk?') || raw.startsWith('/masuk#')) return WORKSPACE_HOME;
  // Control characters (a smuggled newline or tab) never belong in a path worth returning to.
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20)) return WORKSPACE_HOME;
  return raw;
}
