/**
 * Closing quarters automatically (only with `PANTAU_AUTO_CLOSE=true`): once an open quarter's
 * verification window is over, it is closed as admin would close it — which draws the quarter's
 * field-verification sample from the audit chain head.
 */
import { addDays, atHourWib, dayIsOver, triwulanLabel } from '@pantau/core';
import { z } from 'zod';
import { systemActor } from '../audit/actor.js';
import { findQuarter } from '../db/repositories/period.repository.js';
import { listOpenQuarters } from '../db/repositories/schedule.repository.js';
import { closeQuarter } from '../services/periods/quarter.service.js';
import { defineJob } from './job-definition.js';

const payloadSchema = z.object({
  periodId: z.number().int(),
  period: z.string(),
  quarter: z.number().int().min(1).max(8),
});
type Payload = z.infer<typeof payloadSchema>;

export const quarterCloseJob = defineJob({
  kind: 'quarter_close',
  payload: payloadSchema,
  // closeQuarter runs its own transaction; a repeat finds the quarter closed and does nothing.
  transactional: false,
  async plan(db, context, now) {
    if (!context.config.scheduler.autoCloseQuarters) return [];
    return (await listOpenQuarters(db))
      .filter((quarter) => dayIsOver(quarter.verification_ends_on, now))
      .map((quarter) => {
        const payload: Payload = { periodId: quarter.period_id, period: quarter.period_code, quarter: quarter.number };
        return {
          key: `${quarter.period_code}/${quarter.number}`,
          name: `Tutup ${triwulanLabel(quarter.number)} ${quarter.period_code} dan tarik sampel verifikasi lapangan`,
          scheduledFor: atHourWib(addDays(quarter.verification_ends_on, 1), 0),
          payload,
        };
      });
  },
  async run(db, context, payload) {
    const quarter = await findQuarter(db, payload.periodId, payload.quarter);
    if (quarter?.status !== 'open') return `sudah ${quarter?.status ?? 'tidak ada'}`;
    const sample = await closeQuarter(context, systemActor('scheduler'), payload.period, payload.quarter, {});
    return `ditutup; sampel ${sample.size} dari ${sample.population.length} laporan`;
  },
});
