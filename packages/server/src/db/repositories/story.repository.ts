/**
 * Process and results stories: publications linked to a report. The officials' side reads the
 * institution's accepted reports a story can start from; the public side reads published stories
 * and joins their report only while it is accepted (`reports.state = 'accepted'` in the join, so a
 * reopened report's content never comes out of here).
 */
import type { Executor } from '../database.js';
import { reportsWithTheirVersion } from './figures.repository.js';

const ACCEPTED = 'accepted';

/** A report with its target, output and aksi, for starting a story from it. */
export function findStoryReport(db: Executor, reportId: number) {
  return db
    .selectFrom('reports')
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .select([
      'reports.id',
      'reports.institution_id',
      'reports.period_id',
      'reports.state',
      'reports.quarter_number',
      'targets.code as target_code',
      'aksi.code as aksi_code',
    ])
    .where('reports.id', '=', reportId)
    .executeTakeFirst();
}

/** An institution's accepted reports of a period, latest verified first, with how many stories tell each. */
export function listStorySources(db: Executor, institutionId: number, periodId: number) {
  return reportsWithTheirVersion(db)
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .select((eb) => [
      'reports.id',
      'reports.quarter_number',
      'reports.verified_at',
      'targets.code as target_code',
      'outputs.code as output_code',
      'outputs.name as output_name',
      'aksi.code as aksi_code',
      'aksi.name as aksi_name',
      'target_versions.success_measure',
      eb
        .selectFrom('publications')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('publications.report_id', '=', 'reports.id')
        .as('stories'),
    ])
    .where('reports.institution_id', '=', institutionId)
    .where('reports.period_id', '=', periodId)
    .where('reports.state', '=', ACCEPTED)
    .orderBy('reports.verified_at', 'desc')
    .orderBy('reports.id', 'desc')
    .execute();
}

/** Which published stories to read. */
export interface PublicStoryFilter {
  id?: number;
  institutionId?: number;
  /** Stories telling results of this aksi of this period. */
  aksi?: { code: string; periodCode: string };
  limit: number;
}

/** Published stories, latest first, each with its report's verified result while that report is accepted. */
export function listPublicStories(db: Executor, filter: PublicStoryFilter) {
  let query = db
    .selectFrom('publications as pub')
    .innerJoin('institutions as i', 'i.id', 'pub.institution_id')
    .leftJoin('reports as r', (join) => join.onRef('r.id', '=', 'pub.report_id').on('r.state', '=', ACCEPTED))
    .leftJoin('target_versions as tv', (join) =>
      join.onRef('tv.target_id', '=', 'r.target_id').onRef('tv.version', '=', 'r.target_version'),
    )
    .leftJoin('targets as t', 't.id', 'r.target_id')
    .leftJoin('outputs as o', 'o.id', 't.output_id')
    .leftJoin('aksi as a', 'a.id', 'o.aksi_id')
    .leftJoin('periods as p', 'p.id', 'r.period_id')
    .select([
      'pub.id',
      'pub.kind',
      'pub.title',
      'pub.url',
      'pub.attachment_id',
      'pub.summary',
      'pub.published_on',
      'pub.published_at',
      'pub.report_id',
      'i.code as institution_code',
      'i.name as institution_name',
      'i.type as institution_type',
      'r.id as result_report_id',
      'r.quarter_number',
      'r.score',
      'r.field_score',
      'r.na_accepted',
      'r.quality_grade',
      'r.impact_value',
      'r.verified_at',
      't.code as target_code',
      'tv.success_measure',
      'tv.impact_name',
      'tv.impact_unit',
      'tv.impact_baseline',
      'o.code as output_code',
      'o.name as output_name',
      'a.code as aksi_code',
      'a.name as aksi_name',
      'p.code as period_code',
    ])
    .where('pub.status', '=', 'published')
    .where('pub.report_id', 'is not', null);
  if (filter.id !== undefined) query = query.where('pub.id', '=', filter.id);
  if (filter.institutionId !== undefined) query = query.where('pub.institution_id', '=', filter.institutionId);
  if (filter.aksi !== undefined)
    query = query.where('a.code', '=', filter.aksi.code).where('p.code', '=', filter.aksi.periodCode);
  return query.orderBy('pub.published_at', 'desc').orderBy('pub.id', 'desc').limit(filter.limit).execute();
}

/** Accepted reports, latest verified first (the feeds' "newly verified results"). */
export function listRecentlyVerified(db: Executor, filter: { institutionId?: number; limit: number }) {
  let query = reportsWithTheirVersion(db)
    .innerJoin('institutions as i', 'i.id', 'reports.institution_id')
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('periods', 'periods.id', 'reports.period_id')
    .select([
      'reports.id',
      'reports.quarter_number',
      'reports.score',
      'reports.field_score',
      'reports.na_accepted',
      'reports.quality_grade',
      'reports.verified_at',
      'i.code as institution_code',
      'i.name as institution_name',
      'targets.code as target_code',
      'target_versions.success_measure',
      'outputs.name as output_name',
      'aksi.code as aksi_code',
      'aksi.name as aksi_name',
      'periods.code as period_code',
    ])
    .where('reports.state', '=', ACCEPTED)
    .where('reports.verified_at', 'is not', null);
  if (filter.institutionId !== undefined) query = query.where('reports.institution_id', '=', filter.institutionId);
  return query.orderBy('reports.verified_at', 'desc').orderBy('reports.id', 'desc').limit(filter.limit).execute();
}
