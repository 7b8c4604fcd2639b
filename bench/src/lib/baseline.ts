/**
 * The plain GROUP BY the dashboard is compared with: the same aggregate computed from the base
 * tables (assignments × targets × reports) at query time, without the stored live figures.
 */
import { sql } from 'kysely';
import type { Database } from './server.js';

/**
 * National compliance and weighted score per quarter and institution type for a period: the trend
 * and type breakdown the national dashboard shows, from assignments × targets × reports.
 */
export async function nationalGroupBy(database: Database, periodCode: string): Promise<unknown[]> {
  const result = await sql`
    select t.quarter_number, i.type,
      count(*) as expected,
      sum(case when r.first_submitted_at is not null then 1 else 0 end) as submitted,
      sum(case when r.on_time = 1 then 1 else 0 end) as on_time,
      sum(case when r.state = 'accepted' then 1 else 0 end) as verified,
      sum(case when r.na_accepted = 1 then 1 else 0 end) as not_applicable,
      sum(tv.weight) as weight_due,
      sum(case when r.state = 'accepted' and r.na_accepted = 0
        then tv.weight * coalesce(r.field_score, r.score) else 0 end) as weighted_score,
      count(distinct a.institution_id) as institutions
    from periods p
    join targets t on t.period_id = p.id
    join target_versions tv on tv.target_id = t.id and tv.version = t.current_version
    join assignments a on a.output_id = t.output_id
    join institutions i on i.id = a.institution_id
    left join reports r on r.target_id = t.id and r.institution_id = a.institution_id
    where p.code = ${periodCode}
    group by t.quarter_number, i.type
    order by t.quarter_number, i.type`.execute(database.db);
  return result.rows;
}

/** The same, for one institution (what GET /api/institutions/:code/performance answers). */
export async function institutionGroupBy(
  database: Database,
  periodCode: string,
  institution: string,
): Promise<unknown[]> {
  const result = await sql`
    select t.quarter_number,
      count(*) as expected,
      sum(case when r.first_submitted_at is not null then 1 else 0 end) as submitted,
      sum(case when r.on_time = 1 then 1 else 0 end) as on_time,
      sum(case when r.state = 'accepted' then 1 else 0 end) as verified,
      sum(tv.weight) as weight_due,
      sum(case when r.state = 'accepted' and r.na_accepted = 0 then tv.weight * coalesce(r.field_score, r.score) else 0 end) as weighted_score
    from periods p
    join targets t on t.period_id = p.id
    join target_versions tv on tv.target_id = t.id and tv.version = t.current_version
    join assignments a on a.output_id = t.output_id
    join institutions i on i.id = a.institution_id
    left join reports r on r.target_id = t.id and r.institution_id = a.institution_id
    where p.code = ${periodCode} and i.code = ${institution}
    group by t.quarter_number
    order by t.quarter_number`.execute(database.db);
  return result.rows;
}
