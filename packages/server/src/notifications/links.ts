/**
 * Absolute links that notifications and e-mails carry, built on `PANTAU_PUBLIC_URL`. One place for
 * every path, so the pages and the messages cannot drift apart unnoticed: `links.test.ts` checks
 * that each one is a page of the web app (App.tsx) or of the server-rendered public site. Officials'
 * pages live under `/kerja`; a reader who is signed out goes through `/masuk` and comes back.
 */

/** The links of one installation. */
export function appLinks(publicUrl: string) {
  const base = publicUrl.replace(/\/$/, '');
  return {
    /** A report, in the editor or review view its reader is allowed. */
    report: (id: number) => `${base}/kerja/laporan/${id}`,
    /** The reader's workspace on one quarter: a focal point's board, a contributor's targets. */
    workspaceQuarter: (quarter: number) => `${base}/kerja?triwulan=${quarter}`,
    /** A citizen's feedback on the feedback desk (admin, the institution's focal points). */
    feedbackDesk: (id: number) => `${base}/kerja/aduan/${id}`,
    /** A citizen's feedback as its sender follows it by ticket, on the public site. */
    feedbackTicket: (ticket: string) => `${base}/aduan/${encodeURIComponent(ticket)}`,
    announcement: (id: number) => `${base}/kerja/koordinasi/pengumuman/${id}`,
    meeting: (id: number) => `${base}/kerja/koordinasi/rapat/${id}`,
    /** The notification centre: the inbox and the choice of channels per kind. */
    notificationSettings: `${base}/kerja/notifikasi`,
    /** A leader's one-page brief: their workspace home. */
    brief: `${base}/kerja`,
    /** Single-use account links (`undangan` or `atur-ulang-sandi`). */
    accountLink: (purpose: 'invitation' | 'password_reset', token: string) =>
      `${base}/${purpose === 'invitation' ? 'undangan' : 'atur-ulang-sandi'}/${token}`,
  };
}

/** The links of one installation. */
export type AppLinks = ReturnType<typeof appLinks>;
