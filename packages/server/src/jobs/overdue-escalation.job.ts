/**
 * Overdue escalation: the morning after a quarter's deadline, the focal point of every institution
 * with reports still missing is told. An institution with a later deadline (extension) is skipped
 * then and escalated the morning after its own deadline instead. Quarters whose verification window
 * has ended are left alone.
 */
import { dayIsOver, dueEscalation, triwulanLabel } from '@pantau/core';
import { z } from 'zod';
import { listQuarterExtensions } from '../db/repositories/recipient.repository.js';
import { listOpenQuarters } from '../db/repositories/schedule.repository.js';
import { notify } from '../notifications/notify.js';
import { focalPointsOf } from '../notifications/recipients.js';
import { defineJob, type PlannedRun } from './job-definition.js';
import { institutionsInArrears } from './missing-reports.js';

const payloadSchema = z.object({
  periodId: z.number().int(),
  period: z.string(),
  quarter: z.number().int().min(1).max(8),
  deadline: z.iso.date(),
  /** Only this institution (its extension ran out); null: every institution on the quarter's deadline. */
  institutionId: z.number().int().nullable(),
});
type Payload = z.infer<typeof payloadSchema>;

export const overdueEscalationJob = defineJob({
  kind: 'overdue_escalation',
  payload: payloadSchema,
  transactional: true,
  async plan(db, _context, now) {
    const runs: PlannedRun<Payload>[] = [];
    for (const quarter of await listOpenQuarters(db)) {
      if (dayIsOver(quarter.verification_ends_on, now)) continue;
      const label = `${triwulanLabel(quarter.number)} ${quarter.period_code}`;
      const base = { periodId: quarter.period_id, period: quarter.period_code, quarter: quarter.number };
      const slot = dueEscalation(quarter.deadline, now);
      if (slot) {
        const payload: Payload = { ...base, deadline: quarter.deadline, institutionId: null };
        runs.push({
          key: `${quarter.period_code}/${quarter.number}`,
          name: `Eskalasi keterlambatan ${label}`,
          scheduledFor: slot.at,
          payload,
        });
      }
      for (const extension of await listQuarterExtensions(db, quarter.period_id, quarter.number)) {
        const late = extension.deadline > quarter.deadline ? dueEscalation(extension.deadline, now) : null;
        if (!late) continue;
        const payload: Payload = { ...base, deadline: extension.deadline, institutionId: extension.institution_id };
        runs.push({
          key: `${quarter.period_code}/${quarter.number}/${extension.code}@${extension.deadline}`,
          name: `Eskalasi keterlambatan ${label} — ${extension.code} (perpanjangan)`,
          scheduledFor: late.at,
          payload,
        });
      }
    }
    return runs;
  },
  async run(trx, context, payload) {
    const arrears = (await institutionsInArrears(trx, payload.periodId, payload.quarter, payload.deadline)).filter(
      (institution) =>
        payload.institutionId === null
          ? institution.deadline === payload.deadline
          : institution.institutionId === payload.institutionId,
    );
    const focalPoints = await focalPointsOf(
      trx,
      arrears.map((a) => a.institutionId),
    );
    let people = 0;
    for (const institution of arrears) {
      people += await notify(trx, context, focalPoints.get(institution.institutionId) ?? [], {
        kind: 'overdue_escalation',
        institution: { code: institution.code, name: institution.name },
        period: payload.period,
        quarter: payload.quarter,
        deadline: institution.deadline,
        missing: institution.missing,
      });
    }
    return `${arrears.length} instansi, ${people} focal point`;
  },
});
