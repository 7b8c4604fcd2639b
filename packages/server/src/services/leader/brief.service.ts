/**
 * The leader's brief: one page about one institution, readable on a phone in a minute — this
 * quarter's achievement and compliance against the quarter before (the figures pipeline, the
 * headline definitions), the late and stuck targets by unit, reports graded as a formality,
 * open follow-ups of support and meetings, and what was published.
 */
import { type BriefDto, type FollowUpStatus, type InstitutionType, isOverdue } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listFormalityReports, listLateTargets, listStuckReports } from '../../db/repositories/brief.repository.js';
import { listOpenFollowUpsOf } from '../../db/repositories/follow-up.repository.js';
import { listPublications } from '../../db/repositories/publication.repository.js';
import {
  countSupportEntries,
  listOpenSupportFollowUps,
  listSupportEntries,
} from '../../db/repositories/support.repository.js';
import type { Institution } from '../../db/schema.js';
import { type DashboardFrame, resolveFrame } from '../dashboard/dashboard-frame.service.js';
import { stuckSince } from '../dashboard/dashboard-warning.service.js';
import { institutionFigures } from '../figures/figures.service.js';
import { reachableInstitution, supportEntryViews } from '../support/support.service.js';

type BriefTargetRow = {
  code: string;
  quarter_number: number;
  output_name: string;
  report_id: number | null;
  state: string | null;
  unit_id: number | null;
  unit_name: string | null;
  deadline?: string;
};

/** Late and stuck targets grouped by their unit; units with most to act on first, "no unit" last. */
function byUnit(late: BriefTargetRow[], stuck: BriefTargetRow[]): BriefDto['units'] {
  const groups = new Map<number | null, BriefDto['units'][number]>();
  const add = (row: BriefTargetRow, list: 'late' | 'stuck') => {
    const key = row.unit_id;
    let group = groups.get(key);
    if (!group) {
      group = { unit: key === null ? null : { id: key, name: row.unit_name ?? '' }, late: [], stuck: [] };
      groups.set(key, group);
    }
    group[list].push({
      code: row.code,
      outputName: row.output_name,
      quarter: row.quarter_number,
      state: row.state,
      reportId: row.report_id,
      ...(row.deadline ? { deadline: row.deadline } : {}),
    });
  };
  for (const row of late) add(row, 'late');
  for (const row of stuck) add(row, 'stuck');
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.unit === null) - Number(b.unit === null) ||
      b.late.length + b.stuck.length - (a.late.length + a.stuck.length) ||
      (a.unit?.name ?? '').localeCompare(b.unit?.name ?? ''),
  );
}

/** The brief of `institution` in `frame` (access already checked). */
export async function briefOf(db: Executor, institution: Institution, frame: DashboardFrame): Promise<BriefDto> {
  const q = frame.quarter;
  const quarter = frame.quarters.find((row) => row.number === q);
  const from = quarter?.starts_on ?? frame.today;
  const to = quarter?.ends_on ?? frame.today;
  const [figures, late, stuck, formality, meetingFollowUps, supportFollowUps, published, supportCount, latest] =
    await Promise.all([
      institutionFigures(db, institution.id, frame.period.id),
      listLateTargets(db, institution.id, frame.period.id, q, frame.today),
      listStuckReports(db, institution.id, frame.period.id, q, stuckSince(frame)),
      listFormalityReports(db, institution.id, frame.period.id, q),
      listOpenFollowUpsOf(db, institution.id),
      listOpenSupportFollowUps(db, institution.id, 50),
      listPublications(
        db,
        { draftsOf: -1, institutionId: institution.id, status: 'published' },
        { limit: 5, offset: 0 },
      ),
      countSupportEntries(db, institution.id, from, to),
      listSupportEntries(db, { institutionId: institution.id }, 3),
    ]);
  const followUps: BriefDto['followUps'] = [
    ...supportFollowUps.map((f) => ({
      id: f.id,
      source: 'support' as const,
      title: f.title,
      owner: f.owner_unit_name ?? f.institution_name,
      dueOn: f.due_on,
      status: f.status as FollowUpStatus,
    })),
    ...meetingFollowUps.map((f) => ({
      id: f.id,
      source: 'meeting' as const,
      title: f.title,
      owner: f.name,
      dueOn: f.due_on,
      status: f.status as FollowUpStatus,
    })),
  ]
    .map((f) => ({ ...f, overdue: isOverdue(f, frame.today) }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return {
    institution: { code: institution.code, name: institution.name, type: institution.type as InstitutionType },
    period: frame.period.code,
    quarter: q,
    today: frame.today,
    current: figures.find((f) => f.quarter === q) ?? null,
    previous: figures.find((f) => f.quarter === q - 1) ?? null,
    units: byUnit(late, stuck),
    formality: formality.map((r) => ({
      code: r.code,
      outputName: r.output_name,
      quarter: r.quarter_number,
      reportId: r.report_id,
    })),
    followUps,
    published: published.map((p) => ({ title: p.title, kind: p.kind, publishedOn: p.published_on, url: p.url })),
    support: { entries: supportCount, latest: await supportEntryViews(db, latest, frame.today) },
  };
}

/** The brief of an institution the actor reaches under `brief.read`. */
export async function readBrief(
  context: AppContext,
  actor: UserActor,
  code: string,
  query: { period?: string | undefined; quarter?: number | undefined },
): Promise<BriefDto> {
  const { db } = context.database;
  const institution = await reachableInstitution(db, actor, 'brief.read', code);
  return briefOf(db, institution, await resolveFrame(context, query));
}
