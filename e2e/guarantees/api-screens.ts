/**
 * The API coverage list: every operation of /api/openapi.json and the screens that use it (route
 * patterns of the web app or the public pages), or — for an operation no screen needs — why only
 * machine clients call it. e2e/specs/guarantees.spec.ts fails on an operation missing here (or
 * from the operations awaiting a screen in known-until-merged.ts), on an entry naming an operation
 * that no longer exists, on a screen the crawler cannot reach, and on a screen entry whose path no
 * screen's code mentions. Add a new operation here with the screen that uses it.
 */

export type Coverage =
  /** Route patterns of screens using the operation, e.g. `/kerja/laporan/:id`. */
  | { screens: readonly string[] }
  /** Why only machine clients call it (another system, a monitor, a calendar app…). */
  | { machine: string };

const REPORT = '/kerja/laporan/:id';
const REVIEW = '/kerja/verifikasi/:id';
const CATALOGUE_ADMIN = '/kerja/katalog';
const PERIODS_ADMIN = '/kerja/periode';
const DOWNLOADS = '/kerja/unduhan';
const ANNOUNCEMENT = '/kerja/koordinasi/pengumuman/:id';
const MEETING = '/kerja/koordinasi/rapat/:id';
const FOLLOW_UP = '/kerja/koordinasi/tindak-lanjut/:id';
const MATERIAL = '/kerja/koordinasi/media/:id';
const INBOX = '/kerja/notifikasi';
const DESK = '/kerja/aduan';
const DESK_ITEM = '/kerja/aduan/:id';
const AUDIT = '/kerja/audit';
const OPERATIONS = '/kerja/operasi';
const HOLIDAYS = '/kerja/libur';
const ACCOUNT = '/kerja/akun';

