/** Early-warning lists of the dashboards: unstarted targets, reports stuck in review, formality. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';
import type { ReportListCursor } from './dashboard-reports.repository.js';

/** The deadline an institution has for a quarter: the quarter's, or its later extension. */
const deadline = sql<string>`case when x.deadline > qu.deadline then x.deadline else qu.deadline end`;

/**
 * Targets of quarter `quarter` that an institution carries and has not started — no report, or
 * an empty draft (no narrative, no progress, no evidence) — whose deadline is on or before
 * `latestDeadline`.
 */
function unstarted(db: Executor, periodId: number, quarter: number, latestDeadline: string) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('outputs as o', 'o.id', 'a.output_id')
    .innerJoin('aksi as ak', 'ak.id', 'o.aksi_id')
    .innerJoin('targets as t', (join) => join.onRef('t.output_id', '=', 'o.id').on('t.quarter_number', '=', quarter))
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .innerJoin('quarters as qu', (join) => join.on('qu.period_id', '=', periodId).on('qu.number', '=', quarter))
    .leftJoin('quarter_extensions as x', (join) =>
      join
        .on('x.period_id', '=', periodId)
        .on('x.quarter_number', '=', quarter)
        .onRef('x.institution_id', '=', 'a.institution_id'),
    )
    .leftJoin('reports as r', (join) =>
      join.onRef('r.target_id', '=', 't.id').onRef('r.institution_id', '=', 'a.institution_id'),
    )
    .where('o.period_id', '=', periodId)
    .where('a.ended_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('r.id', 'is', null),
        eb.and([
          eb('r.state', '=', 'draft'),
          eb('r.narrative', '=', ''),
          eb('r.progress', 'is', null),
          eb.not(
            eb.exists(
              eb
                .selectFrom('evidence as e')
                .select('e.id')
                .whereRef('e.report_id', '=', 'r.id')
                .where('e.removed_at', 'is', null),
            ),
          ),
        ]),
      ]),
    )
    .where(deadline, '<=', latestDeadline);
}

/** How many targets are unstarted. */
export async function countUnstarted(db: Executor, periodId: number, quarter: number, latestDeadline: string) {
  const row = await unstarted(db, periodId, quarter, latestDeadline)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Unstarted targets by institution code then target code: a page, or the rows after a cursor. */
export function listUnstarted(
  db: Executor,
  periodId: number,
  quarter: number,
  latestDeadline: string,
  page: { limit: number; after?: ReportListCursor },
) {
  let query = unstarted(db, periodId, quarter, latestDeadline).select([
    'i.code as institution_code',
    'i.name as institution_name',
    'i.type as institution_type',
    'i.province_code',
    't.code as target_code',
    'ak.code as aksi_code',
    'o.code as output_code',
    'o.name as output_name',
    deadline.as('deadline'),
  ]);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('i.code', '>', after.institutionCode),
        eb.and([eb('i.code', '=', after.institutionCode), eb('t.code', '>', after.targetCode)]),
      ]),
    );
  }
  return query.orderBy('i.code').orderBy('t.code').limit(page.limit).execute();
}

