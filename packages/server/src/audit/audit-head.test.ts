/**
 * A transaction holds the audit chain's head only just before it commits: on PostgreSQL, a write
 * commits its audit entry while another transaction that has recorded one is still open, and the
 * chain links the entries in the order their transactions committed. (SQLite has one writer at a
 * time, so there is nothing to overlap.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/database.js';
import { beforeCommit, transaction } from '../db/transaction.js';
import { TEST_NOW } from '../test-support/app.js';
import { createTestDatabase, dialectsUnderTest } from '../test-support/databases.js';
import { deferred } from '../test-support/deferred.js';
import { systemActor } from './actor.js';
import { recordAudit, verifyAuditChain } from './audit.service.js';

const clock = fixedClock(TEST_NOW);
const event = (value: string) => ({ action: 'test.write', entity: 'thing', entityId: value, change: { value } });

describe('steps before commit [sqlite]', () => {
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterEach(() => database.close());

  it('run after the work, in the order asked, and are undone with it', async () => {
    const order: string[] = [];
    await transaction(database.db, async (trx) => {
      await beforeCommit(trx, async () => {
        order.push('first step');
        await beforeCommit(trx, async () => void order.push('step asked by a step'));
      });
      await beforeCommit(trx, async () => void order.push('second step'));
      order.push('work');
    });
    expect(order).toEqual(['work', 'first step', 'second step', 'step asked by a step']);

    await expect(
      transaction(database.db, async (trx) => {
        await recordAudit(trx, clock, systemActor('test'), event('undone'));
        throw new Error('the work fails');
      }),
    ).rejects.toThrow('the work fails');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 0 });

    // Outside a transaction of `transaction`, the entry is appended at once.
    await recordAudit(database.db, clock, systemActor('test'), event('at once'));
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 1 });
  });
});

describe.runIf(dialectsUnderTest().includes('postgres'))('the audit head held only at commit [postgres]', () => {
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });
  afterEach(() => database.close());

  it('lets a second write commit its entry while the first is still open', async () => {
    const firstRecorded = deferred();
    const secondDone = deferred();
    const first = transaction(database.db, async (trx) => {
      await recordAudit(trx, clock, systemActor('test'), event('first'));
      firstRecorded.resolve();
      // Held open until the second has committed; with the head locked here, it never would.
      await secondDone.promise;
    });
    await firstRecorded.promise;
    const second = transaction(database.db, (trx) => recordAudit(trx, clock, systemActor('test'), event('second')));
    const outcome = await Promise.race([
      second.then(() => 'committed'),
      new Promise((resolve) => setTimeout(() => resolve('waited on the first'), 5000)),
    ]);
    secondDone.resolve();
    await Promise.all([first, second]);
    expect(outcome).toBe('committed');

    const chain = await database.db.selectFrom('audit_log').select(['seq', 'entity_id']).orderBy('seq').execute();
    expect(chain).toEqual([
      { seq: 1, entity_id: 'second' },
      { seq: 2, entity_id: 'first' },
    ]);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 2 });
  });

  it('hashes in the database exactly as the chain check does, whatever the text', async () => {
    const texts = ['Bupati “Semarang” — catatan\nbaris dua', 'garis \\ miring, tab\t, 📎, \u0001', ''];
    for (const text of texts) {
      await transaction(database.db, (trx) =>
        recordAudit(trx, clock, systemActor(`impor ${text}`), {
          action: 'test.write',
          entity: 'thing',
          entityId: null,
          change: { text, nested: { list: [text, 1.5, null] } },
        }),
      );
    }
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: texts.length });
  });
});
