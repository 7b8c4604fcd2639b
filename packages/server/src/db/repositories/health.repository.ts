/** The database's own health: one round trip. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';

/** Answers when the database does; throws when it cannot be reached. */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
