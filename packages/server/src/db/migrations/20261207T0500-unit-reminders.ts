/** When a work unit's contributors were last reminded of their reports, so reminders stay rare. */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const unitReminders: PantauMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('work_units').addColumn('reminded_at', 'text').execute();
  },
};
