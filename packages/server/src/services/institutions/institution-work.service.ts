/** An institution's quarter at a glance (its targets and their reports), and its figures over a period. */
import {
  dateInZone,
  daysBetween,
  type InstitutionTargetsDto,
  type PermissionName,
  type ReportState,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listEvidenceCoverage } from '../../db/repositories/evidence.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { findQuarter } from '../../db/repositories/period.repository.js';
import { listInstitutionQuarterTargets } from '../../db/repositories/target.repository.js';
import { listResponsibleUnits } from '../../db/repositories/work-unit.repository.js';
import { NotFoundError } from '../../errors.js';
import { institutionFigures } from '../figures/figures.service.js';
import { effectiveDeadline } from '../periods/deadline.service.js';
import { requirePeriod } from '../periods/period.service.js';
import { reaches } from '../reports/report-access.js';

const NOT_FOUND = { id: 'Instansi tidak ditemukan.', en: 'Institution not found.' };

async function requireInstitution(db: Executor, code: string) {
  const institution = await findInstitutionByCode(db, code);
  if (!institution) throw new NotFoundError(NOT_FOUND);
  return institution;
}

/** The targets of a quarter that an institution carries, with the state of each report. */
export async function institutionTargets(
  context: AppContext,
  actor: UserActor,
  code: string,
  periodCode: string,
  quarterNumber: number,
): Promise<InstitutionTargetsDto> {
  const { db } = context.database;
  const institution = await requireInstitution(db, code);
  const period = await requirePeriod(db, periodCode);
  const quarter = await findQuarter(db, period.id, quarterNumber);
  if (!quarter) throw new NotFoundError({ id: 'Triwulan tidak ditemukan.', en: 'Quarter not found.' });
  const units = new Map((await listResponsibleUnits(db, institution.id)).map((u) => [u.target_id, u]));
  const rows = (await listInstitutionQuarterTargets(db, institution.id, period.id, quarterNumber)).filter((row) =>
    reaches(actor, 'report.read', {
      institutionId: institution.id,
      aksiId: row.aksi_id,
      outputId: row.output_id,
      unitId: units.get(row.target_id)?.id ?? null,
    }),
  );
  if (rows.length === 0 && !reachesInstitution(actor, 'report.read', institution.id))
    throw new NotFoundError(NOT_FOUND);
  const reportIds = rows.flatMap((r) => (r.report_id === null ? [] : [r.report_id]));
  const coverage = await listEvidenceCoverage(db, reportIds);
  const deadline = await effectiveDeadline(db, period.id, quarterNumber, institution.id);
  return {
    institution: { code: institution.code, name: institution.name },
    period: period.code,
    quarter: quarterNumber,
    quarterStatus: quarter.status as InstitutionTargetsDto['quarterStatus'],
    deadline,
    daysLeft: daysBetween(dateInZone(context.clock.now()), deadline),
    targets: rows.map((row) => ({
      targetCode: row.target_code,
      aksi: { code: row.aksi_code, name: row.aksi_name },
      output: { code: row.output_code, name: row.output_name },
      successMeasure: row.success_measure,
      evidenceRequired: (JSON.parse(row.evidence_checklist) as string[]).length,
      unit: unitOf(units.get(row.target_id)),
      report:
        row.report_id === null
          ? null
          : {
              id: row.report_id,
              state: row.state as ReportState,
              progress: row.progress,
              evidenceCovered: coverage.filter((c) => c.report_id === row.report_id).length,
              submittedAt: row.submitted_at,
              onTime: row.on_time === null ? null : row.on_time === 1,
              updatedAt: row.updated_at as string,
            },
    })),
  };
}

function unitOf(unit: { id: number; code: string; name: string } | undefined) {
  return unit ? { id: unit.id, code: unit.code, name: unit.name } : null;
}

function reachesInstitution(actor: UserActor, permission: PermissionName, institutionId: number): boolean {
  // The institution as a whole: admit when some scope admits any object of it (aksi/output irrelevant).
  return reaches({ ...actor, contributorOutputIds: [], contributorUnitIds: [] }, permission, {
    institutionId,
    aksiId: -1,
    outputId: -1,
  });
}

/** Achievement and compliance of an institution, quarter by quarter. */
export async function readInstitutionFigures(context: AppContext, actor: UserActor, code: string, periodCode: string) {
  const { db } = context.database;
  const institution = await requireInstitution(db, code);
  if (!reachesInstitution(actor, 'performance.read', institution.id)) throw new NotFoundError(NOT_FOUND);
  const period = await requirePeriod(db, periodCode);
  return {
    institution: { code: institution.code, name: institution.name },
    period: period.code,
    quarters: await institutionFigures(db, institution.id, period.id),
  };
}
