/**
 * Impact indicators that can be judged (issue #18): each target version's indicator gains its
 * target value, its direction (`higher` or `lower` is better) and the source of the figure.
 * Indicators declared before carry no target value (they cannot be judged until a revision sets
 * one) and read "higher is better" until then.
 */
import { type Kysely, sql } from 'kysely';
import type { PantauMigration } from './migration.js';

export const impactIndicators: PantauMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('target_versions').addColumn('impact_target', 'double precision').execute();
    await db.schema.alterTable('target_versions').addColumn('impact_direction', 'text').execute();
    await db.schema.alterTable('target_versions').addColumn('impact_source', 'text').execute();
    await sql`update target_versions set impact_direction = 'higher' where impact_name is not null`.execute(db);
  },
};
