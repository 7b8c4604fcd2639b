/**
 * Self-service accounts: a phone number on the account, and the scope of an API token (`read`
 * or `read-write`; tokens issued before keep what they could do, `read-write`).
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const accounts: PantauMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('phone', 'text').execute();
    await db.schema
      .alterTable('api_tokens')
      .addColumn('scope', 'text', (c) => c.notNull().defaultTo('read-write'))
      .execute();
  },
};
