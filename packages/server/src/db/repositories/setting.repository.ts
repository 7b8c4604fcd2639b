/** Instance-wide key/value settings. */
import type { Executor } from '../database.js';

/** The value of setting `key`, or undefined. */
export async function getSetting(db: Executor, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Stores `key` = `value` unless the key exists; true when this call stored it (a concurrent writer may win). */
export async function insertSettingIfAbsent(db: Executor, key: string, value: string, at: string): Promise<boolean> {
  const inserted = await db
    .insertInto('settings')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Sets `key` to `value`, replacing any earlier value. */
export async function putSetting(db: Executor, key: string, value: string, at: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}