/** Reports of quarters 1..q waiting for a verifier since `submittedBy` (latest submission) or earlier. */
function stuck(db: Executor, periodId: number, quarter: number, submittedBy: string) {
  return db
    .selectFrom('reports as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .innerJoin('targets as t', 't.id', 'r.target_id')
    .innerJoin('outputs as o', 'o.id', 't.output_id')
    .innerJoin('aksi as ak', 'ak.id', 'o.aksi_id')
    .where('r.period_id', '=', periodId)
    .where('r.quarter_number', '<=', quarter)
    .where('r.state', 'in', ['submitted', 'in_review'])
    .where('r.submitted_at', '<=', submittedBy);
}

export async function countStuck(db: Executor, periodId: number, quarter: number, submittedBy: string) {
  const row = await stuck(db, periodId, quarter, submittedBy)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Stuck reports, longest waiting first. */
export function listStuck(
  db: Executor,
  periodId: number,
  quarter: number,
  submittedBy: string,
  page: { limit: number; offset: number },
) {
  return stuck(db, periodId, quarter, submittedBy)
    .select([
      'r.id',
      'r.state',
      'r.submitted_at',
      'i.code as institution_code',
      'i.name as institution_name',
      'i.type as institution_type',
      'i.province_code',
      't.code as target_code',
      'ak.code as aksi_code',
      'o.code as output_code',
      'o.name as output_name',
    ])
    .orderBy('r.submitted_at')
    .orderBy('r.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/**
 * Institutions with at least `minimumGraded` graded reports (the rule is `isFormality` in core) (accepted, not "not applicable") in
 * quarters 1..q, more than half of them graded `administratif`.
 */
function formality(db: Executor, periodId: number, quarter: number, minimumGraded: number) {
  const administratif = sql<number | string>`sum(case when r.quality_grade = 'administratif' then 1 else 0 end)`;
  return db
    .selectFrom('reports as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .where('r.period_id', '=', periodId)
    .where('r.quarter_number', '<=', quarter)
    .where('r.state', '=', 'accepted')
    .where('r.na_accepted', '=', 0)
    .where('r.quality_grade', 'is not', null)
    .select([
      'i.code as institution_code',
      'i.name as institution_name',
      'i.type as institution_type',
      'i.province_code',
      sql<number | string>`count(*)`.as('graded'),
      administratif.as('administratif'),
      sql<number | string>`sum(case when r.quality_grade = 'terlaksana' then 1 else 0 end)`.as('terlaksana'),
      sql<number | string>`sum(case when r.quality_grade = 'berdampak' then 1 else 0 end)`.as('berdampak'),
    ])
    .groupBy(['i.code', 'i.name', 'i.type', 'i.province_code'])
    .having(sql<number>`count(*)`, '>=', minimumGraded)
    .having(sql<number>`2 * ${administratif}`, '>', sql<number>`count(*)`);
}

export async function countFormality(db: Executor, periodId: number, quarter: number, minimumGraded: number) {
  const row = await db
    .selectFrom(formality(db, periodId, quarter, minimumGraded).as('f'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Institutions reporting mostly as a formality: highest share first, then most graded. */
export function listFormality(
  db: Executor,
  periodId: number,
  quarter: number,
  minimumGraded: number,
  page: { limit: number; offset: number },
) {
  return formality(db, periodId, quarter, minimumGraded)
    .orderBy(
      sql`cast(sum(case when r.quality_grade = 'administratif' then 1 else 0 end) as double precision) / count(*)`,
      'desc',
    )
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('i.code')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/**
 * The reports graded administratif in quarters 1..q of some institutions (by code): the targets
 * that put each on the formality list, first `perInstitution` of each by quarter and target code.
 */
export async function listAdministratifTargets(
  db: Executor,
  periodId: number,
  quarter: number,
  institutionCodes: readonly string[],
  perInstitution: number,
) {
  if (institutionCodes.length === 0) return [];
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .innerJoin('targets as t', 't.id', 'r.target_id')
    .innerJoin('outputs as o', 'o.id', 't.output_id')
    .innerJoin('aksi as ak', 'ak.id', 'o.aksi_id')
    .where('r.period_id', '=', periodId)
    .where('r.quarter_number', '<=', quarter)
    .where('r.state', '=', 'accepted')
    .where('r.na_accepted', '=', 0)
    .where('r.quality_grade', '=', 'administratif')
    .where('i.code', 'in', [...institutionCodes])
    .select([
      'r.id',
      'i.code as institution_code',
      'r.quarter_number',
      't.code as target_code',
      'ak.code as aksi_code',
      'o.code as output_code',
      'o.name as output_name',
    ])
    .orderBy('i.code')
    .orderBy('r.quarter_number')
    .orderBy('t.code')
    .execute();
  const kept = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = kept.get(row.institution_code) ?? [];
    if (list.length < perInstitution) list.push(row);
    kept.set(row.institution_code, list);
  }
  return [...kept.values()].flat();
}
