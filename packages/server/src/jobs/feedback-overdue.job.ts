/**
 * Overdue feedback escalation: every morning (08:00 WIB), when forwarded citizen feedback is past
 * its answer date and unanswered, its institution's focal points are told — once per item, however
 * many runs follow. A morning with nothing new overdue plans no run.
 */
import { latestDailySlot } from '@pantau/core';
import { z } from 'zod';
import { systemActor } from '../audit/actor.js';
import { escalateOverdueFeedback, unnoticedOverdueFeedback } from '../services/feedback/feedback-escalation.service.js';
import { defineJob } from './job-definition.js';

/** The hour (WIB) of the daily check. */
export const FEEDBACK_OVERDUE_HOUR_WIB = 8;

const payloadSchema = z.object({
  /** The WIB date whose overdue items the run notifies. */
  day: z.iso.date(),
});
type Payload = z.infer<typeof payloadSchema>;

export const feedbackOverdueJob = defineJob({
  kind: 'feedback_overdue',
  payload: payloadSchema,
  transactional: true,
  async plan(db, _context, now) {
    const slot = latestDailySlot(now, FEEDBACK_OVERDUE_HOUR_WIB);
    // Overdue as of the slot's day: an item falling due later that day waits for the next morning.
    if ((await unnoticedOverdueFeedback(db, slot.date)).length === 0) return [];
    const payload: Payload = { day: slot.date };
    return [{ key: slot.date, name: `Eskalasi aduan terlambat ${slot.date}`, scheduledFor: slot.at, payload }];
  },
  async run(trx, context, payload) {
    const { day } = payload;
    const { items, people } = await escalateOverdueFeedback(trx, context, systemActor('scheduler'), day);
    return `${items} aduan, ${people} focal point`;
  },
});
