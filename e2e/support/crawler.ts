/**
 * The link crawler: browses Pantau as one visitor (signed in as a role, or not), following every
 * same-origin link from where it starts — one page per route pattern — and the links the visitor
 * received (notifications, e-mails). On each page it notes what a person would trip on: a "not
 * found" page, a page that failed to load its data, an error in the console, a 5xx answer, a file
 * link that does not download, a page wider than the screen.
 */
import type { BrowserContext, Page, Response } from 'playwright-core';
import { CRAWL_PLAN, type Visitor } from '../guarantees/crawl-plan';
import { newPage } from './browser';
import { routeKey, routePattern } from './route-pattern';
import { signInAs } from './session';

/** What can be wrong with a page or a link. */
export type ProblemKind =
  | 'not-found'
  | 'failed'
  | 'console-error'
  | 'server-error'
  | 'broken-file'
  | 'foreign-link'
  | 'sideways-scroll-390'
  | 'sideways-scroll-1280';

export interface Problem {
  who: Visitor;
  kind: ProblemKind;
  /** The route pattern of the page (or file) concerned. */
  pattern: string;
  url: string;
  /** The page whose link led there, or "start", "notification", "e-mail to …". */
  from: string;
  detail: string;
}

export interface Visit {
  who: Visitor;
  url: string;
  pattern: string;
  from: string;
  /** A page (HTML) or a file (anything else: downloads, API answers). */
  page: boolean;
}

/** A link to follow and where it was found. */
export interface Lead {
  url: string;
  from: string;
}

export interface VisitorCrawl {
  visits: Visit[];
  problems: Problem[];
}

/** How long the network must stay idle before a page counts as loaded. */
const QUIET_MS = 150;

/** Links whose target is a file rather than a page: the API, and names with an extension (`.csv`, not `32.76`). */
function looksLikeFile(url: URL): boolean {
  return url.pathname.startsWith('/api/') || /\.[a-z][a-z0-9]{1,4}$/i.test(url.pathname);
}

/** What the page is doing right now: requests in flight, and problems noted since the visit began. */
class PageWatch {
  private inflight = 0;
  private quietSince = Date.now();
  problems: { kind: ProblemKind; detail: string }[] = [];

