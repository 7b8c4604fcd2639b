/**
 * Process and results stories: a publication may tell the story of one accepted report
 * (`publications.report_id`), in a few sentences of its own (`summary`). The portal shows it next to that verified result, and the feeds
 * carry it; the link is kept even if the report is later reopened (the story then shows no result).
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const stories: PantauMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('publications')
      .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
      .execute();
    await db.schema.alterTable('publications').addColumn('summary', 'text').execute();
    await db.schema.createIndex('publications_report').on('publications').column('report_id').execute();
  },
};
