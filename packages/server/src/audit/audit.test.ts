import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/database.js';
import { buildTestApp, TEST_NOW } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { systemActor } from './actor.js';
import { recordAudit, verifyAuditChain } from './audit.service.js';

async function writeChain(database: Database, count: number) {
  const clock = fixedClock(TEST_NOW);
  for (let i = 1; i <= count; i++) {
    await database.db.transaction().execute((trx) =>
      recordAudit(trx, clock, systemActor('test'), {
        action: 'test.write',
        entity: 'thing',
        entityId: i,
        change: { value: i },
      }),
    );
    clock.advance(1000);
  }
}

describeEachDatabase('audit chain', (database) => {
  beforeEach(() => writeChain(database(), 6));

  it('verifies an untouched chain and publishes its head', async () => {
    const result = await verifyAuditChain(database().db);
    expect(result).toMatchObject({ ok: true, entries: 6, head: { seq: 6 } });
    const app = await buildTestApp(database());
    try {
      const head = (await app.inject('/api/public/audit/head')).json();
      expect(head).toEqual({ seq: 6, hash: result.ok ? result.head.hash : '', at: '2026-11-27T03:00:05.000Z' });
    } finally {
      await app.close();
    }
  });

  it('links every entry to the previous one', async () => {
    const rows = await database().db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows[0]?.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
  });

  it('names the first entry whose content was altered', async () => {
    await database().db.updateTable('audit_log').set({ change: '{"value":999}' }).where('seq', '=', 3).execute();
    expect(await verifyAuditChain(database().db)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: expect.stringContaining('hash'),
    });
  });

  it('detects an entry rewritten with a fresh hash, at the next link', async () => {
    // A careful forger recomputes the altered entry's own hash; the next entry's link still breaks.
    const { auditEntryHash } = await import('./audit-hash.js');
    const row = await database().db.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const forged = { ...row, change: '{"value":-1}' };
    await database()
      .db.updateTable('audit_log')
      .set({ change: forged.change, hash: auditEntryHash(forged) })
      .where('seq', '=', 2)
      .execute();
    expect(await verifyAuditChain(database().db)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: expect.stringContaining('sebelumnya'),
    });
  });

  it('names a deleted entry', async () => {
    await database().db.deleteFrom('audit_log').where('seq', '=', 4).execute();
    expect(await verifyAuditChain(database().db)).toMatchObject({
      ok: false,
      brokenAt: 4,
      reason: expect.stringContaining('hilang'),
    });
  });

  it('detects reordered entries', async () => {
    const db = database().db;
    await sql`update audit_log set seq = -1 where seq = 2`.execute(db);
    await sql`update audit_log set seq = 2 where seq = 5`.execute(db);
    await sql`update audit_log set seq = 5 where seq = -1`.execute(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('detects entries cut off the end', async () => {
    await database().db.deleteFrom('audit_log').where('seq', '>=', 5).execute();
    expect(await verifyAuditChain(database().db)).toMatchObject({
      ok: false,
      brokenAt: 5,
      reason: expect.stringContaining('kepala'),
    });
  });

  it('numbers entries consecutively under concurrent writers', async () => {
    const clock = fixedClock(TEST_NOW);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database()
          .db.transaction()
          .execute((trx) =>
            recordAudit(trx, clock, systemActor('test'), {
              action: 'test.concurrent',
              entity: 'thing',
              entityId: i,
              change: {},
            }),
          ),
      ),
    );
    expect(await verifyAuditChain(database().db)).toMatchObject({ ok: true, entries: 14 });
  });
});
