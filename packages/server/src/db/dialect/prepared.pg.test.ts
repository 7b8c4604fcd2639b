/**
 * Statements made with `prepared` are prepared on each PostgreSQL connection: planned once, then
 * only bound and run, with the same answers every time.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seed/demo-seed.js';
import { testBlobStore } from '../../test-support/app.js';
import { createTestDatabase } from '../../test-support/databases.js';
import type { Database } from '../database.js';
import { findReportContext } from '../repositories/report.repository.js';
import { prepared } from './prepared.js';

const periodStatement = prepared((db, p: { id: number }) =>
  db.selectFrom('periods').select('code').where('id', '=', p.id),
);

describe('prepared statements on PostgreSQL', () => {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedDemo(database, { asOf: new Date('2025-11-20T03:00:00.000Z'), blobs: testBlobStore() });
  });
  afterAll(() => database?.close());

  /** Statements prepared on the connection running `run` (one connection: a transaction). */
  async function preparedOn(run: (trx: Database['db']) => Promise<unknown>): Promise<string[]> {
    return (database as Database).db.transaction().execute(async (trx) => {
      await run(trx);
      const rows = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx);
      return rows.rows.map((row) => row.statement);
    });
  }

  it('sends such a query by name, and any other without', async () => {
    const marked = await preparedOn((trx) => periodStatement.rows(trx, { id: 1 }));
    expect(marked.some((text) => text.includes('from "periods" where "id" = $1'))).toBe(true);
    const unmarked = await preparedOn((trx) =>
      trx.selectFrom('institutions').select('code').where('id', '=', 1).execute(),
    );
    expect(unmarked.some((text) => text.includes('from "institutions"'))).toBe(false);
  });

  it('answers the report lookup every request makes the same, run after run', async () => {
    const { db } = database as Database;
    // A report of a work unit's target: every optional part of the lookup is there.
    const { id } = await db
      .selectFrom('reports')
      .innerJoin('unit_targets', (join) =>
        join
          .onRef('unit_targets.target_id', '=', 'reports.target_id')
          .onRef('unit_targets.institution_id', '=', 'reports.institution_id'),
      )
      .select('reports.id')
      .where('reports.unit_id', 'is not', null)
      .orderBy('reports.id')
      .executeTakeFirstOrThrow();
    const statements = await preparedOn(async (trx) => {
      const first = await findReportContext(trx, id);
      for (let run = 0; run < 7; run++) expect(await findReportContext(trx, id)).toEqual(first);
      expect(first).toMatchObject({ id, responsible_unit_id: expect.any(Number), unit_code: expect.any(String) });
      expect(await findReportContext(trx, -1)).toBeUndefined();
    });
    expect(statements.some((text) => text.includes('"responsible_unit_id"'))).toBe(true);
  });
});
