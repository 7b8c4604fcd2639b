/**
 * The focal point's unit board: per work unit, how its targets due in a quarter stand, counted by
 * the core rules (unit-board.ts) from the same inputs as the institution's figures; and the
 * reminder to a unit's contributors (throttled, audited).
 */
import {
  countMeasures,
  dateInZone,
  daysBetween,
  type ReportState,
  targetMeasures,
  type UnitBoardDto,
  unitReminderWait,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  listAssignedTargets,
  listEvidenceCoverageOf,
  listReportsForFigures,
} from '../../db/repositories/figures.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { findQuarter } from '../../db/repositories/period.repository.js';
import { listInstitutionQuarterTargets } from '../../db/repositories/target.repository.js';
import {
  listContributorLinksOf,
  listResponsibleUnits,
  listUnitContributors,
  listUnitsWithReminders,
  setUnitRemindedAt,
} from '../../db/repositories/work-unit.repository.js';
import type { Institution } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { AppError, ConflictError, NotFoundError } from '../../errors.js';
import { notify } from '../../notifications/notify.js';
import { coverageByReport, figureReport } from '../figures/figure-inputs.js';
import { effectiveDeadline } from '../periods/deadline.service.js';
import { requirePeriod } from '../periods/period.service.js';
import { reachesInstitution } from '../reports/report-access.js';
import { INSTITUTION_NOT_FOUND, requireReachableUnit } from './unit.service.js';

type BoardTarget = UnitBoardDto['rows'][number]['targets'][number];

async function requireQuarter(db: Executor, periodCode: string, quarter: number) {
  const period = await requirePeriod(db, periodCode);
  if (!(await findQuarter(db, period.id, quarter))) {
    throw new NotFoundError({ id: 'Triwulan tidak ditemukan.', en: 'Quarter not found.' });
  }
  return period;
}

/** Each target of the institution due in the quarter, with its responsible unit and the measures it counts under. */
async function boardTargets(
  context: AppContext,
  db: Executor,
  institution: Institution,
  periodId: number,
  quarter: number,
): Promise<{ deadline: string; deadlinePassed: boolean; targets: (BoardTarget & { unitId: number | null })[] }> {
  const [assigned, reports, coverage, shown, units, deadline] = await Promise.all([
    listAssignedTargets(db, [institution.id], periodId),
    listReportsForFigures(db, [institution.id], periodId),
    listEvidenceCoverageOf(db, [institution.id], periodId),
    listInstitutionQuarterTargets(db, institution.id, periodId, quarter),
    listResponsibleUnits(db, institution.id),
    effectiveDeadline(db, periodId, quarter, institution.id),
  ]);
  const deadlinePassed = daysBetween(dateInZone(context.clock.now()), deadline) < 0;
  const covered = coverageByReport(coverage);
  const reportOf = new Map(reports.map((r) => [r.target_id, r]));
  const shownOf = new Map(shown.map((s) => [s.target_id, s]));
  const unitOf = new Map(units.map((u) => [u.target_id, u.id]));
  const targets = assigned
    .filter((t) => t.quarter_number === quarter)
    .map((t) => {
      const row = reportOf.get(t.target_id);
      const figure = row ? figureReport(row, covered) : undefined;
      const info = shownOf.get(t.target_id);
      return {
        unitId: unitOf.get(t.target_id) ?? null,
        targetCode: info?.target_code ?? String(t.target_id),
        output: { code: info?.output_code ?? '', name: info?.output_name ?? '' },
        reportId: row?.id ?? null,
        state: (row?.state as ReportState | undefined) ?? null,
        measures: targetMeasures(figure, deadlinePassed),
      };
    })
    .sort((a, b) => a.targetCode.localeCompare(b.targetCode, 'en', { numeric: true }));
  return { deadline, deadlinePassed, targets };
}

