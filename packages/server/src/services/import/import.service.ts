/**
 * Spreadsheet import (issue #8): read an XLSX or CSV file, check every row — form in
 * `@pantau/core`, references against the database and the file itself — and list every problem
 * with sheet, row and column. Only a file without problems is applied, in one transaction: all or
 * nothing. A dry run applies it too and rolls back, so its summary is exactly what a commit would
 * do. Idempotent by stable codes: the same file again changes nothing and records nothing.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import {
  IMPORT_ORDER,
  type ImportCounts,
  type ImportKind,
  type ImportProblem,
  type ImportResultDto,
  type ImportTarget,
  readAssignmentSheet,
  readCatalogueSheet,
  readInstitutionSheet,
  readUnitSheet,
  readUserSheet,
} from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { PendingFigures } from '../figures/pending-figures.js';
import { applyAssignments, checkAssignments } from './import-assignments.js';
import { applyCatalogue, checkCatalogue } from './import-catalogue.js';
import { readImportFile } from './import-file.js';
import { applyInstitutions, checkInstitutions } from './import-institutions.js';
import { type ImportEntity, ImportSession, type Invitation } from './import-session.js';
import { applyUnits, checkUnits } from './import-units.js';
import { applyUsers, checkUsers } from './import-users.js';
import { KnownCodes } from './known-codes.js';

/** The outcome of an import, with problems in both languages. */
export interface ImportOutcome {
  kind: ImportTarget;
  dryRun: boolean;
  committed: boolean;
  file: { name: string; sha256: string; rows: number };
  problems: ImportProblem[];
  summary: ImportCounts;
  details: Partial<Record<ImportEntity, ImportCounts>>;
  invitations: Invitation[];
}

/** The records of every sheet of a file, by kind. */
interface Records {
  institutions?: ReturnType<typeof readInstitutionSheet>['records'];
  units?: ReturnType<typeof readUnitSheet>['records'];
  catalogue?: ReturnType<typeof readCatalogueSheet>['records'];
  assignments?: ReturnType<typeof readAssignmentSheet>['records'];
  users?: ReturnType<typeof readUserSheet>['records'];
}

const READERS = {
  institutions: readInstitutionSheet,
  units: readUnitSheet,
  catalogue: readCatalogueSheet,
  assignments: readAssignmentSheet,
  users: readUserSheet,
} as const;

/** Thrown inside the transaction of a dry run, so everything it did is rolled back. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run');
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function total(details: ImportOutcome['details']): ImportCounts {
  const sum = { create: 0, update: 0, unchanged: 0 };
  for (const counts of Object.values(details)) {
    sum.create += counts.create;
    sum.update += counts.update;
    sum.unchanged += counts.unchanged;
  }
  return sum;
}

/** Periods the records name, to load their catalogues. */
function periodsOf(records: Records): Set<string> {
  const periods = new Set<string>();
  for (const r of records.catalogue ?? []) periods.add(r.period);
  for (const r of records.assignments ?? []) periods.add(r.period);
  for (const r of records.users ?? []) if (r.period) periods.add(r.period);
  return periods;
}

/**
 * Imports the file at `filePath` as `kind` (or `all` sheets of a workbook) on behalf of `actor`.
 * With `dryRun`, nothing is saved. The benchmark calls this directly.
 */
