/**
 * What the link crawler does (e2e/specs/guarantees.spec.ts), as data: who it signs in as, where
 * each starts, how far it goes, and what it takes for a broken page. Add a role or a start page
 * here; add a page by linking to it from a screen — the crawler finds it.
 */
import { DEMO_ACCOUNTS, type DemoRole } from '../support/accounts';

/** Someone the crawler browses as: a demo account, or a visitor who is not signed in. */
export type Visitor = DemoRole | 'public';

export interface VisitorPlan {
  who: Visitor;
  /** Where browsing starts; everything else is reached by following links. */
  start: string[];
}

export const CRAWL_PLAN = {
  visitors: [
    // The public face: the front door at /, where a visitor who is not signed in arrives.
    { who: 'public', start: ['/'] },
    // Every official starts from the workspace home, as after signing in.
    ...(Object.keys(DEMO_ACCOUNTS) as DemoRole[]).map((role) => ({ who: role, start: ['/kerja'] })),
  ] satisfies VisitorPlan[],

  /** Pages visited per visitor at most, so a crawl stays bounded. */
  maxPagesPerVisitor: 240,

  /**
   * Visits per route pattern with different query parameters (`/pantauan/laporan?aksi&periode`
   * and `?provinsi&triwulan`…): a few show the page works with its filters.
   */
  variantsPerPattern: 3,

  /** Links of one inbox (notifications, or one person's mail) followed at most. */
  maxInboxLinks: 40,

  /** How many visitors browse at once. */
  concurrency: 2,

  /** Widths every page is checked at for sideways scroll (the first is the one it browses at). */
  widths: [390, 1280],

  /** Links the crawler never follows, and why. */
  neverFollow: [{ pattern: /^\/api\/docs(\/|$)/, why: 'the API explorer is a third-party page, not a Pantau screen' }],

  /** A page whose main heading says one of these is "not found". */
  notFoundHeadings: [/^Halaman tidak ditemukan$/, /^Page not found$/, /^Tidak ditemukan$/, /^Not found$/],

  /** A page showing one of these failed to load what it is about. */
  failureTexts: [
    /^Data tidak dapat dimuat$/,
    /^The data could not be loaded$/,
    /^Halaman ini gagal ditampilkan\.?$/,
    /^This page could not be shown\.?$/,
  ],
} as const;
