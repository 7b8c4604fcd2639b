/** Periods and their quarters, shaped for the API. */
import { dateInZone, type PeriodDto, quarterNumberOn, triwulanLabel } from '@pantau/core';
import type { Clock } from '../../clock.js';
import type { Executor } from '../../db/database.js';
import { findPeriodByCode, listPeriods, listQuarters } from '../../db/repositories/period.repository.js';
import type { Period, Quarter } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';

function toDto(period: Period, quarters: Quarter[], today: string): PeriodDto {
  return {
    code: period.code,
    name: period.name,
    startYear: period.start_year,
    status: period.status as PeriodDto['status'],
    deadlineDays: period.deadline_days,
    verificationDays: period.verification_days,
    currentQuarter: quarterNumberOn(period.start_year, today),
    quarters: quarters
      .filter((q) => q.period_id === period.id)
      .map((q) => ({
        number: q.number,
        label: triwulanLabel(q.number),
        startsOn: q.starts_on,
        endsOn: q.ends_on,
        deadline: q.deadline,
        verificationEndsOn: q.verification_ends_on,
        status: q.status as PeriodDto['quarters'][number]['status'],
      })),
  };
}

/** Every period with its quarters, newest first. */
export async function getPeriods(db: Executor, clock: Clock): Promise<PeriodDto[]> {
  const periods = await listPeriods(db);
  const quarters = await listQuarters(
    db,
    periods.map((p) => p.id),
  );
  const today = dateInZone(clock.now());
  return periods.map((period) => toDto(period, quarters, today));
}

/** One period by code; 404 when unknown. */
export async function getPeriod(db: Executor, clock: Clock, code: string): Promise<PeriodDto> {
  const period = await requirePeriod(db, code);
  return toDto(period, await listQuarters(db, [period.id]), dateInZone(clock.now()));
}

/** The error for an unknown period `code`. */
export function periodNotFound(code: string): NotFoundError {
  return new NotFoundError({ id: `Periode ${code} tidak ditemukan.`, en: `Period ${code} not found.` });
}

/** The period with `code`, or a NotFoundError that names it. */
export async function requirePeriod(db: Executor, code: string): Promise<Period> {
  const period = await findPeriodByCode(db, code);
  if (!period) throw periodNotFound(code);
  return period;
}
