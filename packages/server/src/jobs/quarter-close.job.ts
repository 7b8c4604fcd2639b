/**
 * Closing quarters automatically (only with `PANTAU_AUTO_CLOSE=true`): once an open quarter's
 * verification window is over, it is closed as admin would close it — which draws the quarter's
 * field-verification sample from the audit chain head.
 */
import { addDays, atHourWib, dayIsOver, triwulanLabel } from '@pantau/core';
import { systemActor } from '../audit/actor.js';
import { findQuarter } from '../db/repositories/period.repository.js';
import { listOpenQuarters } from '../db/repositories/schedule.repository.js';
import { closeQuarter } from '../services/periods/quarter.service.js';
import type { JobDefinition } from './job-definition.js';

interface Payload {
  periodId: number;
  period: string;
  quarter: number;
}

export const quarterCloseJob: JobDefinition = {
  kind: 'quarter_close',
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
          payload: { ...payload },
        };
      });
  },
  async run(db, context, raw) {
    const payload = raw as unknown as Payload;
    const quarter = await findQuarter(db, payload.periodId, payload.quarter);
    if (quarter?.status !== 'open') return `sudah ${quarter?.status ?? 'tidak ada'}`;
    const sample = await closeQuarter(context, systemActor('scheduler'), payload.period, payload.quarter, {});
    return `ditutup; sampel ${sample.size} dari ${sample.population.length} laporan`;
  },
};
