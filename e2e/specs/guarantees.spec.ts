/**
 * Guarantees over the whole app, on one server:
 *   1. every link lands — a crawler signs in as every role (and browses signed out), visits every
 *      page it can reach and every link of its notifications and e-mails, and fails on a "not
 *      found" page, a failed page, a console error or a 5xx answer, naming the page and the link;
 *   2. no page scrolls sideways at 390 px (nor at 1280 px);
 *   3. every API operation is used by a screen, or listed as for machine clients only.
 * What they check is data: guarantees/crawl-plan.ts, guarantees/api-screens.ts, and the
 * problems other parts of issue 14 fix, guarantees/known-until-merged.ts. See docs/testing.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCREENS } from '../guarantees/api-screens';
import { CRAWL_PLAN, type Visitor } from '../guarantees/crawl-plan';
import { KNOWN_PROBLEMS, type KnownProblem, OPERATIONS_AWAITING_SCREENS } from '../guarantees/known-until-merged';
import { DEMO_ACCOUNTS, type DemoRole } from '../support/accounts';
import { operationsOf, operationUsedIn, routeUsed, screenSource } from '../support/api-coverage';
import { closeBrowser, launchBrowser } from '../support/browser';
import { expectedMailArrived, makeNotifyingEvents } from '../support/crawl-events';
import { Crawler, type Lead, type Problem, type Visit } from '../support/crawler';
import { linksInMail } from '../support/mail-links';
import { type SmtpSink, startSmtpSink } from '../support/mail-sink';
import { samePattern } from '../support/route-pattern';
import { startServer, type TestServer } from '../support/server';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

let server: TestServer;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  [server] = await Promise.all([
    startServer({
      publicUrl: true,
      env: { PANTAU_SMTP_URL: sink.url, PANTAU_SCHEDULER_INTERVAL_SECONDS: '5' },
    }),
    launchBrowser(),
  ]);
  await makeNotifyingEvents(server.url);
  await waitForMail();
}, 180_000);

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
  await sink?.close();
});

/** Waits (polling the sink) until the mail the events send has been delivered by the scheduler. */
async function waitForMail(): Promise<void> {
  const until = Date.now() + 60_000;
  while (!expectedMailArrived(sink.received)) {
    if (Date.now() > until) {
      const to = sink.received.flatMap((mail) => mail.to);
      throw new Error(`the expected mail did not arrive within a minute; received for: ${to.join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Who reads mail sent to `address`: a demo account's role, else someone signed out. */
function readerOf(address: string): Visitor {
  const role = (Object.keys(DEMO_ACCOUNTS) as DemoRole[]).find((key) => DEMO_ACCOUNTS[key] === address);
  return role ?? 'public';
}

/** Every link the mail sink received, grouped by who follows it. */
function mailLeads(): Map<Visitor, Lead[]> {
  const leads = new Map<Visitor, Lead[]>();
  for (const mail of sink.received) {
    for (const address of mail.to) {
      const who = readerOf(address);
      const links = linksInMail(mail, server.url).map((url) => ({
        url,
        from: `e-mail "${mail.subject}" to ${address}`,
      }));
      leads.set(who, [...(leads.get(who) ?? []), ...links]);
    }
  }
  return leads;
}

interface CrawlReport {
  visits: Visit[];
  problems: Problem[];
  seconds: number;
}

let crawl: Promise<CrawlReport> | null = null;

/** Runs the crawl once for this file, whichever test asks first. */
function crawlOnce(): Promise<CrawlReport> {
  crawl ??= (async () => {
    const started = Date.now();
    const mail = mailLeads();
    const visitors = [...CRAWL_PLAN.visitors];
    const results: { visits: Visit[]; problems: Problem[] }[] = [];
    const worker = async () => {
      for (let plan = visitors.shift(); plan; plan = visitors.shift()) {
        const began = Date.now();
        const crawler = await Crawler.start(plan.who, server.url);
        try {
          await crawler.browse(plan.start);
          await crawler.follow([...(await crawler.notificationLeads()), ...(mail.get(plan.who) ?? [])]);
        } finally {
          await crawler.close();
        }
        results.push({ visits: crawler.visits, problems: crawler.problems });
        console.info(`${plan.who}: ${crawler.visits.length} addresses in ${Math.round((Date.now() - began) / 1000)} s`);
      }
    };
    await Promise.all(Array.from({ length: CRAWL_PLAN.concurrency }, worker));
    const report = {
      visits: results.flatMap((result) => result.visits),
      problems: results.flatMap((result) => result.problems),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    // What was visited, from where, and what was wrong: for a person reading a failure.
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'crawl-report.json'), JSON.stringify(report, null, 2));
    return report;
  })();
  return crawl;
}

function isKnown(problem: Problem, known: KnownProblem): boolean {
  return (
    known.kind === problem.kind &&
    (known.who === '*' || known.who === problem.who) &&
    samePattern(known.page, problem.pattern)
  );
}

/** The problems of `kinds` not in the known list, and the known entries of those kinds that matched nothing. */
function sortProblems(problems: readonly Problem[], kinds: readonly Problem['kind'][]) {
  const relevant = problems.filter((problem) => kinds.includes(problem.kind));
  const known = KNOWN_PROBLEMS.filter((entry) => kinds.includes(entry.kind));
  return {
    unexpected: relevant
      .filter((problem) => !known.some((entry) => isKnown(problem, entry)))
      .map(
        (problem) =>
          `${problem.who}: ${problem.kind} on ${problem.url} (reached from ${problem.from}): ${problem.detail}`,
      ),
    stale: known
      .filter((entry) => !relevant.some((problem) => isKnown(problem, entry)))
      .map((entry) => `${entry.who} ${entry.kind} ${entry.page} (${entry.fixedBy}) no longer happens: remove it`),
  };
}

const CRAWL_TIMEOUT_MS = 20 * 60_000;

describe('guarantees', () => {
  it(
    'every page each role reaches, and every link of its notifications and e-mails, lands',
    async () => {
      const report = await crawlOnce();
      console.info(
        `crawled ${report.visits.length} addresses (${report.visits.filter((v) => v.page).length} pages) in ${report.seconds} s`,
      );
      const { unexpected, stale } = sortProblems(report.problems, [
        'not-found',
        'failed',
        'console-error',
        'server-error',
        'broken-file',
        'foreign-link',
      ]);
      expect(unexpected, 'pages and links that do not land').toEqual([]);
      expect(stale, 'known-until-merged entries that no longer happen').toEqual([]);
      // Links that came by notification and e-mail were followed, as their reader.
      expect(report.visits.filter((visit) => visit.from.startsWith('notification')).length).toBeGreaterThan(0);
      expect(report.visits.filter((visit) => visit.from.startsWith('e-mail')).length).toBeGreaterThan(0);
    },
    CRAWL_TIMEOUT_MS,
  );

  it(
    'no page the crawler reaches scrolls sideways at 390 px (nor at 1280 px)',
    async () => {
      const report = await crawlOnce();
      const { unexpected, stale } = sortProblems(report.problems, ['sideways-scroll-390', 'sideways-scroll-1280']);
      expect(unexpected, 'pages wider than the screen').toEqual([]);
      expect(stale, 'known-until-merged entries that no longer happen').toEqual([]);
    },
    CRAWL_TIMEOUT_MS,
  );

  it(
    'every API operation is used by a screen the crawler reaches, or listed as for machine clients only',
    async () => {
      const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const operations = operationsOf(document);
      const listed = Object.keys(API_SCREENS);
      const awaiting = Object.keys(OPERATIONS_AWAITING_SCREENS);
      expect(
        operations.filter((operation) => !listed.includes(operation) && !awaiting.includes(operation)),
        'operations missing from guarantees/api-screens.ts',
      ).toEqual([]);
      expect(
        [...listed, ...awaiting].filter((name) => !operations.includes(name as (typeof operations)[number])),
        'entries naming an operation that no longer exists',
      ).toEqual([]);
      expect(
        awaiting.filter((name) => listed.includes(name)),
        'operations both listed and awaiting a screen: remove them from known-until-merged.ts',
      ).toEqual([]);

      const reached = new Set((await crawlOnce()).visits.filter((visit) => visit.page).map((visit) => visit.pattern));
      const source = screenSource();
      const problems: string[] = [];
      for (const [operation, coverage] of Object.entries(API_SCREENS)) {
        if ('machine' in coverage) {
          if (coverage.machine.trim().length < 10) problems.push(`${operation}: say why only machines call it`);
          continue;
        }
        if (coverage.screens.length === 0) problems.push(`${operation}: name a screen, or say why machines only`);
        for (const screen of coverage.screens) {
          if (!routeUsed(screen, reached))
            problems.push(`${operation}: screen ${screen} is not reached by the crawler`);
        }
        const path = operation.slice(operation.indexOf(' ') + 1);
        if (!operationUsedIn(path, source)) problems.push(`${operation}: no screen's code mentions ${path}`);
      }
      expect(problems, 'coverage entries that do not hold').toEqual([]);
    },
    CRAWL_TIMEOUT_MS,
  );
});
