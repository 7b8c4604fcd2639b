/**
 * Running the quarters: open, change deadlines, grant an institution an extension, and close with
 * the field-verification sample drawn from a published seed (the audit chain head at close).
 */
import { defaultSampleSize, drawSample, isIsoDate, sampleKey, triwulanLabel } from '@pantau/core';
import type { Actor, UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { getAuditHead } from '../../db/repositories/audit.repository.js';
import {
  findFieldSample,
  insertFieldChecks,
  insertFieldSample,
  listAcceptedForSample,
  listFieldChecks,
} from '../../db/repositories/field.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import {
  activatePeriod,
  countQuarterInstitutions,
  findQuarter,
  updateQuarter,
  upsertExtension,
} from '../../db/repositories/period.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { getPeriod, requirePeriod } from './period.service.js';

async function requireQuarter(db: Executor, periodCode: string, number: number) {
  const period = await requirePeriod(db, periodCode);
  const quarter = await findQuarter(db, period.id, number);
  if (!quarter) throw new NotFoundError({ id: 'Triwulan tidak ditemukan.', en: 'Quarter not found.' });
  return { period, quarter };
}

/** Opens a quarter: its targets become visible to the institutions that carry them. */
export async function openQuarter(context: AppContext, actor: UserActor, periodCode: string, number: number) {
  const { db } = context.database;
  const { period, quarter } = await requireQuarter(db, periodCode, number);
  if (quarter.status !== 'planned') {
    throw new ConflictError('quarter_not_planned', {
      id: `${triwulanLabel(number)} sudah ${quarter.status === 'open' ? 'dibuka' : 'ditutup'}.`,
      en: `${triwulanLabel(number)} is already ${quarter.status}.`,
    });
  }
  await transaction(db, async (trx) => {
    const at = context.clock.now().toISOString();
    await updateQuarter(trx, quarter.id, { status: 'open', opened_at: at });
    // A draft period becomes active with its first opened quarter.
    if (period.status === 'draft') await activatePeriod(trx, period.id, at);
    await recordAudit(trx, context.clock, actor, {
      action: 'quarter.open',
      entity: 'quarter',
      entityId: quarter.id,
      change: { period: periodCode, quarter: number, ...(period.status === 'draft' ? { period_activated: true } : {}) },
    });
  });
  return getPeriod(db, context.clock, periodCode);
}

/** Changes a quarter's reporting deadline or verification window. */
export async function updateQuarterDates(
  context: AppContext,
  actor: UserActor,
  periodCode: string,
  number: number,
  input: { deadline?: string | undefined; verificationEndsOn?: string | undefined; reason: string },
) {
  const { db } = context.database;
  const { period, quarter } = await requireQuarter(db, periodCode, number);
  const deadline = input.deadline ?? quarter.deadline;
  const verificationEndsOn = input.verificationEndsOn ?? quarter.verification_ends_on;
  if (deadline <= quarter.ends_on) {
    throw new ValidationError(
      {
        id: `Tenggat harus setelah akhir triwulan (${quarter.ends_on}).`,
        en: `The deadline must fall after the quarter ends (${quarter.ends_on}).`,
      },
      [{ path: 'deadline', message: deadline }],
    );
  }
  if (verificationEndsOn < deadline) {
    throw new ValidationError({
      id: 'Batas verifikasi tidak boleh sebelum tenggat pelaporan.',
      en: 'Verification cannot end before the reporting deadline.',
    });
  }
  const impact = await countQuarterInstitutions(db, period.id, number);
  await transaction(db, async (trx) => {
    await updateQuarter(trx, quarter.id, { deadline, verification_ends_on: verificationEndsOn });
    await recordAudit(trx, context.clock, actor, {
      action: 'quarter.dates',
      entity: 'quarter',
      entityId: quarter.id,
      change: {
        before: { deadline: quarter.deadline, verification_ends_on: quarter.verification_ends_on },
        after: { deadline, verification_ends_on: verificationEndsOn },
        reason: input.reason,
        institutions: impact.institutions,
      },
    });
  });
  return getPeriod(db, context.clock, periodCode);
}

/** Who a change of the quarter's dates reaches: the institutions carrying its targets. */
export async function quarterImpact(context: AppContext, periodCode: string, number: number) {
  const { period } = await requireQuarter(context.database.db, periodCode, number);
  return {
    period: periodCode,
    quarter: number,
    ...(await countQuarterInstitutions(context.database.db, period.id, number)),
  };
}