export const API_SCREENS: Readonly<Record<string, Coverage>> = {
  // Operations, the instance, sign-in.
  'GET /api/health': { machine: 'Load balancers and monitoring probe it; people see the app itself' },
  'GET /api/instance': { screens: ['/', '/masuk'] },
  'POST /api/auth/login': { screens: ['/masuk'] },
  'POST /api/auth/logout': { screens: ['/kerja'] },
  'GET /api/auth/me': { screens: ['/', '/kerja'] },
  'POST /api/auth/invitations/accept': { screens: ['/undangan/:token'] },
  'POST /api/auth/password-reset': { screens: ['/atur-ulang-sandi/:token'] },
  // Single sign-on (OpenID Connect): the button on the sign-in page, and the provider's way back.
  'GET /api/auth/oidc/start': { screens: ['/masuk'] },
  'GET /api/auth/oidc/callback': {
    machine: "The institution's identity provider sends the browser back here after sign-in; no screen links to it",
  },

  // My account: details, password, sessions, API tokens.
  'GET /api/account': { screens: [ACCOUNT] },
  'PATCH /api/account': { screens: [ACCOUNT] },
  'POST /api/account/password': { screens: [ACCOUNT] },
  'GET /api/account/sessions': { screens: [ACCOUNT] },
  'POST /api/account/sessions/end-others': { screens: [ACCOUNT] },
  'GET /api/tokens': { screens: [ACCOUNT] },
  'POST /api/tokens': { screens: [ACCOUNT] },
  'DELETE /api/tokens/{id}': { screens: [ACCOUNT] },

  // Forgotten passwords and two-factor sign-in.
  'POST /api/auth/password-forgot': { screens: ['/lupa-sandi'] },
  'POST /api/auth/second-step': { screens: ['/masuk'] },
  'GET /api/account/second-factor': { screens: [ACCOUNT] },
  'POST /api/account/second-factor/enrolment': { screens: [ACCOUNT] },
  'POST /api/account/second-factor/confirmation': { screens: [ACCOUNT] },
  'POST /api/account/second-factor/disable': { screens: [ACCOUNT] },
  'POST /api/users/{id}/second-factor/reset': { screens: ['/kerja/pengguna'] },

  // Periods, the catalogue, institutions.
  'GET /api/periods': { screens: ['/', '/katalog', '/kerja', PERIODS_ADMIN, CATALOGUE_ADMIN] },
  'GET /api/periods/{code}': {
    machine: 'One period for API clients; every screen reads the list of periods, which holds the same',
  },
  'GET /api/periods/{code}/catalogue': { screens: ['/', '/katalog', CATALOGUE_ADMIN] },
  'GET /api/institutions': { screens: ['/instansi', '/kerja/instansi', '/kerja/koordinasi/pengumuman/baru'] },
  'GET /api/institutions/{code}': { screens: ['/instansi/:code'] },
  'PUT /api/institutions/{code}': { screens: ['/kerja/instansi'] },
  'GET /api/institutions/{code}/targets': { screens: ['/kerja'] },
  'GET /api/institutions/{code}/performance': { screens: ['/kerja'] },

  // Work units (issue #20).
  'GET /api/institutions/{code}/units': { screens: ['/kerja/unit'] },
  'POST /api/institutions/{code}/units': { screens: ['/kerja/unit'] },
  'PATCH /api/units/{id}': { screens: ['/kerja/unit'] },
  'PUT /api/units/{id}/contributors': { screens: ['/kerja/unit'] },
  'GET /api/institutions/{code}/unit-targets': { screens: ['/kerja/unit/target'] },
  'PUT /api/institutions/{code}/unit-targets': { screens: ['/kerja/unit/target'] },
  'GET /api/institutions/{code}/unit-board': { screens: ['/kerja/unit/papan'] },
  'POST /api/units/{id}/reminders': { screens: ['/kerja/unit/papan'] },

  // Accounts.
  'GET /api/users': { screens: ['/kerja/pengguna'] },
  'POST /api/users': { screens: ['/kerja/pengguna'] },
  'GET /api/users/{id}': {
    machine: 'One account for API clients (and account pickers); the accounts screen shows them in its list',
  },
  'PATCH /api/users/{id}': { screens: ['/kerja/pengguna'] },
  'POST /api/users/{id}/disable': { screens: ['/kerja/pengguna'] },
  'POST /api/users/{id}/enable': { screens: ['/kerja/pengguna'] },
  'POST /api/users/{id}/password-reset-link': { screens: ['/kerja/pengguna'] },

  // Open data and the public portal.
  'GET /api/public/periods': { machine: 'Open data for other systems; the public pages show periods server-rendered' },
  'GET /api/public/institutions': { screens: ['/', '/provinsi/:code'] },
  'GET /api/public/figures': {
    machine: 'Open data for other systems; the public pages show the same headline server-rendered',
  },
  'GET /api/public/institutions/{code}': { screens: ['/instansi/:code'] },
  'GET /api/public/aksi/{code}': { screens: ['/aksi/:code'] },
  'GET /api/public/search': { machine: 'Open data for other systems; the public search page runs server-side' },
  'GET /api/public/evidence/{id}/file': {
    machine: 'Open data: public evidence files for other systems; the public pages link the same files',
  },
  'GET /api/public/feedback/challenge': { screens: ['/aduan'] },
  'POST /api/public/feedback': { screens: ['/aduan'] },
  'GET /api/public/feedback': {
    machine: 'Open data: published answers for other systems; the public pages list them server-rendered',
  },
  'GET /api/public/feedback/{ticket}': {
    machine: 'Following a ticket from other systems (a chat bot, a call centre); the public page does it server-side',
  },

  // Reports, evidence, verification, field checks.
  'POST /api/reports': { screens: ['/kerja'] },
  'GET /api/reports/{id}': { screens: [REPORT, REVIEW] },
  'PATCH /api/reports/{id}': { screens: [REPORT] },
  'POST /api/reports/{id}/transitions': { screens: [REPORT, REVIEW] },
  'GET /api/reports/{id}/changes': { screens: [REVIEW] },
  'POST /api/reports/{id}/field-check': { screens: ['/kerja/lapangan'] },
  'POST /api/reports/{id}/evidence': { screens: [REPORT] },
  'POST /api/reports/{id}/evidence/links': { screens: [REPORT] },
  'POST /api/reports/{id}/evidence/{evidenceId}/remove': { screens: [REPORT] },
  'PUT /api/reports/{id}/evidence/{evidenceId}/public': { screens: [REPORT] },
  'POST /api/reports/{id}/unlock': { screens: [REPORT] },
  'GET /api/evidence/{id}/file': { screens: [REPORT, REVIEW] },
  'GET /api/review-queue': { screens: ['/kerja', '/kerja/verifikasi'] },

  // The notification centre, the citizen-feedback desk and the admin's audit, operations and holidays.
  'GET /api/notifications': { screens: [INBOX, '/kerja'] },
  'POST /api/notifications/{id}/read': { screens: [INBOX] },
  'POST /api/notifications/read-all': { screens: [INBOX] },
  'GET /api/notifications/preferences': { screens: [INBOX] },
  'PUT /api/notifications/preferences': { screens: [INBOX] },
  'GET /api/feedback': { screens: [DESK] },
  'GET /api/feedback/{id}': { screens: [DESK_ITEM] },
  'POST /api/feedback/{id}/moderate': { screens: [DESK_ITEM] },
  'POST /api/feedback/{id}/answer': { screens: [DESK_ITEM] },
  'POST /api/feedback/{id}/publication': { screens: [DESK_ITEM] },
  'GET /api/audit': { screens: [AUDIT] },
  'GET /api/audit/{seq}': { screens: [AUDIT] },
  'GET /api/audit/verification': { screens: [AUDIT] },
  'GET /api/public/audit/head': { screens: [AUDIT] },
  'GET /api/admin/outbox': { screens: [OPERATIONS] },
  'POST /api/admin/outbox/{id}/retry': { screens: [OPERATIONS] },
  'GET /api/admin/jobs': { screens: [OPERATIONS] },
  'POST /api/admin/jobs/{id}/run': { screens: [OPERATIONS] },
  'GET /api/holidays': { screens: [HOLIDAYS] },
  'PUT /api/holidays/{date}': { screens: [HOLIDAYS] },
  'DELETE /api/holidays/{date}': { screens: [HOLIDAYS] },
  'GET /api/public/holidays': {
    machine: 'Open data: the holidays deadlines skip, for other systems; the holidays screen reads GET /api/holidays',
  },

  // Process and results stories, recognition (apresiasi).
  'POST /api/reports/{id}/story': { screens: [REPORT, '/kerja/publikasi'] },
  'GET /api/stories/sources': { screens: ['/kerja/publikasi'] },
  'GET /api/public/recognition': { screens: ['/apresiasi'] },

  // Quarters, the catalogue and assignments (admin).
  'POST /api/periods/{code}/quarters/{quarter}/open': { screens: [PERIODS_ADMIN] },
  'PATCH /api/periods/{code}/quarters/{quarter}': { screens: [PERIODS_ADMIN] },
  'GET /api/periods/{code}/quarters/{quarter}/impact': { screens: [PERIODS_ADMIN] },
  'POST /api/periods': { screens: [PERIODS_ADMIN] },
  'PUT /api/periods/{code}/quarters/{quarter}/extensions/{institution}': { screens: [PERIODS_ADMIN] },
  'POST /api/periods/{code}/quarters/{quarter}/close': { screens: [PERIODS_ADMIN] },
  'GET /api/periods/{code}/quarters/{quarter}/sample': { screens: ['/kerja/lapangan'] },
  'GET /api/periods/{code}/targets/{target}/versions': { screens: [CATALOGUE_ADMIN] },
  'POST /api/periods/{code}/targets/{target}/versions': { screens: [CATALOGUE_ADMIN] },
  'PUT /api/periods/{code}/fokus/{fokus}': { screens: [CATALOGUE_ADMIN] },
  'PUT /api/periods/{code}/aksi/{aksi}': { screens: [CATALOGUE_ADMIN] },
  'PUT /api/periods/{code}/outputs/{output}': { screens: [CATALOGUE_ADMIN] },
  'GET /api/periods/{code}/outputs/{output}/assignments': { screens: [CATALOGUE_ADMIN] },
  'POST /api/periods/{code}/outputs/{output}/assignments/{institution}/end': { screens: [CATALOGUE_ADMIN] },
  'PUT /api/periods/{code}/targets/{target}': { screens: [CATALOGUE_ADMIN] },
  'GET /api/periods/{code}/outputs/{output}/rules': { screens: [CATALOGUE_ADMIN] },
  'POST /api/periods/{code}/outputs/{output}/rules': { screens: [CATALOGUE_ADMIN] },
  'POST /api/periods/{code}/outputs/{output}/rules/preview': { screens: [CATALOGUE_ADMIN] },
  'POST /api/periods/{code}/outputs/{output}/rules/{id}/end': { screens: [CATALOGUE_ADMIN] },

  // Import, exports, generated documents.
  'GET /api/import/templates/{kind}.{format}': { screens: ['/kerja/impor'] },
  'POST /api/import/{kind}': { screens: ['/kerja/impor'] },
  'GET /api/exports/reports.{format}': { screens: [DOWNLOADS] },
  'GET /api/exports/institutions.{format}': { screens: [DOWNLOADS] },
  'GET /api/exports/users.{format}': { screens: [DOWNLOADS] },
  'GET /api/exports/feedback.{format}': { screens: [DOWNLOADS] },
  'GET /api/documents/quarterly': { screens: [DOWNLOADS] },
  'GET /api/documents/semester': { screens: [DOWNLOADS] },
  'GET /api/documents/report-card': { screens: [DOWNLOADS] },

  // Monitoring dashboards.
  'GET /api/dashboard/national': { screens: ['/pantauan'] },
  'GET /api/dashboard/breakdown': { screens: ['/pantauan'] },
  'GET /api/dashboard/provinces': { screens: ['/pantauan'] },
  'GET /api/dashboard/provinces/{code}': { screens: ['/pantauan/provinsi/:code'] },
  'GET /api/dashboard/rankings': { screens: ['/pantauan'] },
  'GET /api/dashboard/early-warning': { screens: ['/pantauan'] },
  'GET /api/dashboard/publications': { screens: ['/pantauan'] },
  'GET /api/dashboard/institutions/{code}': { screens: ['/pantauan/instansi/:code'] },
  'GET /api/dashboard/aksi/{code}': { screens: ['/pantauan/aksi/:code'] },
  'GET /api/dashboard/reports': { screens: ['/pantauan/laporan'] },
  'GET /api/dashboard/export/{file}': { screens: ['/pantauan'] },

  // Coordination: attachments, announcements and their audiences, meetings, follow-ups, media kit, calendar.
  'POST /api/attachments': { screens: ['/kerja/koordinasi/pengumuman/baru', '/kerja/koordinasi/media/baru'] },
  'POST /api/announcements': { screens: ['/kerja/koordinasi/pengumuman/baru'] },
  'GET /api/announcements': { screens: ['/kerja', '/kerja/koordinasi/pengumuman'] },
  'GET /api/announcements/sent': { screens: ['/kerja/koordinasi/pengumuman'] },
  'GET /api/announcements/{id}': { screens: [ANNOUNCEMENT] },
  'POST /api/announcements/{id}/read': { screens: [ANNOUNCEMENT] },
  'GET /api/announcements/{id}/receipts': { screens: [ANNOUNCEMENT] },
  'POST /api/announcements/{id}/remind': { screens: [ANNOUNCEMENT] },
  'GET /api/announcements/{id}/attachments/{attachmentId}': { screens: [ANNOUNCEMENT] },
  'POST /api/audiences/preview': { screens: ['/kerja/koordinasi/pengumuman/baru', '/kerja/koordinasi/rapat/baru'] },
  'POST /api/meetings': { screens: ['/kerja/koordinasi/rapat/baru'] },
  'GET /api/meetings': { screens: ['/kerja/koordinasi/rapat'] },
  'GET /api/meetings/{id}': { screens: [MEETING] },
  'PUT /api/meetings/{id}/response': { screens: [MEETING] },
  'PUT /api/meetings/{id}/attendance': { screens: [MEETING] },
  'PUT /api/meetings/{id}/minutes': { screens: [MEETING] },
  'POST /api/meetings/{id}/follow-ups': { screens: [MEETING] },
  'GET /api/follow-ups': { screens: ['/kerja/koordinasi/tindak-lanjut'] },
  'GET /api/follow-ups/{id}': { screens: [FOLLOW_UP] },
  'POST /api/follow-ups/{id}/updates': { screens: [FOLLOW_UP] },
  'GET /api/follow-ups/{id}/updates/{updateId}/file': { screens: [FOLLOW_UP] },
  'POST /api/media-kit': { screens: ['/kerja/koordinasi/media/baru'] },
  'GET /api/media-kit': { screens: ['/kerja/koordinasi/media'] },
  'GET /api/media-kit/{id}': { screens: [MATERIAL] },
  'GET /api/media-kit/{id}/file': { screens: [MATERIAL] },
  'GET /api/calendar.ics': { screens: ['/kerja/koordinasi/rapat'] },
  'GET /api/calendar/feed.ics': {
    machine: 'Calendar apps subscribe to it with an API token in the address; people download calendar.ics',
  },

  // Publications of institutions.
  'POST /api/publications': { screens: ['/kerja/publikasi'] },
  'GET /api/publications': { screens: ['/kerja/publikasi'] },
  'GET /api/publications/{id}': {
    machine: 'One publication for API clients; the publications screen shows them in its list',
  },
  'POST /api/publications/{id}/publish': { screens: ['/kerja/publikasi'] },
  'GET /api/publications/{id}/file': { screens: ['/kerja/publikasi'] },

  // The support log, the leader's brief, the province view (issue #20).
  'GET /api/institutions/{code}/support': { screens: ['/kerja/pendampingan'] },
  'POST /api/institutions/{code}/support': { screens: ['/kerja/pendampingan'] },
  'POST /api/support-follow-ups/{id}/status': { screens: ['/kerja/pendampingan'] },
  'GET /api/support/{id}/attachments/{attachmentId}': { screens: ['/kerja/pendampingan'] },
  'GET /api/dashboard/support': { screens: ['/pantauan'] },
  'GET /api/institutions/{code}/brief': { screens: ['/kerja'] },
  'GET /api/province-view': { screens: ['/kerja/provinsi'] },
  'GET /api/province-view/{code}': { screens: ['/kerja/provinsi/:code'] },
  'PUT /api/users/{id}/province-view': { screens: ['/kerja/pengguna'] },
};
