/**
 * Deadline reminders: on each of the configured days before a quarter's deadline
 * (`PANTAU_REMINDER_DAYS`, default 7, 3 and 1), the focal points and contributors of every
 * institution with reports still missing are reminded.
 */
import { dateInZone, daysBetween, dueReminder, triwulanLabel } from '@pantau/core';
import { z } from 'zod';
import { listOpenQuarters } from '../db/repositories/schedule.repository.js';
import { notify } from '../notifications/notify.js';
import { reportPeople } from '../notifications/recipients.js';
import { defineJob } from './job-definition.js';
import { institutionsInArrears } from './missing-reports.js';

const payloadSchema = z.object({
  periodId: z.number().int(),
  period: z.string(),
  quarter: z.number().int().min(1).max(8),
  deadline: z.iso.date(),
});
type Payload = z.infer<typeof payloadSchema>;

export const deadlineReminderJob = defineJob({
  kind: 'deadline_reminder',
  payload: payloadSchema,
  transactional: true,
  async plan(db, context, now) {
    const runs = [];
    for (const quarter of await listOpenQuarters(db)) {
      const slot = dueReminder(quarter.deadline, context.config.scheduler.reminderDays, now);
      if (!slot) continue;
      const payload: Payload = {
        periodId: quarter.period_id,
        period: quarter.period_code,
        quarter: quarter.number,
        deadline: quarter.deadline,
      };
      runs.push({
        key: `${quarter.period_code}/${quarter.number}/H-${slot.daysBefore}`,
        name: `Pengingat tenggat ${triwulanLabel(quarter.number)} ${quarter.period_code} (H-${slot.daysBefore})`,
        scheduledFor: slot.at,
        payload,
      });
    }
    return runs;
  },
  async run(trx, context, payload) {
    const today = dateInZone(context.clock.now());
    let people = 0;
    const arrears = await institutionsInArrears(trx, payload.periodId, payload.quarter, payload.deadline);
    for (const institution of arrears) {
      const recipients = await reportPeople(trx, institution.institutionId, institution.outputIds);
      people += await notify(trx, context, recipients, {
        kind: 'deadline_reminder',
        institution: { code: institution.code, name: institution.name },
        period: payload.period,
        quarter: payload.quarter,
        deadline: institution.deadline,
        daysLeft: Math.max(0, daysBetween(today, institution.deadline)),
        missing: institution.missing,
      });
    }
    return `${arrears.length} instansi, ${people} penerima`;
  },
});
