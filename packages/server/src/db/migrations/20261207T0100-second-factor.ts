/**
 * Two-factor sign-in: each account's authenticator secret (encrypted with the server secret), the
 * last time step a code was accepted (so a code is never accepted twice), hashed single-use
 * recovery codes, and the short-lived challenge between a correct password and the code.
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const secondFactor: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    await db.schema
      .createTable('second_factors')
      .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
      .addColumn('secret_box', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'text')
      .addColumn('last_step', 'integer')
      .execute();
    await db.schema
      .createTable('recovery_codes')
      .addColumn('id', 'integer', dialect.idColumn)
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();
    await db.schema
      .createTable('sign_in_challenges')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('previous_session', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
  },
};
