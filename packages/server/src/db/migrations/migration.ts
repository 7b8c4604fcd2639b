/** What one migration is: a step that may use the few engine differences (auto ids). */
import type { Kysely } from 'kysely';
import type { DatabaseDialect } from '../dialect/index.js';

/** A migration that may use the few engine differences (auto ids). */
export interface PantauMigration {
  up(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void>;
}
