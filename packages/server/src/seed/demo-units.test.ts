/**
 * Demo work units: every Pemda has 5–12 perangkat daerah and every ministry its eselon I units;
 * every carried target has a responsible unit of its institution; demo reports record it; and
 * the unit contributor of the demo home is limited to one of its units.
 */
import { expect, it } from 'vitest';
import { testBlobStore } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { seedDemo } from './demo-seed.js';
import { unitForOutput } from './demo-units.js';

describeEachDatabase('demo work units', (database) => {
  // One seeded database per engine for every check: loading the demo takes a while.
  it('gives every Pemda 5 to 12 units with every target assigned, and a contributor limited to one unit', {
    timeout: 180_000,
  }, async () => {
    const { accounts } = await seedDemo(database(), {
      asOf: new Date('2026-11-27T03:00:00.000Z'),
      password: 'kata-sandi-contoh-yang-panjang',
      blobs: testBlobStore(),
    });
    const rows = await database()
      .db.selectFrom('institutions')
      .leftJoin('work_units', 'work_units.institution_id', 'institutions.id')
      .select(['institutions.type', 'work_units.kind', (eb) => eb.fn.count<number>('work_units.id').as('n')])
      .groupBy(['institutions.id', 'institutions.type', 'work_units.kind'])
      .execute();
    const pemda = rows.filter((r) => r.type !== 'kl').map((r) => Number(r.n));
    expect(pemda.length).toBeGreaterThan(500);
    expect(Math.min(...pemda)).toBe(5);
    expect(Math.max(...pemda)).toBe(12);
    expect(rows.filter((r) => r.type !== 'kl').every((r) => r.kind === 'opd')).toBe(true);
    expect(rows.filter((r) => r.type === 'kl').every((r) => r.kind === 'eselon_1' && Number(r.n) === 4)).toBe(true);

    // Every carried target has a unit of its own institution, and demo reports record it.
    const db = database().db;
    const unassigned = await db
      .selectFrom('assignments')
      .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
      .leftJoin('unit_targets', (join) =>
        join
          .onRef('unit_targets.target_id', '=', 'targets.id')
          .onRef('unit_targets.institution_id', '=', 'assignments.institution_id'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_targets.unit_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(unassigned.n)).toBe(0);
    const foreign = await db
      .selectFrom('unit_targets')
      .innerJoin('work_units', 'work_units.id', 'unit_targets.unit_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .whereRef('work_units.institution_id', '!=', 'unit_targets.institution_id')
      .executeTakeFirstOrThrow();
    expect(Number(foreign.n)).toBe(0);
    const reports = await db
      .selectFrom('reports')
      .leftJoin('unit_targets', (join) =>
        join
          .onRef('unit_targets.target_id', '=', 'reports.target_id')
          .onRef('unit_targets.institution_id', '=', 'reports.institution_id'),
      )
      .select(['reports.unit_id', 'unit_targets.unit_id as responsible'])
      .execute();
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((r) => r.unit_id !== null && r.unit_id === r.responsible)).toBe(true);

    // The unit contributor of the demo home is limited to one of its units.
    const account = accounts.find((a) => a.email === 'kontributor.unit@demo.pantau.id');
    expect(account).toMatchObject({ role: 'contributor' });
    const home = accounts.find((a) => a.role === 'focal_point')?.institutionCode;
    expect(account?.institutionCode).toBe(home);
    const units = await database()
      .db.selectFrom('contributor_units')
      .innerJoin('users', 'users.id', 'contributor_units.user_id')
      .innerJoin('work_units', 'work_units.id', 'contributor_units.unit_id')
      .innerJoin('institutions', 'institutions.id', 'work_units.institution_id')
      .select(['institutions.code'])
      .where('users.email', '=', 'kontributor.unit@demo.pantau.id')
      .execute();
    expect(units).toEqual([{ code: home }]);
  });
});

it('sends permits to DPMPTSP and procurement to BPKAD, anything else to the first unit', () => {
  const units = [
    { code: 'BAPPEDA' },
    { code: 'BPKAD', subjects: /pengadaan/i },
    { code: 'DPMPTSP', subjects: /izin/i },
  ];
  expect(unitForOutput(units, 'Percepatan perizinan berusaha').code).toBe('DPMPTSP');
  expect(unitForOutput(units, 'Tata kelola pengadaan barang/jasa').code).toBe('BPKAD');
  expect(unitForOutput(units, 'Penanganan perkara').code).toBe('BAPPEDA');
});
