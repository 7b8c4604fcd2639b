/** What a backup reads from a database snapshot: row counts and the evidence files it refers to. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';

/** The number of rows of `table`. */
export async function countRows(db: Executor, table: string): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** Every stored evidence file the evidence rows refer to, once per content hash. */
export async function listEvidenceBlobs(db: Executor): Promise<{ sha256: string; size: number; mime: string }[]> {
  const rows = await db
    .selectFrom('evidence')
    .select((eb) => ['file_sha256', eb.fn.max('file_size').as('size'), eb.fn.max('mime_type').as('mime')])
    .where('file_sha256', 'is not', null)
    .groupBy('file_sha256')
    .orderBy('file_sha256')
    .execute();
  return rows.map((row) => ({
    sha256: row.file_sha256 as string,
    size: Number(row.size ?? 0),
    mime: row.mime ?? 'application/octet-stream',
  }));
}
