/** Reading and changing single catalogue entries by code, for administration and import. */
import type { Executor } from '../database.js';

/** Fokus of a period with the given code. */
export function findFokus(db: Executor, periodId: number, code: string) {
  return db
    .selectFrom('fokus')
    .select(['id', 'code', 'name'])
    .where('period_id', '=', periodId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Aksi of a period with the given code, with its fokus code. */
export function findAksi(db: Executor, periodId: number, code: string) {
  return db
    .selectFrom('aksi')
    .innerJoin('fokus', 'fokus.id', 'aksi.fokus_id')
    .select(['aksi.id', 'aksi.code', 'aksi.name', 'aksi.fokus_id', 'fokus.code as fokus_code'])
    .where('aksi.period_id', '=', periodId)
    .where('aksi.code', '=', code)
    .executeTakeFirst();
}

/** Output of a period with the given code, with its aksi code. */
export function findOutput(db: Executor, periodId: number, code: string) {
  return db
    .selectFrom('outputs')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .select(['outputs.id', 'outputs.code', 'outputs.name', 'outputs.aksi_id', 'aksi.code as aksi_code'])
    .where('outputs.period_id', '=', periodId)
    .where('outputs.code', '=', code)
    .executeTakeFirst();
}

/** Renames a fokus. */
export async function updateFokus(db: Executor, id: number, name: string): Promise<void> {
  await db.updateTable('fokus').set({ name }).where('id', '=', id).execute();
}

/** Renames an aksi or moves it to another fokus. */
export async function updateAksi(db: Executor, id: number, fields: { name: string; fokus_id: number }): Promise<void> {
  await db.updateTable('aksi').set(fields).where('id', '=', id).execute();
}

/** Renames an output. */
export async function updateOutput(db: Executor, id: number, name: string): Promise<void> {
  await db.updateTable('outputs').set({ name }).where('id', '=', id).execute();
}

/** Ids and codes of a period's fokus, aksi and outputs (what imports check references against). */
export async function listCatalogueCodes(db: Executor, periodId: number) {
  const [fokus, aksi, outputs] = await Promise.all([
    db.selectFrom('fokus').select(['id', 'code']).where('period_id', '=', periodId).execute(),
    db.selectFrom('aksi').select(['id', 'code']).where('period_id', '=', periodId).execute(),
    db.selectFrom('outputs').select(['id', 'code']).where('period_id', '=', periodId).execute(),
  ]);
  return { fokus, aksi, outputs };
}
