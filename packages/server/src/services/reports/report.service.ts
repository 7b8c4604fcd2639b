/**
 * The quarterly cycle's commands: open a report, edit it, and move it through the workflow.
 * Each command checks scope, state and version, writes the change with its event, audit entry and
 * refreshed figures in one transaction, and may be retried safely with an Idempotency-Key.
 */
import {
  checkTransition,
  EMPTY_REPORT_MESSAGE,
  isEditable,
  isEmptyReport,
  isOnTime,
  type ReportAction,
  type ReportDto,
  type ReportState,
  TRANSITIONS,
  triwulanLabel,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listEvidence } from '../../db/repositories/evidence.repository.js';
import {
  findReportContext,
  findReportOpening,
  insertReport,
  insertReportEvent,
  insertReportRound,
  type ReportContext,
  updateReportIfVersion,
} from '../../db/repositories/report.repository.js';
import type { ReportUpdate } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { notifyReportStep } from '../../notifications/events.js';
import { fillMissingFigures, recomputeFiguresOfQuarter } from '../figures/figures.service.js';
import { reportDeadline } from '../periods/deadline.service.js';
import { periodNotFound } from '../periods/period.service.js';
import { assertQuarterWritable } from '../periods/quarter-lock.service.js';
import { type IdempotentResult, idempotent, replayStored, type WriteStatus } from './idempotency.js';
import { assertReaches, REPORT_NOT_FOUND } from './report-access.js';
import { actingRoles, canAddEvidence, loadReadableReport, reportView } from './report-view.service.js';

const ACTION_NAMES: Record<ReportAction, { id: string; en: string }> = {
  mark_ready: { id: 'tandai siap ditinjau', en: 'mark ready for review' },
  send_back: { id: 'kembalikan ke kontributor', en: 'send back to the contributor' },
  submit: { id: 'kirim ke tingkat nasional', en: 'submit nationally' },
  start_review: { id: 'mulai verifikasi', en: 'start review' },
  accept: { id: 'terima', en: 'accept' },
  request_revision: { id: 'minta perbaikan', en: 'request revision' },
  reopen: { id: 'buka kembali', en: 'reopen' },
};

const STATE_NAMES: Record<ReportState, { id: string; en: string }> = {
  draft: { id: 'draf', en: 'draft' },
  ready: { id: 'siap ditinjau', en: 'ready for review' },
  submitted: { id: 'terkirim', en: 'submitted' },
  in_review: { id: 'sedang diverifikasi', en: 'in review' },
  accepted: { id: 'diterima', en: 'accepted' },
  revision_requested: { id: 'perlu perbaikan', en: 'revision requested' },
};

function staleVersion(current: number): ConflictError {
  return new ConflictError(
    'stale_version',
    {
      id: 'Laporan ini sudah diubah orang lain sejak Anda membukanya. Perubahan Anda belum disimpan: muat versi terbaru, lalu terapkan lagi.',
      en: 'Someone changed this report since you opened it. Your change was not saved: load the latest version and apply it again.',
    },
    [{ path: 'version', message: String(current) }],
  );
}

function scoped(context: ReportContext) {
  return {
    institutionId: context.institution_id,
    aksiId: context.aksi_id,
    outputId: context.output_id,
    state: context.state,
    unitId: context.responsible_unit_id,
  };
}

