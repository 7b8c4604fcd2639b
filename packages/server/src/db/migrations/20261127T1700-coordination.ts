/**
 * Coordination (docs/design.md#coordination): attachments, announcements with recipients and read receipts,
 * meetings with invitees, responses, attendance, minutes and follow-ups, the national media kit,
 * and institutions' publications.
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const coordination: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const table = (name: string) => db.schema.createTable(name).addColumn('id', 'integer', dialect.idColumn);

    await table('attachments')
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('mime_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('institution_id', 'integer', (c) => c.references('institutions.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await table('announcements')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('roles', 'text', (c) => c.notNull())
      .addColumn('sender_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('sender_institution_id', 'integer', (c) => c.references('institutions.id'))
      .addColumn('recipient_count', 'integer', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('announcements_sender_institution')
      .on('announcements')
      .column('sender_institution_id')
      .execute();

    await db.schema
      .createTable('announcement_attachments')
      .addColumn('announcement_id', 'integer', (c) => c.notNull().references('announcements.id'))
      .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('announcement_attachments_pk', ['announcement_id', 'attachment_id'])
      .execute();

    await db.schema
      .createTable('announcement_recipients')
      .addColumn('announcement_id', 'integer', (c) => c.notNull().references('announcements.id'))
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('reminded_at', 'text')
      .addColumn('reminders', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('announcement_recipients_pk', ['announcement_id', 'institution_id'])
      .execute();
    await db.schema
      .createIndex('announcement_recipients_institution')
      .on('announcement_recipients')
      .column('institution_id')
      .execute();

    await db.schema
      .createTable('announcement_reads')
      .addColumn('announcement_id', 'integer', (c) => c.notNull().references('announcements.id'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('read_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('announcement_reads_pk', ['announcement_id', 'user_id'])
      .execute();

    await table('meetings')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('online_url', 'text')
      .addColumn('place', 'text')
      .addColumn('agenda', 'text', (c) => c.notNull())
      .addColumn('invitees', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meetings_starts_at').on('meetings').column('starts_at').execute();

    await table('meeting_invitees')
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addUniqueConstraint('meeting_invitees_unique', ['meeting_id', 'institution_id', 'role'])
      .execute();
    await db.schema
      .createIndex('meeting_invitees_institution')
      .on('meeting_invitees')
      .column('institution_id')
      .execute();

    await db.schema
      .createTable('meeting_responses')
      .addColumn('invitee_id', 'integer', (c) => c.primaryKey().references('meeting_invitees.id'))
      .addColumn('attending', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('responded_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('responded_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('meeting_attendance')
      .addColumn('invitee_id', 'integer', (c) => c.primaryKey().references('meeting_invitees.id'))
      .addColumn('present', 'integer', (c) => c.notNull())
      .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('meeting_minutes')
      .addColumn('meeting_id', 'integer', (c) => c.primaryKey().references('meetings.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();

    await table('follow_ups')
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('owner_institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .execute();
    await db.schema.createIndex('follow_ups_owner').on('follow_ups').column('owner_institution_id').execute();
    await db.schema.createIndex('follow_ups_status_due').on('follow_ups').columns(['status', 'due_on']).execute();
    await db.schema.createIndex('follow_ups_meeting').on('follow_ups').column('meeting_id').execute();

    await table('follow_up_updates')
      .addColumn('follow_up_id', 'integer', (c) => c.notNull().references('follow_ups.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('url', 'text')
      .addColumn('attachment_id', 'integer', (c) => c.references('attachments.id'))
      .addColumn('updated_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('follow_up_updates_follow_up').on('follow_up_updates').column('follow_up_id').execute();

    await table('media_materials')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('attachment_id', 'integer', (c) => c.references('attachments.id'))
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('aksi', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await table('publications')
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('attachment_id', 'integer', (c) => c.references('attachments.id'))
      .addColumn('published_on', 'text', (c) => c.notNull())
      .addColumn('material_id', 'integer', (c) => c.references('media_materials.id'))
      .addColumn('period_id', 'integer', (c) => c.references('periods.id'))
      .addColumn('aksi', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .execute();
    await db.schema.createIndex('publications_institution').on('publications').column('institution_id').execute();
    await db.schema.createIndex('publications_material').on('publications').column('material_id').execute();
  },
};
