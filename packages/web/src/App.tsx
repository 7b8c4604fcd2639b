/** The page table and the frame around it. Each page is its own chunk, loaded on first visit. */
import { type ComponentType, lazy, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { LoadingState } from './components/LoadingState';
import { PageFailed } from './components/PageFailed';
import { matchRoutes } from './lib/route-match';
import { type PageProps, useLocation } from './router';

interface Route {
  path: string;
  page: ComponentType<PageProps>;
}

const HomePage = lazy(() => import('./features/home/HomePage'));
const CataloguePage = lazy(() => import('./features/catalogue/CataloguePage'));
const InstitutionsPage = lazy(() => import('./features/institutions/InstitutionsPage'));
const InstitutionDetailPage = lazy(() => import('./features/institutions/InstitutionDetailPage'));
const NotFoundPage = lazy(() => import('./features/not-found/NotFoundPage'));

const ROUTES: readonly Route[] = [
  { path: '/', page: HomePage },
  { path: '/katalog', page: CataloguePage },
  { path: '/instansi', page: InstitutionsPage },
  { path: '/instansi/:code', page: InstitutionDetailPage },
];

/** After a client-side page change, move focus to the main content, as a full page load would. */
function useFocusMainOnNavigation(pathname: string): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger, not an input
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function App() {
  const { pathname } = useLocation();
  useFocusMainOnNavigation(pathname);
  const match = matchRoutes(ROUTES, pathname);
  const Page = match?.route.page ?? NotFoundPage;
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname} fallback={<PageFailed />}>
        <Suspense fallback={<LoadingState />}>
          <Page params={match?.params ?? {}} />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
