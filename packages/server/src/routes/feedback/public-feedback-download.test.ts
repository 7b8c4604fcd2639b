import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { insertTestFeedback } from '../../test-support/feedback.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';

const { semarang, surabaya } = FIXTURE_INSTITUTIONS;
/** More than two pages of the download's keyset reading (500 rows a page). */
const ANSWERED = 1_230;
/** Received times repeat, so rows with the same time fall on both sides of a page boundary. */
const TIMES = ['2025-06-01T01:00:00.000Z', '2025-06-03T01:00:00.000Z', '2025-06-02T01:00:00.000Z'];

describeEachDatabase('public feedback download', (database) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    await startCycle(app, database(), clock);
    for (let n = 0; n < ANSWERED; n++) {
      await insertTestFeedback(database(), {
        institutionCode: n % 5 === 0 ? surabaya : semarang,
        status: 'answered',
        published: n % 7 !== 3,
        answer: `Jawaban nomor ${n}`,
        at: TIMES[n % TIMES.length],
      });
    }
  }, 120_000);

  afterEach(async () => {
    await app.close();
  });

  it('streams every published answer in the list order (newest first), page after page', async () => {
    const expected = await database()
      .db.selectFrom('feedback')
      .select('id')
      .where('status', '=', 'answered')
      .where('published', '=', 1)
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(expected.length).toBeGreaterThan(1000);

    const csv = await app.inject('/api/public/feedback?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const ids = csv.body
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => Number(line.split(',')[0]));
    expect(ids).toEqual(expected.map((row) => row.id));

    // The first rows are those of the JSON list, in the same order.
    const page = (await app.inject('/api/public/feedback?limit=20')).json();
    expect(ids.slice(0, 20)).toEqual(page.items.map((item: { id: number }) => item.id));
  }, 60_000);
});
