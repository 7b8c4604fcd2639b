/**
 * Things that make Pantau send notifications and e-mails, done through the API before the link
 * crawler runs, so every kind of link a person receives is there to follow: an announcement and a
 * meeting invitation to the demo institution (with a follow-up it owns), a media-kit material, a
 * report sent back by its verifier, citizen feedback forwarded and answered, an invitation and a
 * password-reset link. (The scheduler adds deadline reminders and digests on its own.)
 */
import { createHash } from 'node:crypto';
import { solveProofOfWork } from '@pantau/core';
import { DEMO_ACCOUNTS, DEMO_INSTITUTION, DEMO_PASSWORD, DEMO_VERIFIER_AKSI } from './accounts';
import { findWorkTarget } from './api';
import type { ReceivedMail } from './mail-sink';
import { staffSession } from './staff-api';

/** The citizen who sends feedback, and the new account invited: people outside the demo accounts. */
export const CITIZEN_EMAIL = 'warga.peduli@contoh.id';
export const INVITED_EMAIL = 'pic.baru@jabarprov.go.id';

const ROLES_OF_AN_INSTITUTION = ['focal_point', 'publicist', 'contributor'];

interface Report {
  id: number;
  version: number;
  state: string;
}

/** A wall-clock time a week from now in WIB, as the meeting form writes it. */
function nextWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 11).concat('09:00');
}

async function citizenFeedback(baseUrl: string): Promise<string> {
  const { challenge, difficulty } = (await (await fetch(`${baseUrl}/api/public/feedback/challenge`)).json()) as {
    challenge: string;
    difficulty: number;
  };
  const sha256 = (text: string) => new Uint8Array(createHash('sha256').update(text, 'utf8').digest());
  const nonce = await solveProofOfWork(challenge, difficulty, sha256);
  const response = await fetch(`${baseUrl}/api/public/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'pengaduan',
      institution: DEMO_INSTITUTION.code,
      message: 'Izin usaha saya sudah tiga minggu belum diproses di mal pelayanan publik.',
      email: CITIZEN_EMAIL,
      challenge,
      nonce,
    }),
  });
  if (!response.ok) throw new Error(`feedback: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { ticket: string }).ticket;
}

/** Does everything that sends notifications and mail; returns when the API has accepted it all. */
export async function makeNotifyingEvents(baseUrl: string): Promise<void> {
  const as = (role: keyof typeof DEMO_ACCOUNTS) => staffSession(baseUrl, DEMO_ACCOUNTS[role], DEMO_PASSWORD);
  const [admin, focalPoint, contributor, verifier] = await Promise.all([
    as('admin'),
    as('focal_point'),
    as('contributor'),
    as('verifier'),
  ]);
  const everyone = { roles: ROLES_OF_AN_INSTITUTION, institutions: [DEMO_INSTITUTION.code] };

  await admin.post('/api/announcements', {
    title: 'Pedoman pelaporan triwulan',
    body: 'Mohon laporan capaian dikirim sebelum tenggat.',
    audience: everyone,
    attachmentIds: [],
  });
  const meeting = await admin.post<{ id: number }>('/api/meetings', {
    title: 'Rapat koordinasi triwulan',
    startsAt: nextWeek(),
    timeZone: 'WIB',
    onlineUrl: 'https://zoom.us/j/2026120399',
    agenda: 'Evaluasi capaian dan rencana tindak lanjut',
    invitees: everyone,
  });
  // A follow-up the institution owns and a media-kit material, so their pages have something to show.
  await admin.post(`/api/meetings/${meeting.id}/follow-ups`, {
    title: 'Kirim daftar layanan perizinan daring',
    ownerInstitution: DEMO_INSTITUTION.code,
    dueOn: nextWeek().slice(0, 10),
  });
  const periods = await admin.get<{ code: string; status: string }[]>('/api/periods');
  await admin.post('/api/media-kit', {
    kind: 'video',
    title: 'Video: perizinan yang bersih',
    url: 'https://www.youtube.com/watch?v=stranaspk02',
    period: (periods.find((period) => period.status === 'active') ?? periods[0])?.code,
  });

  // A report the verifier sends back: the institution hears of it, with a link to the report.
  const work = await findWorkTarget(contributor, DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
  let report = await contributor.post<Report>('/api/reports', { period: work.period, targetCode: work.targetCode });
  report = await contributor.patch<Report>(`/api/reports/${report.id}`, {
    version: report.version,
    narrative: 'Layanan perizinan daring telah berjalan di seluruh mal pelayanan publik.',
    progress: 80,
  });
  await contributor.post(`/api/reports/${report.id}/evidence/links`, {
    url: 'https://jabarprov.go.id/berita/layanan-perizinan-daring',
    checklistIndex: 0,
    title: 'Berita daring',
  });
  report = await contributor.get<Report>(`/api/reports/${report.id}`);
  report = await focalPoint.post<Report>(`/api/reports/${report.id}/transitions`, {
    action: 'submit',
    version: report.version,
  });
  await verifier.post(`/api/reports/${report.id}/transitions`, {
    action: 'request_revision',
    version: report.version,
    reason: 'Lampirkan surat keputusan yang menetapkan layanan daring.',
  });

  // Citizen feedback: moderated and forwarded to the institution, then answered.
  const ticket = await citizenFeedback(baseUrl);
  const list = await admin.get<{ items: { id: number; ticket: string }[] }>('/api/feedback?status=submitted&limit=50');
  const feedback = list.items.find((item) => item.ticket === ticket);
  if (!feedback) throw new Error(`feedback ${ticket} is not in the moderation queue`);
  await admin.post(`/api/feedback/${feedback.id}/moderate`, { decision: 'accept' });
  await focalPoint.post(`/api/feedback/${feedback.id}/answer`, {
    answer: 'Terima kasih. Permohonan Anda telah diproses dan izin terbit hari ini.',
    publish: true,
  });

  // Account links: an invitation to a new person, a password reset for an existing one.
  await admin.post('/api/users', {
    email: INVITED_EMAIL,
    name: 'Rahmat Hidayat',
    roles: ['contributor'],
    institutionCode: DEMO_INSTITUTION.code,
  });
  const publicists = await admin.get<{ items: { id: number; email: string }[] }>(
    `/api/users?q=${encodeURIComponent(DEMO_ACCOUNTS.publicist)}`,
  );
  const publicist = publicists.items.find((item) => item.email === DEMO_ACCOUNTS.publicist);
  if (!publicist) throw new Error('the demo publicist is missing');
  await admin.post(`/api/users/${publicist.id}/password-reset-link`, {});
}

/**
 * Whether the mail of the events above has arrived: the institution's people (announcement,
 * invitation to the meeting, report sent back, feedback forwarded), the invited person and the
 * publicist's reset link. (Citizens are not mailed today: they follow their ticket.)
 */
export function expectedMailArrived(received: readonly ReceivedMail[]): boolean {
  const count = (address: string) => received.filter((mail) => mail.to.includes(address)).length;
  return count(DEMO_ACCOUNTS.focal_point) >= 4 && count(DEMO_ACCOUNTS.publicist) >= 3 && count(INVITED_EMAIL) >= 1;
}
