/**
 * The `katalog` sheet: one row per quarterly target (or per fokus/aksi/output without targets),
 * names optional where the entity already exists. Applied through the catalogue admin service; a
 * changed target becomes a new version with the reason "Impor <file>".
 */
import { type CatalogueRecord, cellProblem, type ImportProblem } from '@pantau/core';
import { upsertAksi, upsertFokus, upsertOutput, upsertTarget } from '../catalogue/catalogue-admin.service.js';
import type { ImportSession } from './import-session.js';
import type { KnownCodes } from './known-codes.js';

/** What the file itself defines, per period: codes given a name (and aksi given a fokus). */
function definitions(records: readonly CatalogueRecord[]) {
  const defs = new Map<
    string,
    { fokus: Set<string>; aksiNamed: Set<string>; aksiPlaced: Set<string>; outputs: Set<string> }
  >();
  for (const r of records) {
    let d = defs.get(r.period);
    if (!d) {
      d = { fokus: new Set(), aksiNamed: new Set(), aksiPlaced: new Set(), outputs: new Set() };
      defs.set(r.period, d);
    }
    if (r.fokus?.name) d.fokus.add(r.fokus.code);
    if (r.aksi?.name) d.aksiNamed.add(r.aksi.code);
    if (r.aksi?.fokusCode) d.aksiPlaced.add(r.aksi.code);
    if (r.output?.name) d.outputs.add(r.output.code);
  }
  return defs;
}

/** Problems of references: unknown periods, and codes neither in the database nor defined in the file. */
export function checkCatalogue(
  sheet: string,
  records: readonly CatalogueRecord[],
  known: KnownCodes,
  problems: ImportProblem[],
): void {
  const defs = definitions(records);
  for (const r of records) {
    const problem = (column: string, id: string, en: string) =>
      problems.push(cellProblem(sheet, r.row, column, { id, en }));
    if (!known.periods.has(r.period)) {
      problem(
        'periode',
        `periode ${r.period} tidak ada. Buat periodenya lebih dulu di Kerja › Periode dan triwulan (/kerja/periode, bagian "Periode baru") atau dengan \`pantau periods create --code ${r.period}\`.`,
        `period ${r.period} does not exist. Create it first under Work › Periods and quarters (/kerja/periode, "New period") or with \`pantau periods create --code ${r.period}\`.`,
      );
      continue;
    }
    const db = known.catalogue(r.period);
    const d = defs.get(r.period);
    const fokusKnown = (code: string) => db.fokus.has(code) || (d?.fokus.has(code) ?? false);
    const aksiKnown = (code: string) =>
      db.aksi.has(code) || ((d?.aksiNamed.has(code) ?? false) && (d?.aksiPlaced.has(code) ?? false));
    if (r.fokus && !fokusKnown(r.fokus.code)) {
      problem(
        'kode_fokus',
        `fokus ${r.fokus.code} belum ada pada periode ${r.period}: isi nama_fokus untuk membuatnya.`,
        `fokus ${r.fokus.code} does not exist in period ${r.period}: give nama_fokus to create it.`,
      );
    }
    if (r.aksi && !aksiKnown(r.aksi.code)) {
      problem(
        'kode_aksi',
        `aksi ${r.aksi.code} belum ada pada periode ${r.period}: isi nama_aksi dan kode_fokus untuk membuatnya.`,
        `aksi ${r.aksi.code} does not exist in period ${r.period}: give nama_aksi and kode_fokus to create it.`,
      );
    } else if (r.output && !aksiKnown(r.output.aksiCode)) {
      problem(
        r.aksi ? 'kode_aksi' : 'kode_output',
        `aksi ${r.output.aksiCode} (induk output ${r.output.code}) tidak dikenal pada periode ${r.period}.`,
        `aksi ${r.output.aksiCode} (parent of output ${r.output.code}) is unknown in period ${r.period}.`,
      );
    }
    if (r.output && !db.outputs.has(r.output.code) && !d?.outputs.has(r.output.code)) {
      problem(
        'nama_output',
        `output ${r.output.code} belum ada pada periode ${r.period}: isi nama_output untuk membuatnya.`,
        `output ${r.output.code} does not exist in period ${r.period}: give nama_output to create it.`,
      );
    }
  }
  for (const [period, d] of defs) {
    if (!known.periods.has(period)) continue;
    const codes = known.catalogue(period);
    for (const code of d.fokus) codes.fokus.add(code);
    for (const code of d.aksiNamed) codes.aksi.add(code);
    for (const code of d.outputs) codes.outputs.add(code);
  }
}

/** Creates or changes fokus, aksi, outputs and targets, each entity once, in the order of the file. */
export async function applyCatalogue(session: ImportSession, records: readonly CatalogueRecord[], known: KnownCodes) {
  const { trx, actor } = session;
  const { clock } = session.context;
  for (const periodCode of new Set(records.map((r) => r.period))) {
    const period = known.periods.get(periodCode);
    if (!period) continue;
    const rows = records.filter((r) => r.period === periodCode);
    const fokus = new Map<string, string>();
    const aksi = new Map<string, { name: string | null; fokusCode: string | null }>();
    const outputs = new Map<string, string | null>();
    for (const r of rows) {
      if (r.fokus?.name && !fokus.has(r.fokus.code)) fokus.set(r.fokus.code, r.fokus.name);
      if (r.aksi && (r.aksi.name || r.aksi.fokusCode)) {
        const seen = aksi.get(r.aksi.code);
        aksi.set(r.aksi.code, {
          name: seen?.name ?? r.aksi.name,
          fokusCode: seen?.fokusCode ?? r.aksi.fokusCode,
        });
      }
      if (r.output?.name && !outputs.has(r.output.code)) outputs.set(r.output.code, r.output.name);
    }
    for (const [code, name] of fokus) {
      session.count('fokus', (await upsertFokus(trx, clock, actor, period, { code, name })).status);
    }
    for (const [code, input] of aksi) {
      session.count('aksi', (await upsertAksi(trx, clock, actor, period, { code, ...input })).status);
    }
    for (const [code, name] of outputs) {
      session.count('output', (await upsertOutput(trx, clock, actor, period, { code, name })).status);
    }
    for (const r of rows) {
      if (!r.target || !r.output) continue;
      const result = await upsertTarget(
        trx,
        clock,
        actor,
        period,
        {
          outputCode: r.output.code,
          quarter: r.target.quarter,
          content: r.target.content,
          reason: `Impor ${session.fileName}`,
        },
        session.figures,
      );
      session.count('target', result.status);
    }
  }
}
