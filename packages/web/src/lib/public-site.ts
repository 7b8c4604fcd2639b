/**
 * Paths of the public site (the server-rendered front door, DESIGN §5): the national picture at
 * `/`, an institution's one public page, aksi, provinces, search, citizen feedback and its
 * tickets, cards and embeds. The app's router leaves them to the browser (a full page load).
 */
const PUBLIC_PREFIXES = [
  '/instansi/',
  '/aksi/',
  '/provinsi/',
  '/aduan/',
  '/kartu/',
  '/embed/',
  '/publikasi/',
  '/static/',
  '/portal',
];
const PUBLIC_PAGES = new Set(['/', '/cari', '/aduan', '/lacak']);

export function isPublicSitePath(pathname: string): boolean {
  return PUBLIC_PAGES.has(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}
