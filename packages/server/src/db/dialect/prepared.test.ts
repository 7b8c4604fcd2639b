/**
 * A prepared statement is compiled once and bound with each call's parameters: every call answers
 * as the same query built afresh would, inside a transaction too, with its constants kept.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { prepared } from './prepared.js';

const quarterStatement = prepared((db, p: { periodId: number; number: number }) =>
  db.selectFrom('quarters').select(['id', 'number']).where('period_id', '=', p.periodId).where('number', '=', p.number),
);

/** A parameter used twice and a constant (the limit) between them. */
const institutionsStatement = prepared((db, p: { type: string; code: string }) =>
  db
    .selectFrom('institutions')
    .select(['code', 'type'])
    .where((eb) => eb.or([eb('type', '=', p.type), eb('code', '=', p.code)]))
    .where('code', '!=', p.code)
    .orderBy('code')
    .limit(2),
);

describeEachDatabase('prepared statements', (database) => {
  it('answers each call with its own parameters, as the query built afresh', async () => {
    const { db } = database();
    await loadFixture(database());
    const period = await db.selectFrom('periods').select('id').executeTakeFirstOrThrow();
    for (const number of [1, 3, 2, 9]) {
      const fresh = await db
        .selectFrom('quarters')
        .select(['id', 'number'])
        .where('period_id', '=', period.id)
        .where('number', '=', number)
        .executeTakeFirst();
      expect(await quarterStatement.first(db, { periodId: period.id, number })).toEqual(fresh);
    }
    expect(await quarterStatement.first(db, { periodId: period.id, number: 9 })).toBeUndefined();
    const inTransaction = await db
      .transaction()
      .execute((trx) => quarterStatement.rows(trx, { periodId: period.id, number: 4 }));
    expect(inTransaction).toEqual([expect.objectContaining({ number: 4 })]);
  });

  it('binds a parameter used twice in every place, and keeps the constants', async () => {
    const { db } = database();
    await loadFixture(database());
    const all = await db.selectFrom('institutions').select(['code', 'type']).orderBy('code').execute();
    for (const type of ['kabupaten', 'kota', 'kl']) {
      const code = all.find((i) => i.type === type)?.code ?? '';
      const expected = all.filter((i) => i.type === type && i.code !== code).slice(0, 2);
      expect(await institutionsStatement.rows(db, { type, code })).toEqual(expected);
    }
  });

  it('refuses a parameter written into the SQL text', async () => {
    const { db } = database();
    const inlined = prepared((db, p: { name: string }) => db.selectFrom('periods').select(sql.lit(p.name).as('name')));
    await expect(inlined.rows(db, { name: 'x' })).rejects.toThrow(/written into the SQL text/);
  });
});
