import { parseRegionCode } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { testBlobStore } from '../test-support/app.js';
import { createTestDatabase, describeEachDatabase, dialectsUnderTest } from '../test-support/databases.js';
import { seedDemo } from './demo-seed.js';

const AS_OF = new Date('2026-11-27T03:00:00.000Z');
const PASSWORD = 'kata-sandi-contoh-yang-panjang';

/** Every row of every table except password hashes (salted) — what "identical data" means. */
async function dump(database: Database) {
  const db = database.db;
  const tables = [
    'periods',
    'quarters',
    'fokus',
    'aksi',
    'outputs',
    'targets',
    'target_versions',
    'institutions',
    'assignment_rules',
    'assignments',
    'reports',
    'report_events',
    'user_roles',
    'verifier_assignments',
    'settings',
  ] as const;
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = await db
      .selectFrom(table)
      .selectAll()
      .orderBy(
        table === 'user_roles' || table === 'verifier_assignments' ? 'user_id' : table === 'settings' ? 'key' : 'id',
      )
      .execute();
  }
  result.users = (await db.selectFrom('users').selectAll().orderBy('id').execute()).map(
    ({ password_hash, ...user }) => ({
      ...user,
      hasPassword: password_hash !== null,
    }),
  );
  return result;
}

describeEachDatabase('demo dataset', (database) => {
  it('holds the real institutions with correct Kemendagri codes', async () => {
    await seedDemo(database(), { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
    const institutions = await database().db.selectFrom('institutions').selectAll().execute();
    const byType = (type: string) => institutions.filter((i) => i.type === type);
    expect(byType('provinsi')).toHaveLength(38);
    expect(byType('kabupaten').length + byType('kota').length).toBe(514);
    expect(byType('kota')).toHaveLength(98);
    expect(byType('kl').length).toBe(67);
    for (const pemda of institutions.filter((i) => i.type !== 'kl')) {
      expect(parseRegionCode(pemda.code)?.type).toBe(pemda.type);
    }
    const semarang = institutions.find((i) => i.code === '33.74');
    const jateng = institutions.find((i) => i.code === '33');
    expect(semarang).toMatchObject({ name: 'Kota Semarang', type: 'kota', province_code: '33', parent_id: jateng?.id });
    expect(jateng?.name).toBe('Provinsi Jawa Tengah');
  });

  it('has the 2025–2026 catalogue of 3 fokus, 15 aksi and 40 outputs, and a closed 2023–2024 period', async () => {
    await seedDemo(database(), { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
    const db = database().db;
    const periods = await db.selectFrom('periods').select(['id', 'code', 'status']).orderBy('code').execute();
    expect(periods.map((p) => [p.code, p.status])).toEqual([
      ['2023-2024', 'closed'],
      ['2025-2026', 'active'],
    ]);
    const active = periods[1]?.id as number;
    const count = async (table: 'fokus' | 'aksi' | 'outputs') =>
      (await db.selectFrom(table).select('id').where('period_id', '=', active).execute()).length;
    expect([await count('fokus'), await count('aksi'), await count('outputs')]).toEqual([3, 15, 40]);
  });

  it('has reports in every state for every past quarter, on time and late, with scores', async () => {
    await seedDemo(database(), { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
    const db = database().db;
    const active = await db
      .selectFrom('periods')
      .select('id')
      .where('code', '=', '2025-2026')
      .executeTakeFirstOrThrow();
    const reports = await db.selectFrom('reports').selectAll().where('period_id', '=', active.id).execute();
    const targetQuarters = await db
      .selectFrom('targets')
      .select('quarter_number')
      .distinct()
      .where('period_id', '=', active.id)
      .execute();
    // Triwulan I–VII have ended by 27 Nov 2026; every one of them that has targets has reports.
    for (const { quarter_number } of targetQuarters.filter((q) => q.quarter_number <= 7)) {
      expect(
        reports.some((r) => r.quarter_number === quarter_number && r.state === 'accepted'),
        `TW ${quarter_number}`,
      ).toBe(true);
    }
    expect(new Set(reports.map((r) => r.state))).toEqual(
      new Set(['draft', 'ready', 'submitted', 'in_review', 'accepted', 'revision_requested']),
    );
    expect(reports.some((r) => r.on_time === 1) && reports.some((r) => r.on_time === 0)).toBe(true);
    const accepted = reports.filter((r) => r.state === 'accepted' && r.not_applicable === 0);
    expect(accepted.every((r) => r.score !== null && r.score >= 0 && r.score <= 100 && r.quality_grade)).toBe(true);
    expect(
      reports.every(
        (r) => r.submitted_at === null || r.submitted_at <= AS_OF.toISOString().replace(/T.*/, 'T23:59:59.999Z'),
      ),
    ).toBe(true);
    expect(reports.some((r) => r.quarter_number === 8 && r.state !== 'draft' && r.state !== 'ready')).toBe(false);
  });

  it('gives identical data when loaded twice', async () => {
    await seedDemo(database(), { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
    const other = await createTestDatabase(database().dialect.name);
    try {
      await seedDemo(other, { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
      expect(await dump(other)).toEqual(await dump(database()));
    } finally {
      await other.close();
    }
  });

  it('refuses a database that already holds data', async () => {
    await seedDemo(database(), { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
    await expect(
      seedDemo(database(), { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() }),
    ).rejects.toMatchObject({
      code: 'database_not_empty',
    });
  });
});

if (dialectsUnderTest().includes('postgres')) {
  describe('demo dataset across engines', () => {
    it('is identical on SQLite and PostgreSQL', async () => {
      const [sqlite, postgres] = await Promise.all([createTestDatabase('sqlite'), createTestDatabase('postgres')]);
      try {
        await seedDemo(sqlite, { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
        await seedDemo(postgres, { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
        expect(await dump(postgres)).toEqual(await dump(sqlite));
      } finally {
        await Promise.all([sqlite.close(), postgres.close()]);
      }
    });
  });
}
