/** A report as its readers see it: content, target, checklist coverage, evidence, history, next steps. */
import {
  allowedActions,
  type EvidenceDto,
  isEditable,
  type QualityGrade,
  type ReportDto,
  type ReportState,
  type Role,
  scopesOf,
} from '@pantau/core';
import type { Selectable } from 'kysely';
import type { UserActor } from '../../audit/actor.js';
import type { Executor } from '../../db/database.js';
import { listEvidence } from '../../db/repositories/evidence.repository.js';
import { findReportContext, listReportEvents, type ReportContext } from '../../db/repositories/report.repository.js';
import { findTargetVersion } from '../../db/repositories/target.repository.js';
import type { EvidenceTable } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { impactIndicatorOf } from '../catalogue/impact-indicator.js';
import { reportDeadline } from '../periods/deadline.service.js';
import { reportLock } from '../periods/quarter-lock.service.js';
import { assertReaches, REPORT_NOT_FOUND, reaches } from './report-access.js';

/** A stored evidence row as the API shows it. */
export function evidenceView(row: Selectable<EvidenceTable>): EvidenceDto {
  return {
    id: row.id,
    kind: row.kind as 'file' | 'link',
    checklistIndex: row.checklist_index,
    title: row.title,
    fileName: row.file_name,
    fileSize: row.file_size,
    mimeType: row.mime_type,
    sha256: row.file_sha256,
    url: row.url,
    public: row.is_public === 1,
    createdAt: row.created_at,
    removedAt: row.removed_at,
    removedReason: row.removed_reason,
  };
}

/** The roles of `actor` that reach this report for workflow steps (a verifier of other aksi acts as nothing here). */
export function actingRoles(actor: UserActor, context: ReportContext): Role[] {
  const object = {
    institutionId: context.institution_id,
    aksiId: context.aksi_id,
    outputId: context.output_id,
    unitId: context.responsible_unit_id,
  };
  return actor.roles.filter(
    (role) =>
      reaches({ ...actor, roles: [role] }, 'report.transition', object) &&
      scopesOf([role], 'report.transition').length > 0,
  );
}

function scopeObject(context: ReportContext) {
  return {
    institutionId: context.institution_id,
    aksiId: context.aksi_id,
    outputId: context.output_id,
    unitId: context.responsible_unit_id,
  };
}

/**
 * Whether the actor may add evidence: while the institution may edit the report, and — for the
 * focal point only — while it is submitted and no verifier has taken it up, so one missing file
 * need not send the report back.
 */
export function canAddEvidence(actor: UserActor, context: ReportContext): boolean {
  if (!reaches(actor, 'report.write', scopeObject(context))) return false;
  const state = context.state as ReportState;
  return isEditable(state) || (state === 'submitted' && actor.roles.includes('focal_point'));
}

/** The report with `id` if the actor may read it; 404 otherwise. */
export async function loadReadableReport(db: Executor, actor: UserActor, id: number): Promise<ReportContext> {
  const context = await findReportContext(db, id);
  if (!context) throw new NotFoundError(REPORT_NOT_FOUND);
  assertReaches(actor, 'report.read', {
    institutionId: context.institution_id,
    aksiId: context.aksi_id,
    outputId: context.output_id,
    state: context.state,
    unitId: context.responsible_unit_id,
  });
  return context;
}

/** Builds the full view of a report the actor may read. */
export async function reportView(db: Executor, actor: UserActor, id: number): Promise<ReportDto> {
  const context = await loadReadableReport(db, actor, id);
  const deadline = reportDeadline(context);
  const [version, evidence, events, lock] = await Promise.all([
    findTargetVersion(db, context.target_id, context.target_version),
    listEvidence(db, id, true),
    listReportEvents(db, id),
    reportLock(db, context),
  ]);
  if (!version) throw new NotFoundError(REPORT_NOT_FOUND);
  const checklist = JSON.parse(version.evidence_checklist) as string[];
  const live = evidence.filter((e) => e.removed_at === null);
  const impact = impactIndicatorOf(version);
  const roles = actingRoles(actor, context);
  const state = context.state as ReportState;
  return {
    id: context.id,
    version: context.version,
    state,
    round: context.round,
    period: context.period_code,
    quarter: context.quarter_number,
    deadline,
    submittedAt: context.submitted_at,
    firstSubmittedAt: context.first_submitted_at,
    onTime: context.on_time === null ? null : context.on_time === 1,
    institution: {
      code: context.institution_code,
      name: context.institution_name,
      type: context.institution_type as ReportDto['institution']['type'],
    },
    unit: context.unit_code === null ? null : { code: context.unit_code, name: context.unit_name as string },
    aksi: { code: context.aksi_code, name: context.aksi_name },
    output: { code: context.output_code, name: context.output_name },
    target: {
      code: context.target_code,
      version: context.target_version,
      currentVersion: context.target_current_version,
      successMeasure: version.success_measure,
      evidenceChecklist: checklist,
      weight: version.weight,
      impact,
    },
    narrative: context.narrative,
    progress: context.progress,
    impactValue: context.impact_value,
    notApplicable: context.not_applicable === 1,
    notApplicableReason: context.not_applicable_reason,
    notApplicableAccepted: context.na_accepted === 1,
    score: context.score,
    fieldScore: context.field_score,
    qualityGrade: context.quality_grade as QualityGrade | null,
    verifierComment: context.verifier_comment,
    verifiedAt: context.verified_at,
    evidence: evidence.map(evidenceView),
    checklist: checklist.map((item, index) => ({
      index,
      item,
      covered: live.some((e) => e.checklist_index === index),
    })),
    events: events.map((e) => ({
      action: e.action,
      from: e.from_state,
      to: e.to_state,
      reason: e.reason,
      at: e.at,
      actor: e.actor_name,
    })),
    allowedActions: lock.locked ? [] : allowedActions(state, roles),
    editable: !lock.locked && isEditable(state) && reaches(actor, 'report.write', scopeObject(context)),
    canAddEvidence: !lock.locked && canAddEvidence(actor, context),
    lock,
  };
}
