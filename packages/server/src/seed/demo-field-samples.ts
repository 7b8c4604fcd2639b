/**
 * The demo's field-verification samples: every closed quarter gets the sample its close would
 * have drawn, all checks still pending. The published seed is a fixed hash per quarter, so the
 * demo stays identical on every load and engine.
 */
import { createHash } from 'node:crypto';
import { defaultSampleSize, drawSample, sampleKey } from '@pantau/core';
import type { Executor } from '../db/database.js';
import { insertFieldChecks, insertFieldSample, listAcceptedForSample } from '../db/repositories/field.repository.js';
import { listPeriods, listQuarters } from '../db/repositories/period.repository.js';

/** Draws and stores the sample of every closed quarter. */
export async function seedFieldSamples(trx: Executor): Promise<void> {
  const periods = await listPeriods(trx);
  const codeOf = new Map(periods.map((p) => [p.id, p.code]));
  const closed = (await listQuarters(trx, [...codeOf.keys()])).filter((q) => q.status === 'closed');
  for (const quarter of closed) {
    const accepted = await listAcceptedForSample(trx, quarter.period_id, quarter.number);
    const byKey = new Map(accepted.map((r) => [sampleKey(r.institution_code, r.target_code), r.id]));
    const keys = [...byKey.keys()].sort();
    const seed = createHash('sha256')
      .update(`pantau-demo/${codeOf.get(quarter.period_id)}/${quarter.number}`)
      .digest('hex');
    const drawn = drawSample(keys, defaultSampleSize(keys.length), seed);
    const sampleId = await insertFieldSample(trx, {
      period_id: quarter.period_id,
      quarter_number: quarter.number,
      seed,
      size: drawn.length,
      population: JSON.stringify(keys),
      drawn_at: quarter.closed_at ?? '',
      drawn_by: null,
    });
    await insertFieldChecks(
      trx,
      drawn.map((key, index) => ({
        sample_id: sampleId,
        report_id: byKey.get(key) as number,
        sample_key: key,
        position: index + 1,
        status: 'pending',
        result: null,
        original_score: null,
        adjusted_score: null,
        notes: null,
        checked_by: null,
        checked_at: null,
      })),
    );
  }
}