/** Gives one institution a later deadline for a quarter. */
export async function grantExtension(
  context: AppContext,
  actor: UserActor,
  periodCode: string,
  number: number,
  institutionCode: string,
  input: { deadline: string; reason: string },
) {
  const { db } = context.database;
  const { period, quarter } = await requireQuarter(db, periodCode, number);
  const institution = await findInstitutionByCode(db, institutionCode);
  if (!institution)
    throw new NotFoundError({
      id: `Instansi ${institutionCode} tidak ditemukan.`,
      en: `No institution ${institutionCode}.`,
    });
  if (!isIsoDate(input.deadline) || input.deadline <= quarter.deadline) {
    throw new ValidationError({
      id: `Perpanjangan harus setelah tenggat triwulan (${quarter.deadline}).`,
      en: `An extension must fall after the quarter's deadline (${quarter.deadline}).`,
    });
  }
  await transaction(db, async (trx) => {
    const at = context.clock.now().toISOString();
    await upsertExtension(trx, {
      period_id: period.id,
      quarter_number: number,
      institution_id: institution.id,
      deadline: input.deadline,
      reason: input.reason,
      created_by: actor.userId,
      created_at: at,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'quarter.extension',
      entity: 'institution',
      entityId: institution.id,
      change: { period: periodCode, quarter: number, deadline: input.deadline, reason: input.reason },
    });
  });
  return {
    institution: institution.code,
    period: periodCode,
    quarter: number,
    deadline: input.deadline,
    reason: input.reason,
  };
}

/** Closes a quarter and draws its field-verification sample from the audit chain head (admin, or the scheduler). */
export async function closeQuarter(
  context: AppContext,
  actor: Actor,
  periodCode: string,
  number: number,
  input: { sampleSize?: number | undefined },
) {
  const { db } = context.database;
  const { period, quarter } = await requireQuarter(db, periodCode, number);
  if (quarter.status === 'closed') {
    throw new ConflictError('quarter_closed', {
      id: `${triwulanLabel(number)} sudah ditutup.`,
      en: `${triwulanLabel(number)} is already closed.`,
    });
  }
  await transaction(db, async (trx) => {
    const at = context.clock.now().toISOString();
    // The seed is the chain head before this close: published, and fixed by everything that came before.
    const seed = (await getAuditHead(trx)).hash;
    const accepted = await listAcceptedForSample(trx, period.id, number);
    const byKey = new Map(accepted.map((r) => [sampleKey(r.institution_code, r.target_code), r]));
    const size = input.sampleSize ?? defaultSampleSize(accepted.length);
    const drawn = drawSample([...byKey.keys()], size, seed);
    await updateQuarter(trx, quarter.id, { status: 'closed', closed_at: at });
    const sampleId = await insertFieldSample(trx, {
      period_id: period.id,
      quarter_number: number,
      seed,
      size: drawn.length,
      population: JSON.stringify([...byKey.keys()].sort()),
      drawn_at: at,
      drawn_by: actor.kind === 'user' ? actor.userId : null,
    });
    await insertFieldChecks(
      trx,
      drawn.map((key, position) => ({
        sample_id: sampleId,
        report_id: (byKey.get(key) as { id: number }).id,
        sample_key: key,
        position: position + 1,
        status: 'pending',
        result: null,
        original_score: null,
        adjusted_score: null,
        notes: null,
        checked_by: null,
        checked_at: null,
      })),
    );
    await recordAudit(trx, context.clock, actor, {
      action: 'quarter.close',
      entity: 'quarter',
      entityId: quarter.id,
      change: { period: periodCode, quarter: number, seed, population: accepted.length, sample: drawn },
    });
  });
  return fieldSample(context, periodCode, number);
}

/** The quarter's sample: seed, the whole population (so anyone can re-draw) and the checks. */
export async function fieldSample(context: AppContext, periodCode: string, number: number) {
  const { db } = context.database;
  const { period } = await requireQuarter(db, periodCode, number);
  const sample = await findFieldSample(db, period.id, number);
  if (!sample) {
    throw new NotFoundError({
      id: `Sampel verifikasi lapangan ${triwulanLabel(number)} belum ditarik (ditarik saat triwulan ditutup).`,
      en: `The field-verification sample of ${triwulanLabel(number)} has not been drawn (it is drawn at quarter close).`,
    });
  }
  const checks = await listFieldChecks(db, sample.id);
  return {
    period: periodCode,
    quarter: number,
    seed: sample.seed,
    size: sample.size,
    population: JSON.parse(sample.population) as string[],
    drawnAt: sample.drawn_at,
    items: checks.map((c) => ({
      position: c.position,
      key: c.sample_key,
      reportId: c.report_id,
      status: c.status as 'pending' | 'done',
      result: c.result as 'confirmed' | 'adjusted' | 'not_found' | null,
      originalScore: c.original_score,
      adjustedScore: c.adjusted_score,
    })),
  };
}