export async function importSpreadsheet(
  context: AppContext,
  actor: Actor,
  kind: ImportTarget,
  filePath: string,
  options: { dryRun: boolean; fileName?: string | undefined },
): Promise<ImportOutcome> {
  const fileName = options.fileName ?? basename(filePath);
  const [sha256, file] = await Promise.all([sha256Of(filePath), readImportFile(filePath, kind)]);
  const problems = [...file.problems];
  const sheets = new Map<ImportKind, string>();
  const records: Records = {};
  let rows = 0;
  for (const k of IMPORT_ORDER) {
    const table = file.tables[k];
    if (!table) continue;
    sheets.set(k, table.name);
    rows += table.rows.length;
    const result = READERS[k](table);
    for (const problem of result.problems) problems.push(problem);
    (records as Record<ImportKind, unknown>)[k] = result.records;
    // From here on the records carry what is needed: the cells of 100,000 rows need not stay.
    table.rows = [];
  }
  const outcome = (fields: Partial<ImportOutcome>): ImportOutcome => ({
    kind,
    dryRun: options.dryRun,
    committed: false,
    file: { name: fileName, sha256, rows },
    problems,
    summary: { create: 0, update: 0, unchanged: 0 },
    details: {},
    invitations: [],
    ...fields,
  });
  if (file.problems.length > 0) return outcome({});

  const { db } = context.database;
  const known = await KnownCodes.load(db, periodsOf(records));
  const sheet = (k: ImportKind) => sheets.get(k) as string;
  if (records.institutions) await checkInstitutions(sheet('institutions'), records.institutions, known, problems);
  if (records.units) checkUnits(sheet('units'), records.units, known, problems);
  if (records.catalogue) checkCatalogue(sheet('catalogue'), records.catalogue, known, problems);
  if (records.assignments) checkAssignments(sheet('assignments'), records.assignments, known, problems);
  if (records.users) checkUsers(sheet('users'), records.users, known, problems);
  if (problems.length > 0) return outcome({ problems: sortProblems(problems, sheets) });

  try {
    return await transaction(db, async (trx) => {
      const session = new ImportSession(trx, context, actor, fileName, new PendingFigures());
      if (records.institutions) await applyInstitutions(session, records.institutions);
      if (records.units) await applyUnits(session, records.units);
      if (records.catalogue) await applyCatalogue(session, records.catalogue, known);
      if (records.assignments) await applyAssignments(session, records.assignments, known);
      if (records.users) await applyUsers(session, records.users, known);
      const at = context.clock.now().toISOString();
      await session.figures.flush(trx, at);
      const details = Object.fromEntries(
        IMPORT_ORDER.flatMap((k) => (records[k] ? ENTITIES[k] : [])).map((e) => [
          e,
          session.details[e] ?? { create: 0, update: 0, unchanged: 0 },
        ]),
      );
      const summary = total(details);
      if (session.changed) {
        await recordAudit(trx, context.clock, actor, {
          action: 'import.commit',
          entity: 'import',
          entityId: sha256.slice(0, 16),
          change: { kind, file: fileName, sha256, rows, summary, details },
        });
      }
      const result = outcome({ summary, details, committed: !options.dryRun, invitations: session.invitations });
      if (options.dryRun) throw new DryRunRollback({ ...result, invitations: [] });
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    // Checked rows can still clash with a change made meanwhile: report it, nothing was saved.
    if (error instanceof AppError) {
      return outcome({ problems: [{ sheet: '', row: null, column: null, message: error.text }] });
    }
    throw error;
  }
}

const ENTITIES: Record<ImportKind, ImportEntity[]> = {
  institutions: ['institution'],
  units: ['unit'],
  catalogue: ['fokus', 'aksi', 'output', 'target'],
  assignments: ['assignment'],
  users: ['user'],
};

/** Problems in file order: by sheet (in import order), then row. */
function sortProblems(problems: ImportProblem[], sheets: Map<ImportKind, string>): ImportProblem[] {
  const order = [...sheets.values()];
  return [...problems].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}

/** Problems an answer lists at most: a file wrong on every one of 100,000 rows still answers briefly. */
const LISTED_PROBLEMS = 1000;

/** The outcome as the API and the CLI answer it: messages in the caller's language, at most 1,000 problems. */
export function localiseImportOutcome(outcome: ImportOutcome, locale: 'id' | 'en'): ImportResultDto {
  return {
    ...outcome,
    problems: outcome.problems.slice(0, LISTED_PROBLEMS).map((p) => ({ ...p, message: p.message[locale] })),
    problemCount: outcome.problems.length,
    details: outcome.details as Record<string, ImportCounts>,
  };
}
