/**
 * Target versions are written once and never changed, which lets `findTargetVersion` keep the rows
 * it reads outside a transaction; a row read inside one that rolls back is not kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { findTargetVersion } from './target.repository.js';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** Source files (not tests) under `folder`. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(repository, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(repository, join(entry.parentPath, entry.name)));
}

const CHANGES_A_VERSION =
  /updateTable\(\s*['"]target_versions['"]|deleteFrom\(\s*['"]target_versions['"]|\b(update|delete\s+from|truncate(\s+table)?)\s+"?target_versions\b/i;

describe('target versions', () => {
  it('are insert-only: no code outside the migrations (run before serving) updates or deletes one', () => {
    const files = [...sourceFiles('packages/server/src'), ...sourceFiles('bench/src')].filter(
      (file) => !file.startsWith('packages/server/src/db/migrations/'),
    );
    expect(files.length).toBeGreaterThan(300);
    expect(files.filter((file) => CHANGES_A_VERSION.test(readFileSync(join(repository, file), 'utf8')))).toEqual([]);
  });

  it('the check sees a change written with Kysely or in SQL', () => {
    expect(CHANGES_A_VERSION.test("db.updateTable('target_versions').set({ weight: 2 })")).toBe(true);
    expect(CHANGES_A_VERSION.test("db.deleteFrom('target_versions')")).toBe(true);
    expect(CHANGES_A_VERSION.test('sql`delete from target_versions where target_id = 1`')).toBe(true);
    expect(CHANGES_A_VERSION.test("db.insertInto('target_versions').values(row)")).toBe(false);
  });
});

describeEachDatabase('findTargetVersion', (database) => {
  it('keeps a row read outside a transaction, not one read inside a transaction that rolled back', async () => {
    const { db } = database();
    await loadFixture(database());
    const target = await db.selectFrom('targets').selectAll().orderBy('id').executeTakeFirstOrThrow();
    const current = await findTargetVersion(db, target.id, target.current_version);
    if (!current) throw new Error('the fixture has no current version');
    expect(await findTargetVersion(db, target.id, target.current_version)).toBe(current);

    const next = target.current_version + 1;
    const rolledBack = new Error('roll back');
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('target_versions')
          .values({ ...current, id: undefined, version: next, reason: 'revisi' })
          .execute();
        expect((await findTargetVersion(trx, target.id, next))?.reason).toBe('revisi');
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await findTargetVersion(db, target.id, next)).toBeUndefined();
  });
});
