/**
 * The national-scale dataset: every real province, kabupaten/kota and the demo K/L (≥ 600
 * institutions), several two-year periods of 40 outputs with a target in each of the 8 quarters,
 * dense realistic assignment, reporting history in every state up to today, evidence, accounts
 * and the live figures. Written straight into an empty database with the engines' bulk paths.
 *
 * What is real and what is not: evidence rows are metadata pointing at a pool of small real PDF
 * files (content-addressed, so ~1.5M rows share `EVIDENCE_FILES` files) or at links; the audit
 * chain holds one `bench.generate` entry per batch of `AUDIT_BATCH` reports rather than one per
 * row, so `pantau audit verify` passes on the result.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dateInZone, type InstitutionType, periodCode } from '@pantau/core';
import { type Kysely, sql } from 'kysely';
import { aksiIds, BENCH_PASSWORD, loadAccounts } from './national-accounts.js';
import { type DatasetReport, loadPeriod } from './national-period.js';
import {
  analyzeAfterLoad,
  bulkLoader,
  type Database,
  type DB,
  DEMO_KL,
  DEMO_SETTING,
  demoPdf,
  fillMissingFigures,
  fixedClock,
  hashPassword,
  type LocalBlobStore,
  loadRegions,
  recordAudit,
  seededRandom,
  systemActor,
} from './server.js';

/** Sizes of the dataset. */
export interface DatasetSize {
  /** Two-year periods, the last one the active period containing `asOf`. */
  periods: number;
  /** Outputs per period, each with a target in every quarter. */
  outputs: number;
}

export const NATIONAL_SIZE: DatasetSize = { periods: 4, outputs: 40 };

const EVIDENCE_FILES = 64;
const AUDIT_BATCH = 1000;
const SEED = 2026_0600;

/** What was written, with the time each phase took. */
export interface DatasetCounts {
  institutions: number;
  periods: number;
  outputs: number;
  targets: number;
  assignments: number;
  reports: number;
  reportsByState: Record<string, number>;
  reportEvents: number;
  evidence: number;
  evidenceFiles: number;
  users: number;
  auditEntries: number;
  asOf: string;
  activePeriod: string;
  /** CPU seconds the PostgreSQL backend spent on the load (0 for SQLite, which runs in this process). */
  engineCpuSeconds: number;
}