/** The unit board of an institution for a quarter: one row per unit (and one for targets of no unit). */
export async function unitBoard(
  context: AppContext,
  actor: UserActor,
  institutionCode: string,
  periodCode: string,
  quarter: number,
): Promise<UnitBoardDto> {
  const { db } = context.database;
  const institution = await findInstitutionByCode(db, institutionCode);
  if (!institution || !reachesInstitution(actor, 'unit.board', institution.id)) {
    throw new NotFoundError(INSTITUTION_NOT_FOUND);
  }
  const period = await requireQuarter(db, periodCode, quarter);
  const [{ deadline, deadlinePassed, targets }, units, links] = await Promise.all([
    boardTargets(context, db, institution, period.id, quarter),
    listUnitsWithReminders(db, institution.id),
    listContributorLinksOf(db, institution.id),
  ]);
  const rowOf = (unitId: number | null) =>
    targets.filter((t) => t.unitId === unitId).map(({ unitId: _unit, ...target }) => target);
  const rows: UnitBoardDto['rows'] = units
    .map((unit) => ({
      unit: {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        shortName: unit.short_name,
        active: unit.active === 1,
      },
      contributorCount: links.filter((l) => l.unit_id === unit.id).length,
      remindedAt: unit.reminded_at,
      targets: rowOf(unit.id),
    }))
    // A wound-up unit stays on the board only while it still holds targets of the quarter.
    .filter((row) => row.unit.active || row.targets.length > 0)
    .map((row) => ({ ...row, counts: countMeasures(row.targets) }));
  const unassigned = rowOf(null);
  if (unassigned.length > 0) {
    rows.push({
      unit: null,
      contributorCount: 0,
      remindedAt: null,
      targets: unassigned,
      counts: countMeasures(unassigned),
    });
  }
  return {
    institution: { code: institution.code, name: institution.name },
    period: period.code,
    quarter,
    deadline,
    deadlinePassed,
    total: countMeasures(targets),
    rows,
  };
}

/**
 * Reminds a unit's contributors of its reports of the quarter not yet submitted, by notification
 * and e-mail as each chose; at most once a day per unit, audited.
 */
export async function remindUnit(
  context: AppContext,
  actor: UserActor,
  unitId: number,
  input: { period: string; quarter: number },
): Promise<{ reminded: number; missing: number; remindedAt: string }> {
  return transaction(context.database.db, async (trx) => {
    const { unit, institution } = await requireReachableUnit(trx, actor, 'unit.remind', unitId);
    const period = await requireQuarter(trx, input.period, input.quarter);
    const now = context.clock.now();
    const wait = unitReminderWait(unit.reminded_at, now);
    if (wait > 0) {
      const hours = Math.ceil(wait / 3_600_000);
      throw new AppError(429, 'reminder_throttled', {
        id: `Kontributor ${unit.name} sudah diingatkan dalam 24 jam terakhir. Pengingat berikutnya dapat dikirim dalam ${hours} jam.`,
        en: `The contributors of ${unit.name} were reminded in the last 24 hours. The next reminder can be sent in ${hours} hours.`,
      });
    }
    const recipients = await listUnitContributors(trx, unit.id);
    if (recipients.length === 0) {
      throw new ConflictError('no_contributors', {
        id: `${unit.name} belum punya kontributor. Tetapkan kontributornya di halaman unit kerja.`,
        en: `${unit.name} has no contributors yet. Set them on the work units page.`,
      });
    }
    const { deadline, deadlinePassed, targets } = await boardTargets(
      context,
      trx,
      institution,
      period.id,
      input.quarter,
    );
    const missing = targets.filter((t) => t.unitId === unit.id && !t.measures.includes('submitted')).length;
    if (missing === 0) {
      throw new ConflictError('nothing_missing', {
        id: `Semua laporan ${unit.name} triwulan ini sudah dikirim; tidak ada yang perlu diingatkan.`,
        en: `Every report of ${unit.name} for this quarter has been submitted; there is nothing to remind of.`,
      });
    }
    const at = now.toISOString();
    const reminded = await notify(trx, context, recipients, {
      kind: 'deadline_reminder',
      institution: { code: institution.code, name: institution.name },
      unit: { code: unit.code, name: unit.name },
      period: period.code,
      quarter: input.quarter,
      deadline,
      daysLeft: deadlinePassed ? 0 : daysBetween(dateInZone(now), deadline),
      missing,
    });
    await setUnitRemindedAt(trx, unit.id, at);
    await recordAudit(trx, context.clock, actor, {
      action: 'unit.remind',
      entity: 'work_unit',
      entityId: String(unit.id),
      change: {
        institution: institution.code,
        unit: unit.code,
        period: period.code,
        quarter: input.quarter,
        missing,
        recipients: recipients.map((r) => r.id),
      },
    });
    return { reminded, missing, remindedAt: at };
  });
}
