/**
 * Absolute links into the web app that notifications carry, built on `PANTAU_PUBLIC_URL`. One place
 * for every path, so the web app's routes and the mails cannot drift apart unnoticed.
 */

/** The links of one installation. */
export function appLinks(publicUrl: string) {
  const base = publicUrl.replace(/\/$/, '');
  return {
    report: (id: number) => `${base}/laporan/${id}`,
    institution: (code: string) => `${base}/instansi/${encodeURIComponent(code)}`,
    feedback: (ticket: string) => `${base}/aduan/${encodeURIComponent(ticket)}`,
    announcement: (id: number) => `${base}/kerja/koordinasi/pengumuman/${id}`,
    meeting: (id: number) => `${base}/kerja/koordinasi/rapat/${id}`,
    notificationSettings: `${base}/notifikasi`,
  };
}