  constructor(page: Page) {
    page.on('request', () => {
      this.inflight += 1;
    });
    const done = () => {
      this.inflight = Math.max(0, this.inflight - 1);
      if (this.inflight === 0) this.quietSince = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    page.on('response', (response: Response) => {
      if (response.status() >= 500) {
        this.problems.push({ kind: 'server-error', detail: `${response.status()} from ${response.url()}` });
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push({ kind: 'console-error', detail: message.text() });
    });
    page.on('pageerror', (error) =>
      this.problems.push({ kind: 'console-error', detail: `uncaught: ${error.message}` }),
    );
  }

  /** Starts a new visit: problems are counted afresh. */
  reset(): void {
    this.problems = [];
  }

  /** Resolves once no request has been in flight for a moment (or after `limitMs`). */
  async quiet(page: Page, limitMs = 10_000): Promise<void> {
    const until = Date.now() + limitMs;
    while (Date.now() < until) {
      if (this.inflight === 0 && Date.now() - this.quietSince >= QUIET_MS) return;
      await page.waitForTimeout(50);
    }
  }
}

/** The page's document width against the window's, and the elements that stick out furthest. */
async function overflow(page: Page): Promise<{ document: number; viewport: number; widest: string[] }> {
  // Two frames let a resize lay the page out again before it is measured.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const document = window.document.documentElement.scrollWidth;
    if (document <= viewport) return { document, viewport, widest: [] };
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = Array.from(element.classList, (name) => `.${name}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    // An element inside a box that scrolls or clips it (a table in its own scrolling box) is not to blame.
    const clipped = (element: Element) => {
      for (
        let parent = element.parentElement;
        parent && parent !== window.document.body;
        parent = parent.parentElement
      ) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const widest = Array.from(window.document.querySelectorAll('body *'))
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ element, right }) => right > viewport + 1 && !clipped(element))
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(({ element, right }) => `${describe(element)} (${Math.round(right)} px)`);
    return { document, viewport, widest };
  });
}

/** Browses as one visitor; create with `Crawler.start`, end with `close()`. */
export class Crawler {
  readonly visits: Visit[] = [];
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();
  /** How many query variants of each route pattern were visited. */
  private readonly variants = new Map<string, number>();

  private constructor(
    readonly who: Visitor,
    private readonly baseUrl: string,
    private readonly page: Page,
    private readonly watch: PageWatch,
  ) {}

  /** Opens a browser context for `who` (signing in through the sign-in page, as a person does). */
  static async start(who: Visitor, baseUrl: string): Promise<Crawler> {
    const [width] = CRAWL_PLAN.widths;
    const page = await newPage(baseUrl, { width, height: 844 });
    const watch = new PageWatch(page);
    if (who !== 'public') await signInAs(page, who);
    return new Crawler(who, baseUrl, page, watch);
  }

  get context(): BrowserContext {
    return this.page.context();
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  private note(kind: ProblemKind, url: URL, from: string, detail: string): void {
    this.problems.push({ who: this.who, kind, pattern: routePattern(url.pathname), url: url.href, from, detail });
  }

  /**
   * Follows links breadth-first from `start`, one page per route pattern, up to the plan's limit.
   * The same visitor's later calls skip patterns already visited.
   */
  async browse(start: readonly string[]): Promise<void> {
    const queue: Lead[] = start.map((path) => ({ url: new URL(path, this.baseUrl).href, from: 'start' }));
    let pages = 0;
    while (queue.length > 0 && pages < CRAWL_PLAN.maxPagesPerVisitor) {
      const lead = queue.shift() as Lead;
      const url = new URL(lead.url);
      if (!this.wants(url)) continue;
      this.remember(url);
      pages += 1;
      for (const found of await this.visit(url, lead.from)) {
        if (this.wants(new URL(found))) queue.push({ url: found, from: url.href });
      }
    }
  }

  /**
   * Whether `url` is worth a visit: a route pattern not seen yet, or a new set of query
   * parameters of it while the pattern has had fewer than the plan's variants (a dashboard's
   * drill-down links combine filters in dozens of ways; a few show the page works).
   */
  private wants(url: URL): boolean {
    const pattern = routePattern(url.pathname);
    return !this.seen.has(routeKey(url)) && (this.variants.get(pattern) ?? 0) < CRAWL_PLAN.variantsPerPattern;
  }

  private remember(url: URL): void {
    const pattern = routePattern(url.pathname);
    this.seen.add(routeKey(url));
    this.variants.set(pattern, (this.variants.get(pattern) ?? 0) + 1);
  }

  /** Visits each of `leads` (links the visitor received), every address once. */
  async follow(leads: readonly Lead[]): Promise<void> {
    const done = new Set<string>();
    for (const lead of leads.slice(0, CRAWL_PLAN.maxInboxLinks)) {
      const url = new URL(lead.url, this.baseUrl);
      if (url.origin !== new URL(this.baseUrl).origin) {
        this.note('foreign-link', url, lead.from, `points at ${url.origin}, not at this Pantau`);
        continue;
      }
      if (done.has(url.href)) continue;
      done.add(url.href);
      this.remember(url);
      await this.visit(url, lead.from);
    }
  }

  /** The links of this visitor's in-app notifications (a signed-in visitor only). */
  async notificationLeads(): Promise<Lead[]> {
    if (this.who === 'public') return [];
    const response = await this.page.request.get(`${this.baseUrl}/api/notifications?limit=200`);
    if (!response.ok()) throw new Error(`notifications of ${this.who}: ${response.status()}`);
    const { items } = (await response.json()) as { items: { kind: string; link: string | null }[] };
    return items.flatMap((item) => (item.link ? [{ url: item.link, from: `notification (${item.kind})` }] : []));
  }

  /** Visits one address; returns the same-origin links of the page (none for a file). */
  private async visit(url: URL, from: string): Promise<string[]> {
    if (CRAWL_PLAN.neverFollow.some((rule) => rule.pattern.test(url.pathname))) return [];
    if (looksLikeFile(url)) {
      await this.fetchFile(url, from);
      return [];
    }
    this.watch.reset();
    let response: Response | null = null;
    try {
      response = await this.page.goto(url.href, { waitUntil: 'load' });
    } catch (error) {
      // A link that downloads a file makes the browser start a download instead of a page.
      if (String(error).includes('Download is starting')) {
        await this.fetchFile(url, from);
        return [];
      }
      this.note('failed', url, from, `could not be opened: ${String(error).split('\n')[0]}`);
      return [];
    }
    const type = response?.headers()['content-type'] ?? '';
    this.visits.push({
      who: this.who,
      url: url.href,
      pattern: routePattern(new URL(this.page.url()).pathname),
      from,
      page: type.includes('html'),
    });
    if (response && !type.includes('html')) {
      if (response.status() >= 400) this.note('broken-file', url, from, `answered ${response.status()}`);
      return [];
    }
    const status = response?.status() ?? 0;
    if (status === 404 || status === 410) this.note('not-found', url, from, `answered ${status}`);
    else if (status >= 400) this.note('failed', url, from, `answered ${status}`);
    // The app renders after the load event; under load, the network can be quiet before it has
    // asked for anything. Its main heading says the page is there; then its data is awaited.
    const heading = await this.page
      .locator('h1')
      .first()
      .waitFor({ timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    if (!heading && status < 400) this.note('failed', url, from, 'shows no main heading (h1) within 20 s');
    await this.watch.quiet(this.page);
    await this.page
      .getByText(/^(Memuat|Loading)…$/)
      .first()
      .waitFor({ state: 'hidden', timeout: 20_000 })
      .catch(() => undefined);
    await this.checkContent(url, from, status);
    for (const problem of this.watch.problems) {
      // The console's note on a page answered 404 repeats what "not found" already says.
      if (problem.kind === 'console-error' && status >= 400 && problem.detail.includes(`status of ${status}`)) continue;
      this.note(problem.kind, url, from, problem.detail);
    }
    await this.checkWidths(url, from);
    return this.links();
  }

  /** Asks for a file with the visitor's cookies and reads only the status: exports can be large. */
  private async fetchFile(url: URL, from: string): Promise<void> {
    const cookies = await this.context.cookies(url.href);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const response = await fetch(url.href, { headers: cookie ? { cookie } : {}, redirect: 'follow' });
    await response.body?.cancel();
    this.visits.push({ who: this.who, url: url.href, pattern: routePattern(url.pathname), from, page: false });
    const status = response.status;
    if (status >= 500) this.note('server-error', url, from, `answered ${status}`);
    else if (status >= 400) this.note('broken-file', url, from, `answered ${status}`);
  }

  private async checkContent(url: URL, from: string, status: number): Promise<void> {
    const headings = (await this.page.getByRole('heading').allTextContents()).map((text) => text.trim());
    const notFound = headings.find((text) => CRAWL_PLAN.notFoundHeadings.some((pattern) => pattern.test(text)));
    if (notFound && status < 400) this.note('not-found', url, from, `shows "${notFound}"`);
    const texts = await this.page.locator('h1, h2, h3, [role="alert"] p, .notice p').allTextContents();
    const failure = texts
      .map((text) => text.trim())
      .find((text) => CRAWL_PLAN.failureTexts.some((pattern) => pattern.test(text)));
    if (failure) this.note('failed', url, from, `shows "${failure}"`);
  }

  private async checkWidths(url: URL, from: string): Promise<void> {
    const start = this.page.viewportSize();
    for (const width of CRAWL_PLAN.widths) {
      if (this.page.viewportSize()?.width !== width) await this.page.setViewportSize({ width, height: 844 });
      const measured = await overflow(this.page);
      if (measured.document > measured.viewport) {
        const kind = width === 390 ? 'sideways-scroll-390' : 'sideways-scroll-1280';
        this.note(
          kind,
          url,
          from,
          `${measured.document} px wide at ${width} px; widest: ${measured.widest.join(', ')}`,
        );
      }
    }
    if (start && this.page.viewportSize()?.width !== start.width) await this.page.setViewportSize(start);
  }

  private async links(): Promise<string[]> {
    // The attribute rather than `.href`: links inside SVG (the province map) have no string `.href`.
    const hrefs = await this.page.$$eval('a[href]', (anchors) =>
      anchors.map((anchor) => {
        const href = anchor.getAttribute('href') ?? '';
        return URL.canParse(href, document.baseURI) ? new URL(href, document.baseURI).href : href;
      }),
    );
    const origin = new URL(this.baseUrl).origin;
    const links = hrefs.flatMap((href) => {
      if (!URL.canParse(href)) {
        this.note('not-found', new URL(this.page.url()), this.page.url(), `has a link that is no address: ${href}`);
        return [];
      }
      const url = new URL(href);
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return [];
      url.hash = '';
      return [url.href];
    });
    return [...new Set(links)];
  }
}
