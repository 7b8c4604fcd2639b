/** The page table and the frame around it. Each page is its own chunk, loaded on first visit. */
import { type ComponentType, lazy, Suspense, useEffect, useRef } from 'react';
import { RequireSignIn } from './auth/RequireSignIn';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { LoadingState } from './components/LoadingState';
import { PageFailed } from './components/PageFailed';
import { loadShownMessages } from './i18n/catalogs';
import { matchRoutes } from './lib/route-match';
import { type PageProps, useLocation } from './router';

interface Route {
  path: string;
  page: ComponentType<PageProps>;
  /** Only for signed-in users: others go to /masuk and come back after signing in. */
  signedIn?: boolean;
}

/**
 * A page chunk that renders only once the full message catalogue is there too (fetched alongside,
 * not after it), so no page meets a key the shell catalogue lacks. A failed download of either
 * shows PageFailed.
 */
function page(load: () => Promise<{ default: ComponentType<PageProps> }>) {
  return lazy(() => Promise.all([load(), loadShownMessages()]).then(([module]) => module));
}

const HomePage = page(() => import('./features/home/HomePage'));
const CataloguePage = page(() => import('./features/catalogue/CataloguePage'));
const InstitutionsPage = page(() => import('./features/institutions/InstitutionsPage'));
const NotFoundPage = page(() => import('./features/not-found/NotFoundPage'));
// Officials' workspace (issue #5): sign-in stays a small chunk; everything behind it loads on use.
// Sign-in alone renders from the shell catalogue: its first load must stay small (docs/performance.md).
const SignInPage = lazy(() => import('./features/signin/SignInPage'));
const InvitationPage = page(() =>
  import('./features/signin/RedeemLinkPage').then((module) => ({ default: module.InvitationPage })),
);
const PasswordResetPage = page(() =>
  import('./features/signin/RedeemLinkPage').then((module) => ({ default: module.PasswordResetPage })),
);
const WorkspacePage = page(() => import('./features/workspace/WorkspacePage'));
// Forgotten passwords and two-factor sign-in (issue #17).
const ForgotPasswordPage = page(() => import('./features/signin/ForgotPasswordPage'));
const SecondFactorPage = page(() => import('./features/account/SecondFactorPage'));
const ReportPage = page(() => import('./features/report/ReportPage'));
const ReviewQueuePage = page(() => import('./features/review/ReviewQueuePage'));
const VerifierWorkspacePage = page(() => import('./features/review/VerifierWorkspacePage'));
const FieldCheckPage = page(() => import('./features/field/FieldCheckPage'));
const PeriodsPage = page(() => import('./features/admin/PeriodsPage'));
const CatalogueAdminPage = page(() => import('./features/admin/CatalogueAdminPage'));
const InstitutionsAdminPage = page(() => import('./features/admin/InstitutionsAdminPage'));
const UsersPage = page(() => import('./features/users/UsersPage'));
const DownloadsPage = page(() => import('./features/downloads/DownloadsPage'));
const ImportPage = page(() => import('./features/downloads/ImportPage'));
// Monitoring dashboards (issue #6): one chunk per view.
const DashboardNationalPage = page(() => import('./features/dashboard/NationalPage'));
const DashboardProvincePage = page(() => import('./features/dashboard/ProvincePage'));
const DashboardInstitutionPage = page(() => import('./features/dashboard/InstitutionPage'));
const DashboardAksiPage = page(() => import('./features/dashboard/AksiPage'));
const DashboardReportsPage = page(() => import('./features/dashboard/ReportsPage'));

// Coordination (issue #10): announcements, meetings and follow-ups, media kit.
const AnnouncementsPage = page(() => import('./features/coordination/AnnouncementsPage'));
const AnnouncementComposePage = page(() => import('./features/coordination/AnnouncementComposePage'));
const AnnouncementPage = page(() => import('./features/coordination/AnnouncementPage'));
const MeetingsPage = page(() => import('./features/coordination/MeetingsPage'));
const MeetingFormPage = page(() => import('./features/coordination/MeetingFormPage'));
const MeetingPage = page(() => import('./features/coordination/MeetingPage'));
const FollowUpsPage = page(() => import('./features/coordination/FollowUpsPage'));
const FollowUpPage = page(() => import('./features/coordination/FollowUpPage'));
const MediaKitPage = page(() => import('./features/coordination/MediaKitPage'));
const MaterialFormPage = page(() => import('./features/coordination/MaterialFormPage'));
const MaterialPage = page(() => import('./features/coordination/MaterialPage'));
const PublicationsPage = page(() => import('./features/coordination/PublicationsPage'));

