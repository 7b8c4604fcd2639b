import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import type { DB } from '../schema.js';
import { analyzeAfterLoad, bulkLoader } from './bulk-load.js';

const AT = '2026-11-27T03:00:00.000Z';

describeEachDatabase('bulk loading', (database) => {
  it('stores exactly the rows given, across statement boundaries, and ids continue after them', async () => {
    const odd = 'Kab. "Uji", {kurung} \\ garis miring; \'kutip\' ☕';
    const attempts = Array.from({ length: 20_001 }, (_, i) => ({ key: `ip:10.0.${i >> 8}.${i & 255}`, at: AT }));
    await database()
      .db.transaction()
      .execute(async (trx) => {
        const load = bulkLoader(database(), trx);
        await load.insert('institutions', [
          { id: 7, code: '99', name: odd, type: 'provinsi', province_code: '99', created_at: AT, updated_at: AT },
          {
            id: 8,
            code: 'UJI',
            name: 'Kementerian Uji',
            type: 'kl',
            province_code: null,
            created_at: AT,
            updated_at: AT,
          },
        ]);
        await load.insert('login_attempts', attempts);
        await load.syncIdentities(['institutions']);
      });
    await analyzeAfterLoad(database());

    const institutions = await database()
      .db.selectFrom('institutions')
      .select(['id', 'code', 'name', 'province_code'])
      .orderBy('id')
      .execute();
    expect(institutions).toEqual([
      { id: 7, code: '99', name: odd, province_code: '99' },
      { id: 8, code: 'UJI', name: 'Kementerian Uji', province_code: null },
    ]);
    const count = await database()
      .db.selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(attempts.length);
    const next = await database()
      .db.insertInto('institutions')
      .values({ code: 'LAIN', name: 'Lain', type: 'kl', created_at: AT, updated_at: AT })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(next.id).toBe(9);
  });

  it('drops the secondary indexes for the load and builds the same ones again', async () => {
    const before = await database().dialect.describeSchema(database().db);
    await database()
      .db.transaction()
      .execute(async (trx) => {
        const rebuild = await bulkLoader(database(), trx).deferIndexes(['reports', 'evidence']);
        const during = await database().dialect.describeSchema<DB>(trx);
        expect(during.evidence?.indexes.filter((index) => !index.unique)).toEqual([]);
        await rebuild();
      });
    expect(await database().dialect.describeSchema(database().db)).toEqual(before);
  });
});
