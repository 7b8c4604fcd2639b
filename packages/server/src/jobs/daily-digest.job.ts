/**
 * The daily digest: every morning (07:00 WIB) each user whose notifications of some kinds are set
 * to "digest" gets one mail listing what arrived since the last digest.
 */
import { DIGEST_HOUR_WIB, latestDailySlot } from '@pantau/core';
import { z } from 'zod';
import { listDigestBacklog, markDigested } from '../db/repositories/notification.repository.js';
import { insertOutboxMails } from '../db/repositories/outbox.repository.js';
import { localeOf } from '../notifications/format.js';
import { renderDigest } from '../notifications/templates.js';
import { defineJob } from './job-definition.js';

export const dailyDigestJob = defineJob({
  kind: 'daily_digest',
  /** Nothing to carry: the run mails whatever is waiting. */
  payload: z.object({}),
  transactional: true,
  async plan(_db, _context, now) {
    const slot = latestDailySlot(now, DIGEST_HOUR_WIB);
    return [{ key: slot.date, name: `Ringkasan harian ${slot.date}`, scheduledFor: slot.at, payload: {} }];
  },
  async run(trx, context) {
    const at = context.clock.now().toISOString();
    const backlog = await listDigestBacklog(trx);
    const byUser = new Map<number, typeof backlog>();
    for (const item of backlog) byUser.set(item.user_id, [...(byUser.get(item.user_id) ?? []), item]);
    const mails = [];
    for (const items of byUser.values()) {
      const user = items[0] as (typeof backlog)[number];
      // A disabled account gets no mail; its backlog is dropped with the rest.
      if (user.status !== 'active') continue;
      const mail = renderDigest(items, localeOf(user.locale), user.name, context.config.publicUrl);
      mails.push({
        to_address: user.email,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html,
        kind: 'digest',
        user_id: user.user_id,
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        locked_by: null,
        locked_at: null,
        last_error: null,
        created_at: at,
        sent_at: null,
      });
    }
    await insertOutboxMails(trx, mails);
    await markDigested(
      trx,
      backlog.map((item) => item.id),
    );
    return `${mails.length} ringkasan, ${backlog.length} pemberitahuan`;
  },
});
