/**
 * Closing a quarter locks its reports. Admin may unlock one report with a reason, saying whether
 * it joins the field-verification sample population; each unlock is a row, never overwritten.
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const reportUnlocks: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    await db.schema
      .createTable('report_unlocks')
      .addColumn('id', 'integer', dialect.idColumn)
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('joins_sample', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('report_unlocks_report').on('report_unlocks').column('report_id').execute();
  },
};
