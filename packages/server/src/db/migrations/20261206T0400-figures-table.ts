/**
 * The stored figures get the one name the code uses for them: `institution_quarter_stats` becomes
 * `institution_figures` (one row per institution, period and quarter), rows kept. Its index gets
 * the new name too, and on PostgreSQL its key (SQLite does not name constraints outside the
 * table's own text).
 */
import { type Kysely, sql } from 'kysely';
import type { PantauMigration } from './migration.js';

export const figuresTable: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    await db.schema.alterTable('institution_quarter_stats').renameTo('institution_figures').execute();
    await db.schema.dropIndex('institution_quarter_stats_period').execute();
    await db.schema
      .createIndex('institution_figures_period')
      .on('institution_figures')
      .columns(['period_id', 'quarter_number'])
      .execute();
    if (dialect.name === 'postgres') {
      await sql`alter table institution_figures rename constraint institution_quarter_stats_pk to institution_figures_pk`.execute(
        db,
      );
    }
  },
};
