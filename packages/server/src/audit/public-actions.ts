/**
 * Which audited writes change what the public sees at once. The public pages and `/api/public/`
 * show accepted reports, published answers and publications, the catalogue and the periods: a
 * draft, a submission, a review step short of a decision, a sign-in or a preference changes none
 * of it. They also show how many reports were first sent by the deadline (Kepatuhan tepat waktu),
 * which a submission can change only before the deadline, while its quarter is shown as progress:
 * that count is refreshed with the time part of the cache version (`http/public-cache.ts`, every
 * few minutes) and shown with the time it was counted, so the deadline rush of submissions does
 * not recompute public pages on every write. The list names the writes known to be private; every
 * other action (including any added later) advances the public data version, so forgetting one
 * costs a cache refresh, never a stale page.
 */
const PRIVATE_ACTIONS: ReadonlySet<string> = new Set([
  // Reports before a decision: drafts, evidence, review steps.
  'report.create',
  'report.edit',
  'report.mark_ready',
  'report.submit',
  'report.send_back',
  'report.start_review',
  'report.request_revision',
  'evidence.upload',
  'evidence.link',
  'evidence.remove',
  // A citizen's feedback is public only once answered and published.
  'feedback.submit',
  // Accounts, sessions and preferences.
  'auth.login',
  'auth.logout',
  'notification.preferences',
  'announcement.read',
  'token.create',
  'token.revoke',
  'account.update',
  'account.password_change',
  'account.sessions_end',
  'user.password_set',
  'user.reset_link',
  // Forgotten passwords and two-factor sign-in.
  'user.password_forgot',
  'user.reset_password',
  'account.second_factor_enrol',
  'account.second_factor_disable',
  'user.second_factor_reset',
  // Coordination among officials and the operators' queues.
  'announcement.send',
  'announcement.remind',
  'meeting.create',
  'meeting.respond',
  'meeting.attendance',
  'meeting.minutes',
  'followup.create',
  'followup.update',
  'outbox.retry',
  'job.run_now',
  // The Inspektorat's support log and the province view of accounts.
  'support.create',
  'support.followup_update',
  'user.province_view',
]);

/** Whether an audited write with this action may change a public page or answer. */
export function changesPublicData(action: string): boolean {
  return !PRIVATE_ACTIONS.has(action);
}
