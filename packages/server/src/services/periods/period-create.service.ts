/**
 * Starting a new period: its eight quarters from the calendar rule (`periodQuarters`), all planned,
 * and optionally the catalogue of an earlier period as a draft to revise. The period stays `draft`
 * until its first quarter opens.
 */
import {
  type CreatedPeriodDto,
  type CreatePeriodRequest,
  defaultPeriodName,
  parsePeriodCode,
  periodQuarters,
} from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { findPeriodByCode, insertPeriod, insertQuarters } from '../../db/repositories/period.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, ValidationError } from '../../errors.js';
import { type CatalogueCopyCounts, copyCatalogue } from '../catalogue/catalogue-copy.service.js';
import { getPeriod, requirePeriod } from './period.service.js';

/** Creates a period (admin, or the CLI). */
export async function createPeriod(
  context: AppContext,
  actor: Actor,
  input: CreatePeriodRequest,
): Promise<CreatedPeriodDto> {
  const { db } = context.database;
  const startYear = parsePeriodCode(input.code);
  if (startYear === null) {
    throw new ValidationError(
      {
        id: `Periode ${input.code} harus dua tahun berurutan, misalnya 2027-2028.`,
        en: `Period ${input.code} must be two consecutive years, e.g. 2027-2028.`,
      },
      [{ path: 'code', message: input.code }],
    );
  }
  if (await findPeriodByCode(db, input.code)) {
    throw new ConflictError(
      'period_exists',
      { id: `Periode ${input.code} sudah ada.`, en: `Period ${input.code} already exists.` },
      [{ path: 'code', message: input.code }],
    );
  }
  const source = input.copyCatalogueFrom ? await requirePeriod(db, input.copyCatalogueFrom) : null;
  const deadlineDays = input.deadlineDays ?? source?.deadline_days ?? 10;
  const verificationDays = input.verificationDays ?? source?.verification_days ?? 30;
  const actorId = actor.kind === 'user' ? actor.userId : null;
  let copied: CatalogueCopyCounts | null = null;
  await transaction(db, async (trx) => {
    const at = context.clock.now().toISOString();
    const periodId = await insertPeriod(trx, {
      code: input.code,
      name: input.name ?? defaultPeriodName(startYear),
      start_year: startYear,
      deadline_days: deadlineDays,
      verification_days: verificationDays,
      status: 'draft',
      created_at: at,
      updated_at: at,
    });
    await insertQuarters(
      trx,
      periodQuarters(startYear, { deadlineDays, verificationDays }).map((q) => ({
        period_id: periodId,
        number: q.number,
        starts_on: q.startsOn,
        ends_on: q.endsOn,
        deadline: q.deadline,
        verification_ends_on: q.verificationEndsOn,
        status: 'planned',
        opened_at: null,
        closed_at: null,
      })),
    );
    if (source) copied = await copyCatalogue(trx, source.id, periodId, at, actorId);
    await recordAudit(trx, context.clock, actor, {
      action: 'period.create',
      entity: 'period',
      entityId: periodId,
      change: {
        code: input.code,
        deadline_days: deadlineDays,
        verification_days: verificationDays,
        copied_from: source?.code ?? null,
        ...(copied ? { copied } : {}),
      },
    });
  });
  const result = copied as CatalogueCopyCounts | null;
  return {
    period: await getPeriod(db, context.clock, input.code),
    copied: result && source ? { from: source.code, ...result } : null,
  };
}
