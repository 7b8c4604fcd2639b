/**
 * Backup → restore round trip on each engine: the restored instance holds the same rows in every
 * table, the same evidence files, and an intact audit chain that goes on growing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { systemActor } from '../../audit/actor.js';
import { recordAudit, verifyAuditChain } from '../../audit/audit.service.js';
import { fixedClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import { type Database, openDatabase } from '../../db/database.js';
import { isEmptyDatabase, listTables } from '../../db/dialect/backup.js';
import type { DialectName } from '../../db/dialect/index.js';
import { LocalBlobStore } from '../../storage/local-blob-store.js';
import { acceptedReport, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { createTestDatabase, dialectsUnderTest } from '../../test-support/databases.js';
import { adminQuery, dropDatabase, urlForDatabase } from '../../test-support/postgres-admin.js';
import { createBackup, restoreBackup } from './backup.service.js';

const clock = fixedClock('2025-07-01T03:00:00.000Z');

/** Every row of every table, each table's rows sorted, for an exact comparison. */
async function everyRow(database: Database): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {};
  for (const table of await listTables(database.db, database.dialect.name)) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db);
    all[table] = result.rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return all;
}

/** An empty database of the engine to restore into; `drop` removes it. */
async function emptyTarget(dialect: DialectName, dir: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return { url: `sqlite:${join(dir, 'restored.db')}`, drop: async () => {} };
  const baseUrl = process.env.PANTAU_TEST_DATABASE_URL as string;
  const name = `pantau_restore_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `create database "${name}"`);
  return { url: urlForDatabase(baseUrl, name), drop: () => dropDatabase(baseUrl, name) };
}

for (const dialect of dialectsUnderTest()) {
  describe(`backup and restore [${dialect}]`, () => {
    let source: Database & { url: string };
    let dir: string;
    let blobs: LocalBlobStore;
    let app: FastifyInstance;
    let target: { url: string; drop(): Promise<void> };

    beforeEach(async () => {
      source = await createTestDatabase(dialect);
      dir = mkdtempSync(join(tmpdir(), 'pantau-backup-'));
      blobs = new LocalBlobStore(join(dir, 'source-evidence'));
      const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), webDist: null };
      app = await buildApp({ config, database: source, clock, blobs }, { logger: false });
      target = await emptyTarget(dialect, dir);
    });
    afterEach(async () => {
      await app.close();
      await source.close();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    /** A quarterly cycle with sessions, idempotent writes, evidence files, an accepted report and a closed quarter. */
    async function fillSource() {
      const cycle = await startCycle(app, source, clock);
      const api = cycleApi(app);
      const draft = (await api.open(cycle.contributor, '1.1-TW2', 'open-1.1-TW2')).json();
      const unique = Buffer.concat([PDF, Buffer.from(`% ${randomBytes(16).toString('hex')}\n`)]);
      expect((await api.upload(cycle.contributor, draft.id, 'rencana.pdf', unique, 0, 'upload-1')).statusCode).toBe(
        201,
      );
      expect((await api.upload(cycle.contributor, draft.id, 'bukti.pdf', PDF, 1)).statusCode).toBe(201);
      await api.link(cycle.contributor, draft.id, 'https://semarangkota.go.id/berita', 1);
      await acceptedReport(app, cycle, '2.1-TW4', 80);
      await app.inject({
        method: 'POST',
        url: '/api/periods/2025-2026/quarters/4/close',
        payload: { sampleSize: 1 },
        headers: { cookie: cycle.admin.cookie as string, 'x-csrf-token': cycle.admin.csrfToken as string },
      });
      return { unique };
    }

    it('restores every row, every evidence file and an intact audit chain into an empty database', async () => {
      const { unique } = await fillSource();
      const manifest = await createBackup({ database: source, url: source.url, blobs }, join(dir, 'backup'), clock);
      expect(manifest.engine).toBe(dialect);
      expect(manifest.evidence.files).toBe(2);
      expect(manifest.tables.audit_log).toBe(manifest.auditHead.seq);
      expect(manifest.tables.reports).toBeGreaterThan(0);

      const restoredBlobs = new LocalBlobStore(join(dir, 'restored-evidence'));
      const result = await restoreBackup({ url: target.url, blobs: restoredBlobs }, join(dir, 'backup'));
      expect(result).toMatchObject({ engine: dialect, evidenceFiles: 2, auditEntries: manifest.auditHead.seq });

      const restored = openDatabase(target.url);
      try {
        expect(await everyRow(restored)).toEqual(await everyRow(source));
        for (const content of [unique, PDF]) {
          const sha256 = createHash('sha256').update(content).digest('hex');
          expect(Buffer.from(await text(await restoredBlobs.get(sha256)), 'latin1')).toEqual(
            Buffer.from(await text(await blobs.get(sha256)), 'latin1'),
          );
        }
        // The restored instance goes on: identity columns and the chain continue where they were.
        await recordAudit(restored.db, clock, systemActor('test'), {
          action: 'test.after_restore',
          entity: 'dataset',
          entityId: null,
          change: {},
        });
        await restored.db
          .insertInto('login_attempts')
          .values({ key: 'ip:127.0.0.1', at: '2025-07-01T03:00:00.000Z' })
          .execute();
        expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true, entries: manifest.auditHead.seq + 1 });
      } finally {
        await restored.close();
      }
    });

    it('refuses a non-empty folder or target, and a backup whose evidence file was altered', async () => {
      await fillSource();
      const backupDir = join(dir, 'backup');
      const manifest = await createBackup({ database: source, url: source.url, blobs }, backupDir, clock);
      await expect(createBackup({ database: source, url: source.url, blobs }, backupDir, clock)).rejects.toMatchObject({
        code: 'backup_target_not_empty',
      });

      const item = manifest.evidence.items[0] as { sha256: string };
      const file = join(backupDir, 'evidence', item.sha256.slice(0, 2), item.sha256.slice(2, 4), item.sha256);
      const original = readFileSync(file);
      await chmod(file, 0o644);
      writeFileSync(file, Buffer.concat([original, Buffer.from('tampered')]));
      const restoredBlobs = new LocalBlobStore(join(dir, 'restored-evidence'));
      await expect(restoreBackup({ url: target.url, blobs: restoredBlobs }, backupDir)).rejects.toMatchObject({
        code: 'backup_invalid',
      });
      expect(await isEmptyDatabase(target.url)).toBe(true);

      writeFileSync(file, original);
      await restoreBackup({ url: target.url, blobs: restoredBlobs }, backupDir);
      await expect(restoreBackup({ url: target.url, blobs: restoredBlobs }, backupDir)).rejects.toMatchObject({
        code: 'restore_target_not_empty',
      });
    });
  });
}
