/**
 * Figures kept until the next write, and served a few seconds old while writes stream in: a read
 * within the staleness bound never waits for a recomputation, one recomputation runs per key
 * however many read, a costly one rests three times as long as it took, an older result is never served past
 * the bound (twice the bound while a recomputation is on its way), and once writes stop the answer
 * equals a full recomputation.
 */
import { expect, it } from 'vitest';
import type { Executor } from '../../db/database.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { freshWithin, recomputationsSettled, untilNextWrite } from './dashboard-memo.js';

/** What a write does to the head: advances its sequence. */
async function write(db: Executor): Promise<void> {
  await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A computation that counts its runs and finishes when released. */
function gated() {
  let runs = 0;
  const releases: (() => void)[] = [];
  return {
    get runs() {
      return runs;
    },
    compute: () => {
      runs++;
      const value = runs;
      return new Promise<number>((resolve) => releases.push(() => resolve(value)));
    },
    releaseAll: () => {
      for (const release of releases.splice(0)) release();
    },
  };
}

describeEachDatabase('figures kept until the next write, served a few seconds old during writes', (database) => {
  it('serves the last result within the bound without waiting, with one recomputation however many read', async () => {
    const { db } = database();
    const figures = gated();
    const first = freshWithin(db, 'k', 5000, figures.compute);
    await until(() => figures.runs === 1);
    figures.releaseAll();
    expect((await first).value).toBe(1);

    await write(db);
    // Ten readers after a write: each gets the kept result at once; one recomputation starts.
    const readers = await Promise.all(Array.from({ length: 10 }, () => freshWithin(db, 'k', 5000, figures.compute)));
    expect(readers.map((r) => r.value)).toEqual(Array(10).fill(1));
    expect(figures.runs).toBe(2);

    figures.releaseAll();
    await recomputationsSettled(db);
    const after = await freshWithin(db, 'k', 5000, figures.compute);
    expect(after.value).toBe(2);
    expect(figures.runs).toBe(2);
  });

  it('never serves a result older than the bound: the reader then waits for a recomputation', async () => {
    const { db } = database();
    let runs = 0;
    const compute = async () => ++runs;
    expect((await freshWithin(db, 'old', 50, compute)).value).toBe(1);
    await write(db);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const answer = await freshWithin(db, 'old', 50, compute);
    expect(answer.value).toBe(2);
    expect(Date.now() - answer.at).toBeLessThan(1000);
  });

  it('lets a costly recomputation rest three times as long as it took before the next starts', async () => {
    const { db } = database();
    let runs = 0;
    const slow = async () => {
      runs++;
      await sleep(80);
      return runs;
    };
    expect((await freshWithin(db, 'slow', 5000, slow)).value).toBe(1);
    await write(db);
    expect((await freshWithin(db, 'slow', 5000, slow)).value).toBe(1);
    expect(runs).toBe(1);
    await sleep(100);
    expect((await freshWithin(db, 'slow', 5000, slow)).value).toBe(1);
    expect(runs).toBe(1);
    await sleep(180);
    expect((await freshWithin(db, 'slow', 5000, slow)).value).toBe(1);
    expect(runs).toBe(2);
  });

  it('keeps readers off a recomputation running past the bound, up to twice the bound', async () => {
    const { db } = database();
    const figures = gated();
    const first = freshWithin(db, 'late', 150, figures.compute);
    await until(() => figures.runs === 1);
    figures.releaseAll();
    await first;
    await write(db);
    expect((await freshWithin(db, 'late', 150, figures.compute)).value).toBe(1);
    expect(figures.runs).toBe(2);
    await sleep(170);
    // Past the bound, the recomputation still running: the kept result, at once.
    expect((await freshWithin(db, 'late', 150, figures.compute)).value).toBe(1);
    await sleep(150);
    // Past twice the bound: the reader waits for the recomputation.
    const waiting = freshWithin(db, 'late', 150, figures.compute);
    figures.releaseAll();
    expect((await waiting).value).toBe(2);
  });

  it('with no staleness allowed, every read after a write sees that write, concurrent readers sharing one run', async () => {
    const { db } = database();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await untilNextWrite(db, 'exact', compute)).toBe(1);
    expect(await untilNextWrite(db, 'exact', compute)).toBe(1);
    await write(db);
    const both = await Promise.all([untilNextWrite(db, 'exact', compute), untilNextWrite(db, 'exact', compute)]);
    expect(both).toEqual([2, 2]);
  });

  it('drops a failed recomputation and tries again on the next read', async () => {
    const { db } = database();
    let fail = true;
    const compute = async () => {
      if (fail) throw new Error('boom');
      return 'ok';
    };
    await expect(freshWithin(db, 'fails', 5000, compute)).rejects.toThrow('boom');
    fail = false;
    expect((await freshWithin(db, 'fails', 5000, compute)).value).toBe('ok');
  });
});
