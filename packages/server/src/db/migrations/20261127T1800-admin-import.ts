/**
 * Administration of assignments: ending an assignment or a rule is an event with a time, a reason
 * and an actor, never a deletion, so history stays readable and figures can ignore what ended.
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const adminImport: PantauMigration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['assignments', 'assignment_rules']) {
      await db.schema.alterTable(table).addColumn('ended_at', 'text').execute();
      await db.schema.alterTable(table).addColumn('ended_reason', 'text').execute();
      await db.schema
        .alterTable(table)
        .addColumn('ended_by', 'integer', (c) => c.references('users.id'))
        .execute();
    }
    await db.schema
      .alterTable('assignment_rules')
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .execute();
  },
};
