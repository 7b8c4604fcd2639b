import { describe, expect, it } from 'vitest';
import { matchPath, matchRoutes } from './route-match';

describe('matchPath', () => {
  it('matches literal paths, ignoring a trailing slash', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/katalog', '/katalog/')).toEqual({});
    expect(matchPath('/katalog', '/instansi')).toBeNull();
  });

  it('captures and decodes params', () => {
    expect(matchPath('/instansi/:code', '/instansi/33.74')).toEqual({ code: '33.74' });
    expect(matchPath('/instansi/:code', '/instansi/A%20B')).toEqual({ code: 'A B' });
  });

  it('needs the same number of segments', () => {
    expect(matchPath('/instansi/:code', '/instansi')).toBeNull();
    expect(matchPath('/instansi/:code', '/instansi/33/x')).toBeNull();
  });

  it('does not match a malformed escape', () => {
    expect(matchPath('/instansi/:code', '/instansi/%E0%A4%A')).toBeNull();
  });
});

describe('matchRoutes', () => {
  it('returns the first matching route', () => {
    const routes = [
      { path: '/instansi', name: 'list' },
      { path: '/instansi/:code', name: 'detail' },
    ];
    expect(matchRoutes(routes, '/instansi/11')).toEqual({ route: routes[1], params: { code: '11' } });
    expect(matchRoutes(routes, '/nope')).toBeNull();
  });
});