// Notification centre, feedback desk and admin screens (issue #14).
const NotificationsPage = page(() => import('./features/notifications/NotificationsPage'));
const FeedbackDeskPage = page(() => import('./features/feedback-desk/FeedbackDeskPage'));
const FeedbackItemPage = page(() => import('./features/feedback-desk/FeedbackItemPage'));
const AuditLogPage = page(() => import('./features/audit/AuditLogPage'));
const OperationsPage = page(() => import('./features/operations/OperationsPage'));
const HolidaysPage = page(() => import('./features/holidays/HolidaysPage'));
const AccountPage = page(() => import('./features/account/AccountPage'));
// Work units, the unit board, the support log and the leader's brief (issue #20).
const UnitsPage = page(() => import('./features/units/UnitsPage'));
const UnitTargetsPage = page(() => import('./features/units/UnitTargetsPage'));
const UnitBoardPage = page(() => import('./features/units/UnitBoardPage'));
const SupportLogPage = page(() => import('./features/leader/SupportLogPage'));
const ProvinceViewPage = page(() => import('./features/leader/ProvinceViewPage'));

const ROUTES: readonly Route[] = [
  // `/` and `/instansi/:code` are the public site, rendered by the server (lib/public-site.ts).
  { path: '/program', page: HomePage },
  { path: '/katalog', page: CataloguePage },
  { path: '/instansi', page: InstitutionsPage },
  { path: '/masuk', page: SignInPage },
  { path: '/undangan/:token', page: InvitationPage },
  { path: '/atur-ulang-sandi/:token', page: PasswordResetPage },
  { path: '/kerja', page: WorkspacePage, signedIn: true },
  { path: '/kerja/laporan/:id', page: ReportPage, signedIn: true },
  { path: '/kerja/verifikasi', page: ReviewQueuePage, signedIn: true },
  { path: '/kerja/verifikasi/:id', page: VerifierWorkspacePage, signedIn: true },
  { path: '/kerja/lapangan', page: FieldCheckPage, signedIn: true },
  { path: '/kerja/periode', page: PeriodsPage, signedIn: true },
  { path: '/kerja/katalog', page: CatalogueAdminPage, signedIn: true },
  { path: '/kerja/instansi', page: InstitutionsAdminPage, signedIn: true },
  { path: '/kerja/pengguna', page: UsersPage, signedIn: true },
  { path: '/kerja/unduhan', page: DownloadsPage, signedIn: true },
  { path: '/kerja/impor', page: ImportPage, signedIn: true },
  { path: '/kerja/koordinasi/pengumuman', page: AnnouncementsPage, signedIn: true },
  { path: '/kerja/koordinasi/pengumuman/baru', page: AnnouncementComposePage, signedIn: true },
  { path: '/kerja/koordinasi/pengumuman/:id', page: AnnouncementPage, signedIn: true },
  { path: '/kerja/koordinasi/rapat', page: MeetingsPage, signedIn: true },
  { path: '/kerja/koordinasi/rapat/baru', page: MeetingFormPage, signedIn: true },
  { path: '/kerja/koordinasi/rapat/:id', page: MeetingPage, signedIn: true },
  { path: '/kerja/koordinasi/tindak-lanjut', page: FollowUpsPage, signedIn: true },
  { path: '/kerja/koordinasi/tindak-lanjut/:id', page: FollowUpPage, signedIn: true },
  { path: '/kerja/koordinasi/media', page: MediaKitPage, signedIn: true },
  { path: '/kerja/koordinasi/media/baru', page: MaterialFormPage, signedIn: true },
  { path: '/kerja/koordinasi/media/:id', page: MaterialPage, signedIn: true },
  { path: '/kerja/publikasi', page: PublicationsPage, signedIn: true },
  { path: '/kerja/notifikasi', page: NotificationsPage, signedIn: true },
  { path: '/kerja/aduan', page: FeedbackDeskPage, signedIn: true },
  { path: '/kerja/aduan/:id', page: FeedbackItemPage, signedIn: true },
  { path: '/kerja/audit', page: AuditLogPage, signedIn: true },
  { path: '/kerja/operasi', page: OperationsPage, signedIn: true },
  { path: '/kerja/libur', page: HolidaysPage, signedIn: true },
  { path: '/kerja/akun', page: AccountPage, signedIn: true },
  { path: '/kerja/akun/dua-langkah', page: SecondFactorPage, signedIn: true },
  { path: '/lupa-sandi', page: ForgotPasswordPage },
  { path: '/kerja/unit', page: UnitsPage, signedIn: true },
  { path: '/kerja/unit/target', page: UnitTargetsPage, signedIn: true },
  { path: '/kerja/unit/papan', page: UnitBoardPage, signedIn: true },
  { path: '/kerja/pendampingan', page: SupportLogPage, signedIn: true },
  { path: '/kerja/provinsi', page: ProvinceViewPage, signedIn: true },
  { path: '/kerja/provinsi/:code', page: ProvinceViewPage, signedIn: true },
  { path: '/pantauan', page: DashboardNationalPage, signedIn: true },
  { path: '/pantauan/provinsi/:code', page: DashboardProvincePage, signedIn: true },
  { path: '/pantauan/instansi/:code', page: DashboardInstitutionPage, signedIn: true },
  { path: '/pantauan/aksi/:code', page: DashboardAksiPage, signedIn: true },
  { path: '/pantauan/laporan', page: DashboardReportsPage, signedIn: true },
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
          {match?.route.signedIn ? (
            <RequireSignIn>
              <Page params={match.params} />
            </RequireSignIn>
          ) : (
            <Page params={match?.params ?? {}} />
          )}
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
