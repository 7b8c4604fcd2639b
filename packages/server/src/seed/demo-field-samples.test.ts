import { drawSample } from '@pantau/core';
import { expect, it } from 'vitest';
import { testBlobStore } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { seedDemo } from './demo-seed.js';

const AS_OF = new Date('2026-11-27T03:00:00.000Z');

describeEachDatabase('demo field-verification samples', (database) => {
  it('draws a re-drawable sample of accepted reports for every closed quarter, including the verifier aksi', async () => {
    await seedDemo(database(), { asOf: AS_OF, password: 'kata-sandi-contoh-yang-panjang', blobs: testBlobStore() });
    const db = database().db;
    const closed = await db
      .selectFrom('quarters')
      .select(['period_id', 'number'])
      .where('status', '=', 'closed')
      .execute();
    const samples = await db.selectFrom('field_samples').selectAll().execute();
    expect(samples).toHaveLength(closed.length);

    const period = await db
      .selectFrom('periods')
      .select('id')
      .where('code', '=', '2025-2026')
      .executeTakeFirstOrThrow();
    // Triwulan VII's verification has ended but the secretariat has not closed it yet: its last
    // reports are still being verified, so the latest sample is Triwulan VI's.
    expect(closed.some((q) => q.period_id === period.id && q.number === 7)).toBe(false);
    const sample = samples.find((s) => s.period_id === period.id && s.quarter_number === 6);
    if (!sample) throw new Error('no sample for Triwulan VI');
    const checks = await db
      .selectFrom('field_checks')
      .innerJoin('reports', 'reports.id', 'field_checks.report_id')
      .innerJoin('targets', 'targets.id', 'reports.target_id')
      .innerJoin('outputs', 'outputs.id', 'targets.output_id')
      .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
      .select(['field_checks.sample_key', 'field_checks.status', 'reports.state', 'aksi.code as aksi_code'])
      .where('field_checks.sample_id', '=', sample.id)
      .orderBy('field_checks.position')
      .execute();
    expect(checks.length).toBe(sample.size);
    expect(checks.length).toBeGreaterThanOrEqual(5);
    expect(checks.every((c) => c.state === 'accepted' && c.status === 'pending')).toBe(true);
    expect(checks.some((c) => ['1', '2', '3', '4', '5'].includes(c.aksi_code))).toBe(true);
    const population = JSON.parse(sample.population) as string[];
    expect(drawSample(population, sample.size, sample.seed)).toEqual(checks.map((c) => c.sample_key));
  });
});
