/** Where the coordination screens live in the workspace. */
const BASE = '/kerja/koordinasi';

export const COORDINATION_PATHS = {
  announcements: `${BASE}/pengumuman`,
  newAnnouncement: `${BASE}/pengumuman/baru`,
  announcement: (id: number) => `${BASE}/pengumuman/${id}`,
  meetings: `${BASE}/rapat`,
  newMeeting: `${BASE}/rapat/baru`,
  meeting: (id: number) => `${BASE}/rapat/${id}`,
  followUps: `${BASE}/tindak-lanjut`,
  followUp: (id: number) => `${BASE}/tindak-lanjut/${id}`,
  mediaKit: `${BASE}/media`,
  newMaterial: `${BASE}/media/baru`,
  material: (id: number) => `${BASE}/media/${id}`,
  /** The publicist's record of its institution's publications. */
  publications: '/kerja/publikasi',
  /** The signed-in user's meetings and deadlines as iCalendar. */
  calendar: '/api/calendar.ics',
} as const;

/** A positive whole number from a route parameter, or null. */
export function idParam(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}
