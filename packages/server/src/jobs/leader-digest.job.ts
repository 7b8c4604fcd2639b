/**
 * The leaders' monthly digest: on the 1st of each month (07:00 WIB) each active leader gets their
 * institution's brief by mail, with a link that opens it — unless they turned the "leader_digest"
 * notification off (or to in-app only) in their notification settings.
 */
import {
  DEFAULT_PREFERENCE,
  DIGEST_HOUR_WIB,
  deliversEmail,
  latestMonthlySlot,
  type NotificationChannel,
} from '@pantau/core';
import { z } from 'zod';
import { findInstitutionById } from '../db/repositories/institution.repository.js';
import { hasMailSince, listActiveLeaders } from '../db/repositories/leader.repository.js';
import { listPreferencesOf } from '../db/repositories/notification.repository.js';
import { insertOutboxMails } from '../db/repositories/outbox.repository.js';
import { localeOf } from '../notifications/format.js';
import { renderLeaderDigest } from '../notifications/leader-digest-mail.js';
import { resolveFrame } from '../services/dashboard/dashboard-frame.service.js';
import { briefOf } from '../services/leader/brief.service.js';
import { defineJob } from './job-definition.js';

/** The outbox kind of the digest's mails. */
export const LEADER_DIGEST_MAIL = 'leader_digest';

export const leaderDigestJob = defineJob({
  kind: 'leader_digest',
  /** The month the digest is for (YYYY-MM) and when it was due. */
  payload: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), at: z.string() }),
  // The brief reads the figures pipeline, which stores what it lacks in its own transactions; a
  // repeated run skips leaders already mailed since the slot.
  transactional: false,
  async plan(_db, _context, now) {
    const slot = latestMonthlySlot(now, DIGEST_HOUR_WIB);
    return [
      { key: slot.month, name: `Ringkasan bulanan pimpinan ${slot.month}`, scheduledFor: slot.at, payload: slot },
    ];
  },
  async run(db, context, payload) {
    const leaders = await listActiveLeaders(db);
    const preferences = await listPreferencesOf(
      db,
      leaders.map((l) => l.id),
    );
    const channelOf = (userId: number) =>
      (preferences.find((p) => p.user_id === userId && p.kind === 'leader_digest')?.channel ??
        DEFAULT_PREFERENCE.channel) as NotificationChannel;
    const frame = await resolveFrame(context, {});
    const at = context.clock.now().toISOString();
    let sent = 0;
    for (const leader of leaders) {
      if (!deliversEmail(channelOf(leader.id))) continue;
      if (await hasMailSince(db, leader.id, LEADER_DIGEST_MAIL, payload.at)) continue;
      const institution = await findInstitutionById(db, leader.institution_id as number);
      if (!institution) continue;
      const brief = await briefOf(db, institution, frame);
      const mail = renderLeaderDigest(brief, localeOf(leader.locale), leader.name, context.config.publicUrl);
      await insertOutboxMails(db, [
        {
          to_address: leader.email,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html,
          kind: LEADER_DIGEST_MAIL,
          user_id: leader.id,
          status: 'pending',
          attempts: 0,
          next_attempt_at: at,
          locked_by: null,
          locked_at: null,
          last_error: null,
          created_at: at,
          sent_at: null,
        },
      ]);
      sent++;
    }
    return `${sent} ringkasan bulanan pimpinan (${payload.month})`;
  },
});
