import { impactIndicatorSchema, judgeImpact, parseRegionCode } from '@pantau/core';
import { beforeAll, describe, expect, it } from 'vitest';
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
  // The server secret is random by design (it seals the demo admin's and verifier's authenticators).
  result.settings = (result.settings as { key: string }[]).filter((row) => row.key !== 'server_secret');
  result.users = (await db.selectFrom('users').selectAll().orderBy('id').execute()).map(
    ({ password_hash, ...user }) => ({
      ...user,
      hasPassword: password_hash !== null,
    }),
  );
  return result;
}

// The tests only read the dataset, loaded once per engine; loading and refusing have their own block.
describeEachDatabase(
  'demo dataset',
  (database) => {
    beforeAll(async () => {
      await seedDemo(database(), { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
    }, 120_000);

    it('holds the real institutions with correct Kemendagri codes', async () => {
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
      expect(semarang).toMatchObject({
        name: 'Kota Semarang',
        type: 'kota',
        province_code: '33',
        parent_id: jateng?.id,
      });
      expect(jateng?.name).toBe('Provinsi Jawa Tengah');
    });

    it('has the 2025–2026 catalogue of 3 fokus, 15 aksi and 40 outputs, and a closed 2023–2024 period', async () => {
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
      // Grades in every class, and provinces that differ: some mostly berdampak, some mostly administratif.
      expect(new Set(accepted.map((r) => r.quality_grade))).toEqual(
        new Set(['administratif', 'terlaksana', 'berdampak']),
      );
      const institutions = await db.selectFrom('institutions').select(['id', 'province_code']).execute();
      const provinceOf = new Map(institutions.map((i) => [i.id, i.province_code]));
      const byProvince = new Map<string, Record<string, number>>();
      for (const r of accepted) {
        const province = provinceOf.get(r.institution_id);
        if (!province) continue;
        const counts = byProvince.get(province) ?? {};
        counts[r.quality_grade as string] = (counts[r.quality_grade as string] ?? 0) + 1;
        byProvince.set(province, counts);
      }
      const shares = [...byProvince.values()].map((c) => {
        const total = Object.values(c).reduce((a, b) => a + b, 0);
        return { berdampak: (c.berdampak ?? 0) / total, administratif: (c.administratif ?? 0) / total };
      });
      expect(shares.some((s) => s.berdampak > 0.5)).toBe(true);
      expect(shares.some((s) => s.administratif > 0.5)).toBe(true);
      expect(
        reports.every(
          (r) => r.submitted_at === null || r.submitted_at <= AS_OF.toISOString().replace(/T.*/, 'T23:59:59.999Z'),
        ),
      ).toBe(true);
      expect(reports.some((r) => r.quarter_number === 8 && r.state !== 'draft' && r.state !== 'ready')).toBe(false);
    });

    it('gives every target a full impact indicator, and verified values that reach, miss and overshoot', async () => {
      const db = database().db;
      const versions = await db.selectFrom('target_versions').selectAll().execute();
      expect(versions.length).toBeGreaterThan(0);
      for (const v of versions) {
        const indicator = {
          name: v.impact_name,
          unit: v.impact_unit,
          baseline: v.impact_baseline === null ? null : Number(v.impact_baseline),
          target: v.impact_target === null ? null : Number(v.impact_target),
          direction: v.impact_direction,
          source: v.impact_source,
        };
        expect(impactIndicatorSchema.safeParse(indicator).success, JSON.stringify(indicator)).toBe(true);
        expect(indicator.target).not.toBeNull();
      }
      expect(new Set(versions.map((v) => v.impact_direction))).toEqual(new Set(['higher', 'lower']));

      const verified = await db
        .selectFrom('reports')
        .innerJoin('target_versions', (join) =>
          join
            .onRef('target_versions.target_id', '=', 'reports.target_id')
            .onRef('target_versions.version', '=', 'reports.target_version'),
        )
        .select(['reports.impact_value', 'impact_baseline', 'impact_target', 'impact_direction', 'impact_unit'])
        .where('reports.state', '=', 'accepted')
        .where('reports.na_accepted', '=', 0)
        .execute();
      const raw = verified.map((r) => {
        const baseline = Number(r.impact_baseline);
        return ((Number(r.impact_value) - baseline) / (Number(r.impact_target) - baseline)) * 100;
      });
      expect(verified.every((r) => r.impact_value !== null)).toBe(true);
      expect(raw.some((share) => share < 100)).toBe(true);
      expect(raw.some((share) => share >= 100 && share < 105)).toBe(true);
      expect(raw.some((share) => share > 110)).toBe(true);
      const judged = verified.map((r) =>
        judgeImpact(
          {
            unit: r.impact_unit ?? '',
            baseline: Number(r.impact_baseline),
            target: Number(r.impact_target),
            direction: r.impact_direction as 'higher' | 'lower',
          },
          Number(r.impact_value),
        ),
      );
      expect(judged.every((j) => j.share !== null)).toBe(true);
    });

    it('holds no time later than the clock it was seeded by', async () => {
      // 10:00 in Jakarta: the afternoon of the demo day has not happened yet.
      const db = database().db;
      const columns = {
        periods: ['created_at', 'updated_at'],
        quarters: ['opened_at', 'closed_at'],
        reports: ['created_at', 'updated_at', 'submitted_at', 'first_submitted_at', 'verified_at'],
        report_events: ['at'],
        evidence: ['created_at'],
        institution_figures: ['updated_at'],
        assignments: ['created_at'],
        users: ['created_at', 'updated_at'],
        field_samples: ['drawn_at'],
        audit_log: ['at'],
      } as const;
      const latest: Record<string, string | null> = {};
      for (const [table, names] of Object.entries(columns)) {
        for (const name of names) {
          const row = await db
            .selectFrom(table as 'reports')
            .select((eb) => eb.fn.max(name as 'created_at').as('latest'))
            .executeTakeFirstOrThrow();
          latest[`${table}.${name}`] = (row.latest as string | null) ?? null;
        }
      }
      const later = Object.entries(latest).filter(([, at]) => at !== null && at > AS_OF.toISOString());
      expect(later).toEqual([]);
    });

    it('tells a few accepted results as published stories of the Humas account’s institution', async () => {
      const stories = await database()
        .db.selectFrom('publications')
        .innerJoin('reports', 'reports.id', 'publications.report_id')
        .innerJoin('users', 'users.id', 'publications.created_by')
        .select(['publications.status', 'publications.published_at', 'reports.state', 'reports.institution_id'])
        .select('users.institution_id as author_institution')
        .execute();
      expect(stories).toHaveLength(3);
      for (const story of stories) {
        expect(story).toMatchObject({ status: 'published', state: 'accepted' });
        expect(story.institution_id).toBe(story.author_institution);
        expect((story.published_at ?? '') <= AS_OF.toISOString()).toBe(true);
      }
    });

    it('gives identical data when loaded twice', { timeout: 120_000 }, async () => {
      const other = await createTestDatabase(database().dialect.name);
      try {
        await seedDemo(other, { asOf: AS_OF, password: PASSWORD, blobs: testBlobStore() });
        expect(await dump(other)).toEqual(await dump(database()));
      } finally {
        await other.close();
      }
    });
  },
  { shared: true },
);

describeEachDatabase('loading the demo dataset', (database) => {
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
