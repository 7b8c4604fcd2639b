/**
 * The public data version: `audit_head.public_seq` is the sequence number of the last audited
 * write that changes what the public sees (a verification decision, a publication, a published
 * answer, a catalogue or period change). Drafts, submissions, sign-ins and the like leave it
 * alone, so the public pages' cache outlives the deadline rush. Starts at the current head.
 */
import { type Kysely, sql } from 'kysely';
import type { PantauMigration } from './migration.js';

export const publicVersion: PantauMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('audit_head')
      .addColumn('public_seq', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update audit_head set public_seq = seq`.execute(db);
  },
};
