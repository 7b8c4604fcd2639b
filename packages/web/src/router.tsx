/**
 * A tiny History-API router. Links are real <a href> (they work without JavaScript, open in
 * new tabs, and are read as links), and plain left-clicks on same-origin app links are turned
 * into client-side navigation.
 */
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { isPublicSitePath } from './lib/public-site';
import type { RouteParams } from './lib/route-match';

/** What every page receives from the router: the `:params` of its path. */
export interface PageProps {
  params: RouteParams;
}

export interface AppLocation {
  pathname: string;
  search: string;
  hash: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

interface Router {
  location: AppLocation;
  navigate: (to: string, options?: NavigateOptions) => void;
}

const RouterContext = createContext<Router | null>(null);

let leaveGuard: (() => boolean) | null = null;

/**
 * While set, every in-app navigation asks `guard` first and is cancelled when it answers false
 * (e.g. "leave with unsaved changes?"). Closing or reloading the tab is covered by `beforeunload`.
 */
export function setLeaveGuard(guard: (() => boolean) | null): void {
  leaveGuard = guard;
}

function currentLocation(): AppLocation {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

/** Paths the server answers itself (API, its docs, the public site): never handled by the client router. */
function isServerPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || isPublicSitePath(pathname);
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<AppLocation>(currentLocation);

  useEffect(() => {
    const onPopState = () => setLocation(currentLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((to: string, { replace = false }: NavigateOptions = {}) => {
    if (leaveGuard && !leaveGuard()) return;
    const url = new URL(to, window.location.href);
    if (isServerPath(url.pathname)) {
      window.location.assign(url.href);
      return;
    }
    // Clicking a link to the page already shown must not stack a duplicate history entry.
    if (replace || url.href === window.location.href) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setLocation(currentLocation());
    // A new page starts at the top, unless the link points into it.
    if (!url.hash) window.scrollTo(0, 0);
  }, []);

  const router = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter must be used inside <RouterProvider>');
  return router;
}

/** The current path, query string and hash. */
export function useLocation(): AppLocation {
  return useRouter().location;
}

/** Navigates within the app without reloading the page. */
export function useNavigate(): Router['navigate'] {
  return useRouter().navigate;
}

/** The current query string, parsed. */
export function useSearchParams(): URLSearchParams {
  const { search } = useLocation();
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** Whether a click should be left to the browser (new tab, download, other window…). */
function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey
  );
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An <a href> that navigates client-side for same-origin app paths. */
export function Link({ href, onClick, target, download, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainLeftClick(event) || (target && target !== '_self') || download !== undefined) return;
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || isServerPath(url.pathname)) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  return <a href={href} target={target} download={download} onClick={handleClick} {...rest} />;
}
