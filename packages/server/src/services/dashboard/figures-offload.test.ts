/**
 * Dashboard figures (national, province, institution) computed in a worker thread with its own
 * read-only connection to the SQLite file equal those computed in the serving thread, errors
 * included; with staleness allowed, a read during writes answers from the kept view, and once
 * writes stop the figures equal a full recomputation. Needs
 * the compiled worker (`npm run build`), as the served-process tests do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import { type Database, openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { AppError } from '../../errors.js';
import { buildTestApp } from '../../test-support/app.js';
import { testContext } from '../../test-support/context.js';
import { acceptedReport, type Cycle, startCycle } from '../../test-support/cycle.js';
import { runDashboardScenario } from '../../test-support/dashboard-scenario.js';
import {
  computeInstitutionView,
  computeNationalView,
  computeProvinceView,
  institutionView,
  nationalView,
  provinceView,
} from './dashboard.service.js';
import { frameOf, resolveShown } from './dashboard-frame.service.js';
import { recomputationsSettled } from './dashboard-memo.js';
import { offloaded, offloads } from './figures-offload.js';

const LONG = 365 * 86_400_000;
const withoutTime = <T extends { figuresAt?: string }>({ figuresAt: _at, ...view }: T) => view;

describe('national figures computed off the serving thread (SQLite file)', () => {
  let dir = '';
  let database: Database;
  let app: FastifyInstance;
  let cycle: Cycle;
  let context: AppContext;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pantau-figures-'));
    database = openDatabase(`sqlite:${join(dir, 'pantau.db')}`);
    await migrateToLatest(database);
    app = await buildTestApp(database, clock, { sessionIdleMs: LONG, sessionMaxMs: LONG });
    cycle = await startCycle(app, database, clock);
    await runDashboardScenario(app, cycle, clock);
    context = testContext(database, clock, { figuresMaxStaleMs: 5000 });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const inThread = async (quarter: number) => {
    const shown = await resolveShown(context, { period: '2025-2026', quarter });
    return computeNationalView(context, await frameOf(context, shown));
  };

  it('gives the same national figures in the worker thread as in the serving thread', async () => {
    expect(offloads(context)).toBe(true);
    for (const quarter of [2, 4, 5]) {
      const shown = await resolveShown(context, { period: '2025-2026', quarter });
      const inWorker = await offloaded(context, { kind: 'national', shown }, () => {
        throw new Error('computed in the serving thread');
      });
      expect(inWorker).toEqual(await inThread(quarter));
    }
  });

  it('gives the same province and institution views in the worker thread, and the same 404', async () => {
    const notHere = () => {
      throw new Error('computed in the serving thread');
    };
    const shown = await resolveShown(context, { period: '2025-2026', quarter: 4 });
    const frame = await frameOf(context, shown);
    const institution = await findInstitutionByCode(database.db, '33.74');
    if (!institution) throw new Error('no institution 33.74 in the scenario');
    expect(await offloaded(context, { kind: 'province', shown, code: '33' }, notHere)).toEqual(
      await computeProvinceView(database.db, frame, '33'),
    );
    expect(await offloaded(context, { kind: 'institution', shown, institution }, notHere)).toEqual(
      await computeInstitutionView(database.db, frame, institution),
    );
    const missing = offloaded(context, { kind: 'province', shown, code: '99' }, notHere);
    // The error handler answers an AppError with its status and text: a 404, as from this thread.
    await expect(missing).rejects.toBeInstanceOf(AppError);
    await expect(missing).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
      text: { id: 'Provinsi tidak ditemukan.', en: 'Province not found.' },
    });
  });

  it('stores missing figures in the serving thread first: the worker only reads', async () => {
    const shown = await resolveShown(context, { period: '2025-2026', quarter: 4 });
    const institution = await findInstitutionByCode(database.db, '33.74');
    if (!institution) throw new Error('no institution 33.74 in the scenario');
    const stored = () =>
      database.db
        .selectFrom('institution_figures')
        .select('quarter_number')
        .where('institution_id', '=', institution.id);
    const before = await stored().execute();
    await database.db.deleteFrom('institution_figures').where('institution_id', '=', institution.id).execute();
    const inWorker = await offloaded(context, { kind: 'institution', shown, institution }, () => {
      throw new Error('computed in the serving thread');
    });
    expect(await stored().execute()).toHaveLength(before.length);
    expect(inWorker).toEqual(await computeInstitutionView(database.db, await frameOf(context, shown), institution));
  });

  it('holds the process open only while a task is pending, so a command exits when done', async () => {
    const shown = await resolveShown(context, { period: '2025-2026', quarter: 4 });
    await offloaded(context, { kind: 'national', shown }, () => {
      throw new Error('computed in the serving thread');
    });
    // An idle worker thread's message port would keep `pantau report …` running until the thread ends.
    expect(process.getActiveResourcesInfo()).not.toContain('MessagePort');
  });

  it('serves the kept view during writes and equals a full recomputation once they stop', async () => {
    const query = { period: '2025-2026', quarter: 4 };
    const before = await nationalView(context, query);
    expect(before.figuresAt).toBeDefined();
    await acceptedReport(app, cycle, '7.1-TW4', 90);
    // Within the bound, the kept view answers at once, and a recomputation starts.
    const during = await nationalView(context, query);
    expect(during.figuresAt).toBe(before.figuresAt);
    await recomputationsSettled(database.db);
    const after = await nationalView(context, query);
    const { figuresAt: _at, ...figures } = after;
    expect(figures).toEqual(await inThread(4));
    expect(figures.headline.verified).toBeGreaterThan(before.headline.verified);
  });

  it('keeps the province and institution views within the bound too, exact once writes stop', async () => {
    const query = { period: '2025-2026', quarter: 4 };
    const views = () => Promise.all([provinceView(context, '33', query), institutionView(context, '33.74', query)]);
    const before = await views();
    for (const view of before) expect(view.figuresAt).toBeDefined();
    await acceptedReport(app, cycle, '9.1-TW4', 80);
    // Observers polling during a rush share the kept view; one recomputation starts.
    const during = await views();
    expect(during.map((v) => v.figuresAt)).toEqual(before.map((v) => v.figuresAt));
    expect(during[0].province.verified).toBe(before[0].province.verified);
    await recomputationsSettled(database.db);
    const [province, institution] = await views();
    expect(province.province.verified).toBe(before[0].province.verified + 1);
    const exact = testContext(database, clock);
    expect(withoutTime(province)).toEqual(withoutTime(await provinceView(exact, '33', query)));
    expect(withoutTime(institution)).toEqual(withoutTime(await institutionView(exact, '33.74', query)));
  });
});