/** Opens the actor's institution's report on a target of an open quarter, or returns the existing one. */
export async function openReport(
  context: AppContext,
  actor: UserActor,
  input: { period: string; targetCode: string },
  idempotencyKey: string | undefined,
): Promise<IdempotentResult<ReportDto>> {
  const { db } = context.database;
  // A retry gets the first answer even though the report now exists; a reused key is refused.
  const request = { op: 'open', ...input };
  // The stored answer is the new report's id; the replay shows the report as it is now.
  const earlier = await replayStored<number, WriteStatus>(context, actor, idempotencyKey, request);
  if (earlier) return { ...earlier, body: await reportView(db, actor, earlier.body) };
  const opening = await findReportOpening(db, input.period, input.targetCode, actor.institutionId);
  if (!opening) throw periodNotFound(input.period);
  const { periodId, target } = opening;
  const institutionId = actor.institutionId;
  if (!target?.assigned || institutionId === null) {
    throw new NotFoundError({
      id: `Target ${input.targetCode} tidak ditugaskan kepada instansi Anda pada periode ${input.period}.`,
      en: `Target ${input.targetCode} is not assigned to your institution in period ${input.period}.`,
    });
  }
  const unitId = target.unit_id;
  assertReaches(actor, 'report.write', { institutionId, aksiId: target.aksi_id, outputId: target.output_id, unitId });
  if (target.report_id !== null) {
    return { status: 200, body: await reportView(db, actor, target.report_id), replayed: false };
  }
  if (target.quarter_status !== 'open') {
    const closed = target.quarter_status === 'closed';
    throw new ConflictError('quarter_not_open', {
      id: `${triwulanLabel(target.quarter_number)} ${closed ? 'sudah ditutup' : 'belum dibuka'}; laporan tidak dapat dibuat.`,
      en: `${triwulanLabel(target.quarter_number)} is ${closed ? 'closed' : 'not open yet'}; no report can be started.`,
    });
  }
  const write = async (trx: Executor) => {
    const at = context.clock.now().toISOString();
    const id = await insertReport(trx, {
      target_id: target.id,
      target_version: target.current_version,
      institution_id: institutionId,
      period_id: periodId,
      quarter_number: target.quarter_number,
      state: 'draft',
      narrative: '',
      progress: null,
      impact_value: null,
      not_applicable: 0,
      not_applicable_reason: null,
      round: 0,
      version: 1,
      submitted_at: null,
      on_time: null,
      score: null,
      quality_grade: null,
      verifier_comment: null,
      verified_at: null,
      created_at: at,
      updated_at: at,
      unit_id: unitId,
    });
    await insertReportEvent(trx, {
      report_id: id,
      action: 'create',
      from_state: null,
      to_state: 'draft',
      actor_id: actor.userId,
      reason: null,
      at,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'report.create',
      entity: 'report',
      entityId: id,
      change: { period: input.period, target: input.targetCode, institution_id: institutionId },
    });
    // A draft counts as no report (`countsInFigures`): figures only need storing if there are none.
    await fillMissingFigures(trx, periodId, [institutionId], at);
    return { status: 201 as const, body: id };
  };
  // The stored answer was looked up above; a concurrent retry's that commits first is still replayed.
  const outcome = await idempotent(context, actor, idempotencyKey, request, write, { replayChecked: true });
  return { ...outcome, body: await reportView(db, actor, outcome.body) };
}

/** The report, if the actor may read it. */
export function getReport(context: AppContext, actor: UserActor, id: number): Promise<ReportDto> {
  return reportView(context.database.db, actor, id);
}

/** Content changes a report accepts while its institution may edit it. */
export interface ReportEdit {
  version: number;
  narrative?: string | undefined;
  progress?: number | null | undefined;
  impactValue?: number | null | undefined;
  notApplicable?: boolean | undefined;
  notApplicableReason?: string | null | undefined;
}

/** Refuses a change the actor may not make: out of its write scope, or in a state that cannot be edited. */
function assertEditable(actor: UserActor, report: ReportContext): void {
  assertReaches(actor, 'report.write', scoped(report));
  if (!isEditable(report.state as ReportState)) {
    const state = STATE_NAMES[report.state as ReportState];
    throw new ConflictError('report_locked', {
      id: `Laporan berstatus "${state.id}" tidak dapat diubah. Perubahan hanya pada status draf atau perlu perbaikan.`,
      en: `A report that is "${state.en}" cannot be changed; only drafts and reports needing revision can.`,
    });
  }
}

/** Refuses a change made to another version than the one the caller saw, when the caller names one. */
function assertVersion(report: ReportContext, version: number | undefined): void {
  if (version !== undefined && report.version !== version) throw staleVersion(report.version);
}

/**
 * Loads a report the actor may change, refusing locked states and, given the version the caller
 * saw, stale versions.
 */
export async function loadEditableReport(
  db: Executor,
  actor: UserActor,
  id: number,
  version: number | undefined,
): Promise<ReportContext> {
  const report = await loadReadableReport(db, actor, id);
  assertEditable(actor, report);
  assertVersion(report, version);
  await assertQuarterWritable(db, report);
  return report;
}

/**
 * Loads a report the actor may add evidence to: an editable one, or — for its focal point — a
 * submitted one no verifier has taken up yet (`canAddEvidence`). Adding evidence leaves the
 * report's version as it is, so a caller that names no version is not checked against one.
 */
export async function loadEvidenceTarget(
  db: Executor,
  actor: UserActor,
  id: number,
  version: number | undefined,
): Promise<ReportContext> {
  const report = await loadReadableReport(db, actor, id);
  const afterSubmission = !isEditable(report.state as ReportState) && canAddEvidence(actor, report);
  if (!afterSubmission) assertEditable(actor, report);
  assertVersion(report, version);
  await assertQuarterWritable(db, report);
  return report;
}

