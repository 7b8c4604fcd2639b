/**
 * Creating and changing a period's catalogue by stable codes — fokus, aksi, outputs, targets — for
 * the admin API and the spreadsheet import alike. Idempotent: the same input again changes
 * nothing and records nothing. A changed target becomes a new version (reorganisasi target).
 */
import { targetCode as codeOfTarget, type TargetContent, type UpsertStatus } from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { insertAksi, insertFokus, insertOutput, insertTarget } from '../../db/repositories/catalogue.repository.js';
import {
  findAksi,
  findFokus,
  findOutput,
  updateAksi,
  updateFokus,
  updateOutput,
} from '../../db/repositories/catalogue-admin.repository.js';
import { listInstitutionsOfOutput } from '../../db/repositories/figures.repository.js';
import { findTargetByCode, findTargetVersion } from '../../db/repositories/target.repository.js';
import type { TargetVersionTable } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { ValidationError } from '../../errors.js';
import { PendingFigures } from '../figures/pending-figures.js';
import { requirePeriod } from '../periods/period.service.js';
import { impactColumnsOf, sameImpactIndicator } from './impact-indicator.js';
import { applyTargetRevision } from './target.service.js';

/** The period an upsert works in. */
export interface PeriodRef {
  id: number;
  code: string;
}

/** What an upsert did, and the id of the row. */
export interface Upserted {
  id: number;
  status: UpsertStatus;
}

/** Creates a fokus or renames it. Audited when something changes. */
export async function upsertFokus(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  period: PeriodRef,
  input: { code: string; name: string },
): Promise<Upserted> {
  const existing = await findFokus(trx, period.id, input.code);
  if (existing?.name === input.name) return { id: existing.id, status: 'unchanged' };
  const change = { period: period.code, code: input.code, name: input.name };
  if (!existing) {
    const id = await insertFokus(trx, { period_id: period.id, code: input.code, name: input.name });
    await recordAudit(trx, clock, actor, { action: 'fokus.create', entity: 'fokus', entityId: id, change });
    return { id, status: 'created' };
  }
  await updateFokus(trx, existing.id, input.name);
  await recordAudit(trx, clock, actor, {
    action: 'fokus.update',
    entity: 'fokus',
    entityId: existing.id,
    change: { ...change, before: { name: existing.name } },
  });
  return { id: existing.id, status: 'updated' };
}

/**
 * Creates an aksi, renames it or moves it to another fokus. A missing name or fokus keeps the
 * stored one; a new aksi needs both.
 */
export async function upsertAksi(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  period: PeriodRef,
  input: { code: string; name: string | null; fokusCode: string | null },
): Promise<Upserted> {
  const existing = await findAksi(trx, period.id, input.code);
  const fokus = input.fokusCode === null ? undefined : await findFokus(trx, period.id, input.fokusCode);
  if (input.fokusCode !== null && !fokus) {
    throw new ValidationError({
      id: `Fokus ${input.fokusCode} tidak ada pada periode ${period.code}.`,
      en: `There is no fokus ${input.fokusCode} in period ${period.code}.`,
    });
  }
  const name = input.name ?? existing?.name;
  const fokusId = fokus?.id ?? existing?.fokus_id;
  if (name === undefined || fokusId === undefined) {
    throw new ValidationError({
      id: `Aksi ${input.code} belum ada pada periode ${period.code}: sebutkan nama dan fokusnya.`,
      en: `Aksi ${input.code} does not exist in period ${period.code}: give its name and fokus.`,
    });
  }
  if (existing && existing.name === name && existing.fokus_id === fokusId) {
    return { id: existing.id, status: 'unchanged' };
  }
  const change = { period: period.code, code: input.code, name, fokus: fokus?.code ?? existing?.fokus_code };
  if (!existing) {
    const id = await insertAksi(trx, { period_id: period.id, fokus_id: fokusId, code: input.code, name });
    await recordAudit(trx, clock, actor, { action: 'aksi.create', entity: 'aksi', entityId: id, change });
    return { id, status: 'created' };
  }
  await updateAksi(trx, existing.id, { name, fokus_id: fokusId });
  await recordAudit(trx, clock, actor, {
    action: 'aksi.update',
    entity: 'aksi',
    entityId: existing.id,
    change: { ...change, before: { name: existing.name, fokus: existing.fokus_code } },
  });
  return { id: existing.id, status: 'updated' };
}

/** Creates an output under the aksi its code names (3.2 → aksi 3), or renames it. */
export async function upsertOutput(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  period: PeriodRef,
  input: { code: string; name: string | null },
): Promise<Upserted> {
  const existing = await findOutput(trx, period.id, input.code);
  if (existing && (input.name === null || existing.name === input.name)) {
    return { id: existing.id, status: 'unchanged' };
  }
  const aksiCode = input.code.split('.')[0] as string;
  const change = { period: period.code, code: input.code, name: input.name, aksi: aksiCode };
  if (!existing) {
    const aksi = await findAksi(trx, period.id, aksiCode);
    if (!aksi) {
      throw new ValidationError({
        id: `Aksi ${aksiCode} (induk output ${input.code}) tidak ada pada periode ${period.code}.`,
        en: `Aksi ${aksiCode} (parent of output ${input.code}) does not exist in period ${period.code}.`,
      });
    }
    if (input.name === null) {
      throw new ValidationError({
        id: `Output ${input.code} belum ada: sebutkan namanya.`,
        en: `Output ${input.code} does not exist yet: give its name.`,
      });
    }
    const id = await insertOutput(trx, { period_id: period.id, aksi_id: aksi.id, code: input.code, name: input.name });
    await recordAudit(trx, clock, actor, { action: 'output.create', entity: 'output', entityId: id, change });
    return { id, status: 'created' };
  }
  await updateOutput(trx, existing.id, input.name as string);
  await recordAudit(trx, clock, actor, {
    action: 'output.update',
    entity: 'output',
    entityId: existing.id,
    change: { ...change, before: { name: existing.name } },
  });
  return { id: existing.id, status: 'updated' };
}

