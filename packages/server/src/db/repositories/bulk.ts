/** Bulk inserts in chunks that stay under both engines' bound-parameter limits. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { DB } from '../schema.js';

const MAX_PARAMETERS = 30_000;

/** Inserts `rows` into `table` in as few statements as the parameter limits allow. */
export async function insertInChunks<T extends keyof DB & string>(
  db: Executor,
  table: T,
  rows: Insertable<DB[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    // Kysely cannot narrow the insert type of a generic table name; the signature above keeps callers typed.
    await db
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
}