/** Saves content (autosave included); a stale version is refused with 409 and loses nothing. */
export async function editReport(
  context: AppContext,
  actor: UserActor,
  id: number,
  edit: ReportEdit,
): Promise<ReportDto> {
  const { db } = context.database;
  await loadEditableReport(db, actor, id, edit.version);
  const changes: ReportUpdate = {};
  if (edit.narrative !== undefined) changes.narrative = edit.narrative;
  if (edit.progress !== undefined) changes.progress = edit.progress;
  if (edit.impactValue !== undefined) changes.impact_value = edit.impactValue;
  if (edit.notApplicable !== undefined) changes.not_applicable = edit.notApplicable ? 1 : 0;
  if (edit.notApplicableReason !== undefined) changes.not_applicable_reason = edit.notApplicableReason;
  await transaction(db, async (trx) => {
    const at = context.clock.now().toISOString();
    if (!(await updateReportIfVersion(trx, id, edit.version, { ...changes, updated_at: at }))) {
      const current = await findReportContext(trx, id);
      throw staleVersion(current?.version ?? edit.version);
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'report.edit',
      entity: 'report',
      entityId: id,
      change: changes,
    });
  });
  return reportView(db, actor, id);
}

/** A workflow step with what it carries. */
export interface TransitionInput {
  action: ReportAction;
  version: number;
  reason?: string | undefined;
  score?: number | undefined;
  qualityGrade?: 'administratif' | 'terlaksana' | 'berdampak' | undefined;
}

/** Moves a report through the workflow (docs/design.md#the-quarterly-cycle). */
export async function transitionReport(
  context: AppContext,
  actor: UserActor,
  id: number,
  input: TransitionInput,
  idempotencyKey: string | undefined,
): Promise<IdempotentResult<ReportDto, 200>> {
  const { db } = context.database;
  const outcome = await idempotent(context, actor, idempotencyKey, { op: 'transition', id, ...input }, async (trx) => {
    const report = await findReportContext(trx, id);
    if (!report) throw new NotFoundError(REPORT_NOT_FOUND);
    assertReaches(actor, 'report.read', scoped(report));
    const roles = actingRoles(actor, report);
    if (roles.length === 0) throw new NotFoundError(REPORT_NOT_FOUND);
    const state = report.state as ReportState;
    await assertQuarterWritable(trx, report);
    const check = checkTransition(state, input.action, roles, input.reason);
    if (!check.ok) throw refusal(check.problem, input.action, state, check.allowed);
    if (report.version !== input.version) throw staleVersion(report.version);
    const handsOver = input.action === 'mark_ready' || input.action === 'submit';
    // Read once: the emptiness check and the submission's round snapshot use the same list.
    const evidence = handsOver ? await listEvidence(trx, id) : [];
    if (handsOver) assertNotEmpty(report, evidence.length);

    const at = context.clock.now().toISOString();
    const changes: ReportUpdate = { state: check.to, updated_at: at };
    let auditChange: Record<string, unknown> = { from: state, to: check.to, reason: input.reason ?? null };
    switch (input.action) {
      case 'submit': {
        if (report.not_applicable === 1 && !report.not_applicable_reason?.trim()) {
          throw new ValidationError({
            id: 'Klaim "tidak berlaku / di luar kewenangan" wajib disertai alasan sebelum dikirim.',
            en: 'A "not applicable / outside our authority" claim needs a justification before submission.',
          });
        }
        changes.submitted_at = at;
        if (report.first_submitted_at === null) {
          const deadline = reportDeadline(report);
          changes.first_submitted_at = at;
          changes.on_time = isOnTime(at, deadline) ? 1 : 0;
          auditChange = { ...auditChange, deadline, on_time: changes.on_time === 1 };
        }
        await insertReportRound(trx, {
          report_id: id,
          round: report.round,
          submitted_at: at,
          submitted_by: actor.userId,
          snapshot: JSON.stringify({
            narrative: report.narrative,
            progress: report.progress,
            impact_value: report.impact_value,
            not_applicable: report.not_applicable,
            not_applicable_reason: report.not_applicable_reason,
            evidence_ids: evidence.map((e) => e.id),
          }),
        });
        break;
      }
      case 'accept': {
        if (report.not_applicable === 1) {
          if (input.score !== undefined) {
            throw new ValidationError({
              id: 'Menerima klaim "tidak berlaku" tidak memberi skor: target ini dikeluarkan dari perhitungan capaian.',
              en: 'Accepting a "not applicable" claim gives no score: the target leaves the achievement figure.',
            });
          }
          changes.na_accepted = 1;
          changes.score = null;
          changes.quality_grade = null;
        } else {
          if (input.score === undefined || input.qualityGrade === undefined) {
            throw new ValidationError(
              {
                id: 'Isi skor (0–100) dan tingkat kualitas untuk menerima laporan.',
                en: 'Give a score (0–100) and a quality grade to accept.',
              },
              [
                ...(input.score === undefined ? [{ path: 'score', message: 'wajib' }] : []),
                ...(input.qualityGrade === undefined ? [{ path: 'qualityGrade', message: 'wajib' }] : []),
              ],
            );
          }
          changes.score = input.score;
          changes.quality_grade = input.qualityGrade;
          changes.na_accepted = 0;
        }
        changes.verifier_comment = input.reason ?? null;
        changes.verified_at = at;
        auditChange = {
          ...auditChange,
          score: changes.score,
          quality_grade: changes.quality_grade,
          na_accepted: changes.na_accepted,
        };
        break;
      }
      case 'request_revision':
        changes.round = report.round + 1;
        changes.verifier_comment = input.reason ?? null;
        break;
      case 'reopen':
        changes.verified_at = null;
        changes.field_score = null;
        break;
      default:
        break;
    }
    if (!(await updateReportIfVersion(trx, id, input.version, changes))) throw staleVersion(report.version + 1);
    await insertReportEvent(trx, {
      report_id: id,
      action: input.action,
      from_state: state,
      to_state: check.to,
      actor_id: actor.userId,
      reason: input.reason ?? null,
      at,
    });
    await recordAudit(trx, context.clock, actor, {
      action: `report.${input.action}`,
      entity: 'report',
      entityId: id,
      change: auditChange,
    });
    await recomputeFiguresOfQuarter(trx, report, at);
    await notifyReportStep(trx, context, report, input.action, {
      actorId: actor.userId,
      reason: input.reason ?? null,
      score: changes.score ?? null,
      qualityGrade: changes.quality_grade ?? null,
    });
    return { status: 200, body: id };
  });
  return { ...outcome, body: await reportView(db, actor, id) };
}

