/**
 * The Inspektorat's support log (pendampingan): entries about the institution or one of its
 * units, their attached files and their follow-ups (owner unit, due date, status — the follow-up
 * model of coordination meetings); and the province view, a flag on a province account that
 * lets it read its kabupaten/kota's progress.
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const supportLog: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    await db.schema
      .createTable('support_entries')
      .addColumn('id', 'integer', dialect.idColumn)
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('unit_id', 'integer', (c) => c.references('work_units.id'))
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('support_entries_institution_held')
      .on('support_entries')
      .columns(['institution_id', 'held_on'])
      .execute();
    await db.schema.createIndex('support_entries_held').on('support_entries').column('held_on').execute();

    await db.schema
      .createTable('support_entry_attachments')
      .addColumn('entry_id', 'integer', (c) => c.notNull().references('support_entries.id'))
      .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('support_entry_attachments_pk', ['entry_id', 'attachment_id'])
      .execute();

    await db.schema
      .createTable('support_follow_ups')
      .addColumn('id', 'integer', dialect.idColumn)
      .addColumn('entry_id', 'integer', (c) => c.notNull().references('support_entries.id'))
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_unit_id', 'integer', (c) => c.references('work_units.id'))
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .execute();
    await db.schema.createIndex('support_follow_ups_entry').on('support_follow_ups').column('entry_id').execute();
    await db.schema
      .createIndex('support_follow_ups_institution_status')
      .on('support_follow_ups')
      .columns(['institution_id', 'status'])
      .execute();

    await db.schema
      .createTable('province_views')
      .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
      .addColumn('granted_by', 'integer', (c) => c.references('users.id'))
      .addColumn('granted_at', 'text', (c) => c.notNull())
      .execute();
  },
};
