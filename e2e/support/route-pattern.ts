/**
 * Which links lead to "the same page": the crawler visits one address per route pattern, so 600
 * institution pages count as one (`/instansi/:id`). The app names its pages with lowercase words
 * (`/kerja/koordinasi/rapat/baru`); any other path segment — a number, a code, a token, a file
 * name — is taken for a parameter. Query values differ from link to link; the names of the
 * parameters (`?periode&triwulan`) tell pages apart.
 */

const PAGE_WORD = /^[a-z][a-z-]*$/;

/** `/kerja/laporan/123` → `/kerja/laporan/:id`; `/instansi/KEMENDAGRI` → `/instansi/:id`. */
export function routePattern(pathname: string): string {
  const segments = pathname.split('/').map((segment) => {
    if (segment === '') return segment;
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // A malformed escape is still a parameter.
    }
    return PAGE_WORD.test(decoded) ? decoded : ':id';
  });
  const path = segments.join('/');
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

/** The route pattern of `url` with the names of its query parameters: what the crawler visits once. */
export function routeKey(url: URL): string {
  const names = [...new Set([...url.searchParams.keys()])].sort();
  return names.length > 0 ? `${routePattern(url.pathname)}?${names.join('&')}` : routePattern(url.pathname);
}

/** Whether a pattern written in the test data (`/kerja/laporan/:reportId`) names the same route as `pattern`. */
export function samePattern(written: string, pattern: string): boolean {
  const plain = (text: string) => text.replace(/:[A-Za-z]+/g, ':');
  return plain(written) === plain(pattern);
}