function assertNotEmpty(report: ReportContext, evidenceCount: number): void {
  const content = {
    narrative: report.narrative,
    evidenceCount,
    notApplicable: report.not_applicable === 1,
  };
  if (isEmptyReport(content)) {
    throw new ValidationError(EMPTY_REPORT_MESSAGE, [{ path: 'narrative', message: EMPTY_REPORT_MESSAGE.id }]);
  }
}

function refusal(
  problem: 'state' | 'role' | 'reason',
  action: ReportAction,
  state: ReportState,
  allowed: ReportAction[],
): AppError {
  const name = ACTION_NAMES[action];
  if (problem === 'reason') {
    return new ValidationError(
      { id: `Alasan wajib diisi untuk "${name.id}".`, en: `A reason is required to ${name.en}.` },
      [{ path: 'reason', message: 'wajib' }],
    );
  }
  const options = allowed.map((a) => ACTION_NAMES[a]);
  const list = (lang: 'id' | 'en') =>
    options.length === 0
      ? lang === 'id'
        ? 'tidak ada langkah untuk Anda'
        : 'nothing for you'
      : options.map((o) => `"${o[lang]}"`).join(', ');
  const stateName = STATE_NAMES[state];
  if (problem === 'role') {
    return new AppError(403, 'action_not_permitted', {
      id: `Peran Anda tidak dapat "${name.id}" laporan ini. Yang dapat Anda lakukan: ${list('id')}.`,
      en: `Your role cannot ${name.en} this report. What you can do: ${list('en')}.`,
    });
  }
  const from = TRANSITIONS[action].from.map((s) => STATE_NAMES[s]);
  return new ConflictError(
    'transition_not_allowed',
    {
      id: `Laporan berstatus "${stateName.id}" tidak dapat "${name.id}" (hanya dari: ${from.map((s) => s.id).join(', ')}). Yang dapat dilakukan sekarang: ${list('id')}.`,
      en: `A report that is "${stateName.en}" cannot ${name.en} (only from: ${from.map((s) => s.en).join(', ')}). What can be done now: ${list('en')}.`,
    },
    allowed.map((a) => ({ path: 'allowedActions', message: a })),
  );
}