/** Whether a stored target version says exactly `content`. */
export function sameTargetContent(
  stored: Pick<
    TargetVersionTable,
    | 'success_measure'
    | 'evidence_checklist'
    | 'weight'
    | 'impact_name'
    | 'impact_unit'
    | 'impact_baseline'
    | 'impact_target'
    | 'impact_direction'
    | 'impact_source'
  >,
  content: TargetContent,
): boolean {
  return (
    stored.success_measure === content.successMeasure &&
    stored.evidence_checklist === JSON.stringify(content.evidenceChecklist) &&
    stored.weight === content.weight &&
    sameImpactIndicator(stored, content.impact)
  );
}

/**
 * Creates a quarterly target of an output (version 1) or, when its content differs, revises it
 * (a new version with `reason`; required then). Institutions whose figures change are queued.
 */
export async function upsertTarget(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  period: PeriodRef,
  input: { outputCode: string; quarter: number; content: TargetContent; reason: string | null },
  figures: PendingFigures,
): Promise<Upserted & { version: number }> {
  const code = codeOfTarget(input.outputCode, input.quarter);
  const existing = await findTargetByCode(trx, period.id, code);
  if (existing) {
    const current = await findTargetVersion(trx, existing.id, existing.current_version);
    if (current && sameTargetContent(current, input.content)) {
      return { id: existing.id, status: 'unchanged', version: existing.current_version };
    }
    if (!input.reason) {
      throw new ValidationError({
        id: `Target ${code} sudah ada: perubahan menjadi versi baru dan wajib disertai alasan.`,
        en: `Target ${code} exists: a change becomes a new version and needs a reason.`,
      });
    }
    const version = await applyTargetRevision(
      trx,
      clock,
      actor,
      period,
      existing,
      { ...input.content, reason: input.reason },
      figures,
    );
    return { id: existing.id, status: 'updated', version };
  }
  const output = await findOutput(trx, period.id, input.outputCode);
  if (!output) {
    throw new ValidationError({
      id: `Output ${input.outputCode} tidak ada pada periode ${period.code}.`,
      en: `There is no output ${input.outputCode} in period ${period.code}.`,
    });
  }
  const { content } = input;
  const at = clock.now().toISOString();
  const id = await insertTarget(
    trx,
    { period_id: period.id, output_id: output.id, quarter_number: input.quarter, code, current_version: 1 },
    {
      version: 1,
      success_measure: content.successMeasure,
      evidence_checklist: JSON.stringify(content.evidenceChecklist),
      weight: content.weight,
      ...impactColumnsOf(content.impact),
      reason: null,
      created_at: at,
    },
  );
  await recordAudit(trx, clock, actor, {
    action: 'target.create',
    entity: 'target',
    entityId: id,
    change: { period: period.code, target: code, version: 1, ...content },
  });
  // A new target is due from the institutions already carrying its output.
  figures.add(period.id, await listInstitutionsOfOutput(trx, output.id));
  return { id, status: 'created', version: 1 };
}

/** Runs `work` in a transaction on the period `periodCode`, then refreshes the figures it queued. */
async function inPeriod<T>(
  context: AppContext,
  periodCode: string,
  work: (trx: Executor, period: PeriodRef, figures: PendingFigures) => Promise<T>,
): Promise<T> {
  return transaction(context.database.db, async (trx) => {
    const period = await requirePeriod(trx, periodCode);
    const figures = new PendingFigures();
    const result = await work(trx, period, figures);
    await figures.flush(trx, context.clock.now().toISOString());
    return result;
  });
}

/** PUT a fokus. */
export function putFokus(context: AppContext, actor: Actor, periodCode: string, code: string, name: string) {
  return inPeriod(context, periodCode, async (trx, period) => {
    const { status } = await upsertFokus(trx, context.clock, actor, period, { code, name });
    return { code, name, status };
  });
}

/** PUT an aksi. */
export function putAksi(
  context: AppContext,
  actor: Actor,
  periodCode: string,
  code: string,
  input: { fokusCode: string; name: string },
) {
  return inPeriod(context, periodCode, async (trx, period) => {
    const { status } = await upsertAksi(trx, context.clock, actor, period, { code, ...input });
    return { code, fokusCode: input.fokusCode, name: input.name, status };
  });
}

/** PUT an output. */
export function putOutput(context: AppContext, actor: Actor, periodCode: string, code: string, name: string) {
  return inPeriod(context, periodCode, async (trx, period) => {
    const { status } = await upsertOutput(trx, context.clock, actor, period, { code, name });
    return { code, aksiCode: code.split('.')[0] as string, name, status };
  });
}

/** PUT a target by its code (1.2-TW4). */
export function putTarget(
  context: AppContext,
  actor: Actor,
  periodCode: string,
  code: string,
  input: TargetContent & { reason?: string | undefined },
) {
  const [outputCode, quarterText] = code.split('-TW') as [string, string];
  const quarter = Number(quarterText);
  const { reason, ...content } = input;
  return inPeriod(context, periodCode, async (trx, period, figures) => {
    const result = await upsertTarget(
      trx,
      context.clock,
      actor,
      period,
      { outputCode, quarter, content, reason: reason ?? null },
      figures,
    );
    return { code, outputCode, quarter, version: result.version, status: result.status, ...content };
  });
}