/** Loads the national dataset into the empty, migrated `database`; evidence files go to `blobs`. */
export async function generateNationalDataset(
  database: Database,
  blobs: LocalBlobStore,
  size: DatasetSize,
  now: Date,
  log: (line: string) => void,
): Promise<DatasetCounts> {
  const asOf = dateInZone(now);
  const year = Number(asOf.slice(0, 4));
  // Stranas PK periods start in odd years (2019–2020, …, 2025–2026).
  const activeStart = year % 2 === 1 ? year : year - 1;
  const files = await storeEvidenceFiles(blobs);
  const regions = await loadRegions();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const random = seededRandom(SEED);
  const clock = fixedClock(now);
  const at = `${activeStart - 2 * size.periods}-12-01T01:00:00.000Z`;
  const counts: DatasetCounts = {
    institutions: 0,
    periods: size.periods,
    outputs: 0,
    targets: 0,
    assignments: 0,
    reports: 0,
    reportsByState: {},
    reportEvents: 0,
    evidence: 0,
    evidenceFiles: files.length,
    users: 0,
    auditEntries: 0,
    asOf,
    activePeriod: periodCode(activeStart),
    engineCpuSeconds: 0,
  };

  await database.db.transaction().execute(async (trx) => {
    const engineCpu = await engineCpuMeter(database, trx);
    const load = bulkLoader(database, trx);
    const audit = async (action: string, change: Record<string, unknown>) => {
      await recordAudit(trx, clock, systemActor('bench'), { action, entity: 'dataset', entityId: 'national', change });
      counts.auditEntries++;
    };

    // Institutions with explicit ids: K/L, then provinces, then kabupaten/kota (parents first).
    const institutions: { id: number; code: string; type: InstitutionType; name: string; province: string | null }[] = [
      ...DEMO_KL.map((kl) => ({ code: kl.code, name: kl.name, type: 'kl' as InstitutionType, province: null })),
      ...regions
        .filter((r) => r.type === 'provinsi')
        .map((r) => ({ code: r.code, name: r.name, type: r.type as InstitutionType, province: r.provinceCode })),
      ...regions
        .filter((r) => r.type !== 'provinsi')
        .map((r) => ({ code: r.code, name: r.name, type: r.type as InstitutionType, province: r.provinceCode })),
    ].map((institution, i) => ({ id: i + 1, ...institution }));
    const provinceId = new Map(institutions.filter((i) => i.type === 'provinsi').map((i) => [i.code, i.id]));
    await load.insert(
      'institutions',
      institutions.map((i) => ({
        id: i.id,
        code: i.code,
        name: i.name,
        type: i.type,
        province_code: i.province,
        parent_id: i.type === 'kabupaten' || i.type === 'kota' ? (provinceId.get(i.province ?? '') ?? null) : null,
        created_at: at,
        updated_at: at,
      })),
    );
    counts.institutions = institutions.length;
    // Most institutions report diligently; a tail does not (what compliance figures must show).
    const diligence = new Map(institutions.map((i) => [i.id, 0.55 + 0.45 * Math.sqrt(random.next())]));

    // Secondary indexes of the big tables are built once at the end, not row by row.
    const rebuildIndexes = await load.deferIndexes(['reports', 'report_events', 'evidence']);
    const periodIds: number[] = [];
    let reportId = 0;
    for (let p = 0; p < size.periods; p++) {
      const startYear = activeStart - 2 * (size.periods - 1 - p);
      const started = Date.now();
      const period = await loadPeriod(trx, load, { startYear, size, institutions, asOf, random, diligence });
      counts.outputs += period.outputs;
      counts.targets += period.targets;
      counts.assignments += period.assignments;

      const timings = { history: 0, reports: 0, events: 0, evidence: 0 };
      let mark = performance.now();
      const lap = (phase: keyof typeof timings) => {
        const now = performance.now();
        timings[phase] += now - mark;
        mark = now;
      };
      for (const batch of period.reportBatches) {
        lap('history');
        const reports = batch.map((r) => ({ ...r, id: ++reportId }));
        await load.insert(
          'reports',
          reports.map(({ events: _events, evidence: _evidence, ...row }) => row),
        );
        lap('reports');
        await load.insert(
          'report_events',
          reports.flatMap((r) => r.events.map((e) => ({ ...e, report_id: r.id }))),
        );
        lap('events');
        const evidence = reports.flatMap((r) => [
          ...r.evidence.map((index) => evidenceRow(r.id, index, r, files)),
          // One report in six carries a second document for its first item (a photo, an annex).
          ...(r.id % 6 === 0 && r.evidence.length > 0
            ? [evidenceRow(r.id + 1, r.evidence[0] as number, r, files, r.id)]
            : []),
        ]);
        await load.insert('evidence', evidence);
        counts.evidence += evidence.length;
        lap('evidence');
        for (let i = 0; i < reports.length; i += AUDIT_BATCH) {
          const slice = reports.slice(i, i + AUDIT_BATCH);
          await audit('bench.generate.reports', {
            period: periodCode(startYear),
            first_report_id: slice[0]?.id,
            last_report_id: slice[slice.length - 1]?.id,
            reports: slice.length,
          });
        }
        for (const r of reports) {
          counts.reportsByState[r.state] = (counts.reportsByState[r.state] ?? 0) + 1;
          counts.reportEvents += r.events.length;
        }
        counts.reports += reports.length;
      }
      periodIds.push(period.id);
      log(
        `  period ${periodCode(startYear)}: ${counts.reports} reports so far (${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(
          timings,
        )
          .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)}`)
          .join(', ')})`,
      );
    }
    await load.syncIdentities(['institutions', 'reports']);
    let started = Date.now();
    await rebuildIndexes();
    log(`  indexes of reports, report_events, evidence built (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    started = Date.now();
    for (const periodId of periodIds) {
      await fillMissingFigures(
        trx,
        periodId,
        institutions.map((i) => i.id),
        `${asOf}T10:00:00.000Z`,
      );
    }
    log(`  live figures of every institution and quarter (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    counts.users = await loadAccounts(load, institutions, passwordHash, at, await aksiIds(trx));
    await trx.insertInto('settings').values({ key: DEMO_SETTING, value: 'true', updated_at: at }).execute();
    await audit('bench.generate', { ...counts, reportsByState: counts.reportsByState });
    counts.engineCpuSeconds = engineCpu();
  });
  await analyzeAfterLoad(database);
  return counts;
}

/**
 * CPU time of the PostgreSQL backend serving `trx` (same machine, read from /proc), so a run on a
 * busy machine still shows what the load cost; SQLite's work is this process's own CPU time.
 */
async function engineCpuMeter(database: Database, trx: Kysely<DB>): Promise<() => number> {
  if (database.dialect.name !== 'postgres') return () => 0;
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
  const pid = rows[0]?.pid;
  const read = () => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return Number.NaN;
    }
  };
  const start = read();
  return () => Math.round((read() - start) * 10) / 10;
}
interface EvidenceFile {
  sha256: string;
  size: number;
  fileName: string;
}

/** Small real PDFs in the evidence store, shared by every evidence row of the dataset. */
async function storeEvidenceFiles(blobs: LocalBlobStore): Promise<EvidenceFile[]> {
  const files: EvidenceFile[] = [];
  await mkdir(blobs.tempDir(), { recursive: true });
  for (let n = 1; n <= EVIDENCE_FILES; n++) {
    const content = demoPdf(`Bukti dukung nasional nomor ${n}`);
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (!(await blobs.has(sha256))) {
      const temp = join(blobs.tempDir(), `bench-${sha256}`);
      await writeFile(temp, content);
      await blobs.putFile(temp, sha256, content.length, 'application/pdf');
    }
    files.push({ sha256, size: content.length, fileName: `bukti-dukung-${n}.pdf` });
  }
  return files;
}

/** One evidence item of `reportId`: a file from the pool, or (one in three) a link; `variant` picks which. */
function evidenceRow(
  variant: number,
  index: number,
  report: DatasetReport,
  files: EvidenceFile[],
  reportId: number = variant,
) {
  const file = files[(variant * 7 + index) % files.length] as EvidenceFile;
  const asLink = (variant + index) % 3 === 0;
  return {
    report_id: reportId,
    kind: asLink ? 'link' : 'file',
    checklist_index: index,
    title: asLink ? `Tautan publikasi butir ${index + 1}` : file.fileName,
    file_sha256: asLink ? null : file.sha256,
    file_name: asLink ? null : file.fileName,
    file_size: asLink ? null : file.size,
    mime_type: asLink ? null : 'application/pdf',
    url: asLink ? `https://contoh.pantau.id/bukti/${reportId}/${index + 1}` : null,
    is_public: report.state === 'accepted' ? 1 : 0,
    created_by: null,
    created_at: report.created_at,
    removed_at: null,
    removed_by: null,
    removed_reason: null,
  };
}
