/**
 * The database contract: one interface for SQLite and PostgreSQL alike. Timestamps are ISO-8601
 * UTC strings, civil dates are `YYYY-MM-DD` strings, flags are 0/1 integers and structured values
 * are JSON text, so both databases store and return exactly the same values.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface PeriodTable {
  id: Generated<number>;
  code: string;
  name: string;
  start_year: number;
  deadline_days: number;
  verification_days: number;
  /** `active` or `closed`. */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface QuarterTable {
  id: Generated<number>;
  period_id: number;
  number: number;
  starts_on: string;
  ends_on: string;
  deadline: string;
  verification_ends_on: string;
  /** `planned`, `open` or `closed`. */
  status: string;
  opened_at: string | null;
  closed_at: string | null;
}

export interface FokusTable {
  id: Generated<number>;
  period_id: number;
  code: string;
  name: string;
}

export interface AksiTable {
  id: Generated<number>;
  period_id: number;
  fokus_id: number;
  code: string;
  name: string;
}

export interface OutputTable {
  id: Generated<number>;
  period_id: number;
  aksi_id: number;
  code: string;
  name: string;
}

export interface TargetTable {
  id: Generated<number>;
  period_id: number;
  output_id: number;
  quarter_number: number;
  code: string;
  current_version: number;
}

export interface TargetVersionTable {
  id: Generated<number>;
  target_id: number;
  version: number;
  success_measure: string;
  /** JSON array of the required evidence documents. */
  evidence_checklist: string;
  weight: number;
  impact_name: string | null;
  impact_unit: string | null;
  impact_baseline: number | null;
  /** The indicator's target value; null when none is set (the value cannot be judged). */
  impact_target: number | null;
  /** `higher` or `lower` is better; null when the version declares no indicator. */
  impact_direction: string | null;
  /** Where the indicator's figure comes from. */
  impact_source: string | null;
  /** Why this version replaced the previous one (reorganisasi target). */
  reason: string | null;
  created_at: string;
}

export interface InstitutionTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** `kl`, `provinsi`, `kabupaten` or `kota`. */
  type: string;
  province_code: string | null;
  parent_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface AssignmentRuleTable {
  id: Generated<number>;
  output_id: number;
  /** JSON of an `AssignmentRule`. */
  rule: string;
  created_at: string;
  created_by: number | null;
  /** When the rule was ended (its assignments end with it); null while it applies. */
  ended_at: string | null;
  ended_reason: string | null;
  ended_by: number | null;
}

export interface AssignmentTable {
  id: Generated<number>;
  output_id: number;
  institution_id: number;
  rule_id: number | null;
  created_at: string;
  /** When the institution stopped carrying the output; null while the assignment applies. */
  ended_at: string | null;
  ended_reason: string | null;
  ended_by: number | null;
}

export interface ReportTable {
  id: Generated<number>;
  target_id: number;
  /** The target version the report answers (and, once accepted, was judged on). */
  target_version: number;
  institution_id: number;
  period_id: number;
  quarter_number: number;
  state: string;
  narrative: string;
  progress: number | null;
  impact_value: number | null;
  not_applicable: number;
  not_applicable_reason: string | null;
  /** Review rounds so far: 0 until the first revision request. */
  round: number;
  /** Optimistic-locking version, bumped on every change. */
  version: number;
  submitted_at: string | null;
  on_time: number | null;
  score: number | null;
  quality_grade: string | null;
  verifier_comment: string | null;
  verified_at: string | null;
  created_at: string;
  updated_at: string;
  /** The first submission: decides on time or late; resubmissions keep it. */
  first_submitted_at: string | null;
  /** The verifier accepted the not-applicable claim: the target leaves the score. */
  na_accepted: Generated<number>;
  /** Score after field verification, replacing `score` in the figures when set. */
  field_score: number | null;
  /** The work unit responsible when the report was started (null: none assigned). */
  unit_id: number | null;
}

export interface ReportEventTable {
  id: Generated<number>;
  report_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  reason: string | null;
  at: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  institution_id: number | null;
  password_hash: string | null;
  /** `active`, `invited` or `disabled`. */
  status: string;
  /** `id` or `en`. */
  locale: string;
  /** A phone number the account holder gave, as typed (digits, spaces, +, -). */
  phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface VerifierAssignmentTable {
  user_id: number;
  aksi_id: number;
}

/** Instance-wide settings, e.g. whether the data is the demo dataset. */
export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

/** A signed-in browser session; the cookie holds a secret whose SHA-256 is the key. */
export interface SessionTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** A failed sign-in, keyed by account (`account:<email>`) or address (`ip:<ip>`). */
export interface LoginAttemptTable {
  id: Generated<number>;
  key: string;
  at: string;
}

/** A machine client's token; only its SHA-256 is stored. */
export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** `read` or `read-write`. */
  scope: Generated<string>;
}

/** A single-use link: `invitation` or `password_reset`. */
export interface UserLinkTable {
  id: Generated<number>;
  user_id: number;
  purpose: string;
  token_hash: string;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Outputs a contributor is limited to (no rows: every output of the institution). */
export interface ContributorOutputTable {
  user_id: number;
  output_id: number;
}

/** A work unit (unit kerja) of an institution: an OPD of a Pemda, an eselon I unit of a ministry. */
export interface WorkUnitTable {
  id: Generated<number>;
  institution_id: number;
  /** Local to the institution, upper case (e.g. `BAPPEDA`). */
  code: string;
  name: string;
  short_name: string | null;
  /** `opd`, `eselon_1` or `other`. */
  kind: string;
  /** 1 while the unit exists; 0 once wound up (kept for history). */
  active: number;
  created_at: string;
  updated_at: string;
  /** When the unit's contributors were last reminded (null: never); reminders are throttled. */
  reminded_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The unit responsible for one of an institution's targets (no row: not yet assigned). */
export interface UnitTargetTable {
  institution_id: number;
  target_id: number;
  unit_id: number;
  assigned_at: string;
  assigned_by: number | null;
}

/** Units a contributor is limited to (no rows: not limited by unit). */
export interface ContributorUnitTable {
  user_id: number;
  unit_id: number;
}

/** One entry of the append-only, hash-chained audit log. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: number | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string | null;
  /** Canonical JSON of what changed. */
  change: string;
  prev_hash: string;
  hash: string;
}

/** The chain head: the last entry's sequence number and hash. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  at: string | null;
  /** Sequence number of the last entry that changed what the public sees. */
  public_seq: Generated<number>;
}

/** An evidence item of a report: an uploaded file (content-addressed) or a link. */
export interface EvidenceTable {
  id: Generated<number>;
  report_id: number;
  /** `file` or `link`. */
  kind: string;
  /** Index of the checklist item (data dukung) of the target version it answers. */
  checklist_index: number;
  title: string;
  file_sha256: string | null;
  file_name: string | null;
  file_size: number | null;
  mime_type: string | null;
  url: string | null;
  is_public: number;
  created_by: number | null;
  created_at: string;
  removed_at: string | null;
  removed_by: number | null;
  removed_reason: string | null;
}

/** What a report held when it was submitted, per review round. */
export interface ReportRoundTable {
  id: Generated<number>;
  report_id: number;
  round: number;
  submitted_at: string;
  submitted_by: number | null;
  /** JSON of the content and the ids of the evidence present. */
  snapshot: string;
}

/** The stored answer to a request made with an Idempotency-Key. */
export interface IdempotencyKeyTable {
  actor_key: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}

/** Admin's unlock of one report of a closed quarter, with the reason and the sample decision. */
export interface ReportUnlockTable {
  id: Generated<number>;
  report_id: number;
  reason: string;
  /** 1: the report joins the population of a later field-verification draw of the quarter. */
  joins_sample: number;
  created_by: number | null;
  created_at: string;
}

/** A later deadline for one institution in one quarter. */
export interface QuarterExtensionTable {
  id: Generated<number>;
  period_id: number;
  quarter_number: number;
  institution_id: number;
  deadline: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

/** Live figures of one institution in one quarter, rewritten with every change that affects them. */
export interface InstitutionFiguresTable {
  institution_id: number;
  period_id: number;
  quarter_number: number;
  expected: number;
  submitted: number;
  on_time: number;
  complete: number;
  verified: number;
  not_applicable: number;
  weight_due: number;
  weighted_score: number;
  achievement: number | null;
  /** Verified reports of the quarter (not-applicable excluded) by quality grade. */
  administratif: number;
  terlaksana: number;
  berdampak: number;
  updated_at: string;
}

/** The field-verification sample of a quarter. */
export interface FieldSampleTable {
  id: Generated<number>;
  period_id: number;
  quarter_number: number;
  /** Published seed: the audit chain head hash at quarter close. */
  seed: string;
  size: number;
  /** JSON array of the sorted keys of every accepted report at close: what anyone re-draws from. */
  population: string;
  drawn_at: string;
  drawn_by: number | null;
}

/** One sampled report and the outcome of checking it in the field. */
export interface FieldCheckTable {
  id: Generated<number>;
  sample_id: number;
  report_id: number;
  sample_key: string;
  position: number;
  /** `pending` or `done`. */
  status: string;
  /** `confirmed`, `adjusted` or `not_found`. */
  result: string | null;
  original_score: number | null;
  adjusted_score: number | null;
  notes: string | null;
  checked_by: number | null;
  checked_at: string | null;
}

/** A notification for one user: shown in the app (`in_app`) and/or mailed, as the user chose. */
export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  /** In the user's language at the time it was made. */
  title: string;
  body: string;
  link: string | null;
  /** 1: listed in the app. */
  in_app: number;
  /** `none` (no e-mail), `queued` (in the outbox), `digest` (waits for the daily digest) or `digested`. */
  email_state: string;
  read_at: string | null;
  created_at: string;
}

/** A user's channel choice for one notification kind (no row: the default). */
export interface NotificationPreferenceTable {
  user_id: number;
  kind: string;
  /** `email`, `in_app`, `both` or `none`. */
  channel: string;
  digest: number;
  updated_at: string;
}

/** An e-mail to send; rows are kept after sending, so nothing is lost and admin can see every mail. */
export interface OutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** Notification kind, or `digest`. */
  kind: string;
  user_id: number | null;
  /** `pending`, `sending` (claimed by a process), `sent` or `failed` (refused permanently; admin may retry). */
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  locked_by: string | null;
  locked_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** One run of a scheduled job; unique per (kind, key), so a run happens once however many processes plan it. */
export interface JobTable {
  id: Generated<number>;
  kind: string;
  /** What the run is for, e.g. `2025-2026/2/H-3`. */
  key: string;
  name: string;
  scheduled_for: string;
  /** Not before this instant (the schedule, or later after a failed attempt). */
  run_after: string;
  /** `pending`, `running`, `done` or `failed`. */
  status: string;
  locked_by: string | null;
  locked_at: string | null;
  attempts: number;
  last_error: string | null;
  /** JSON. */
  payload: string;
  result: string | null;
  created_at: string;
  finished_at: string | null;
}

/** An uploaded file attached to coordination records; the content lives in the blob store under its SHA-256. */
export interface AttachmentTable {
  id: Generated<number>;
  sha256: string;
  file_name: string;
  mime_type: string;
  size: number;
  /** Only the uploader may attach it to something. */
  uploaded_by: number;
  institution_id: number | null;
  created_at: string;
}

/** An announcement (guidance, reminder) sent to an audience. */
export interface AnnouncementTable {
  id: Generated<number>;
  title: string;
  body: string;
  /** JSON of the `Audience` as the sender chose it. */
  audience: string;
  /** The addressed roles as `|focal_point|publicist|`, so a role can be matched with LIKE on both engines. */
  roles: string;
  sender_id: number;
  sender_institution_id: number | null;
  recipient_count: number;
  sent_at: string;
}

export interface AnnouncementAttachmentTable {
  announcement_id: number;
  attachment_id: number;
  position: number;
}

/** An institution the announcement reached, resolved when it was sent. */
export interface AnnouncementRecipientTable {
  announcement_id: number;
  institution_id: number;
  reminded_at: string | null;
  reminders: Generated<number>;
}

/** A read receipt: one person of a recipient institution read the announcement. */
export interface AnnouncementReadTable {
  announcement_id: number;
  user_id: number;
  institution_id: number;
  read_at: string;
}

/** A coordination meeting; times are UTC instants, `time_zone` is the zone it was set in. */
export interface MeetingTable {
  id: Generated<number>;
  title: string;
  starts_at: string;
  ends_at: string;
  /** `WIB`, `WITA` or `WIT`. */
  time_zone: string;
  online_url: string | null;
  place: string | null;
  agenda: string;
  /** JSON of the `Audience` the invitations were resolved from. */
  invitees: string;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** One invitation: an institution, for one of its roles. */
export interface MeetingInviteeTable {
  id: Generated<number>;
  meeting_id: number;
  institution_id: number;
  role: string;
}

/** An invitee's answer: attending or not. */
export interface MeetingResponseTable {
  invitee_id: number;
  attending: number;
  note: string | null;
  responded_by: number;
  responded_at: string;
}

/** Whether an invitee was present, as the organiser recorded after the meeting. */
export interface MeetingAttendanceTable {
  invitee_id: number;
  present: number;
  recorded_by: number;
  recorded_at: string;
}

export interface MeetingMinutesTable {
  meeting_id: number;
  text: string;
  recorded_by: number;
  recorded_at: string;
}

/** A follow-up action (tindak lanjut) of a meeting, owned by one institution. */
export interface FollowUpTable {
  id: Generated<number>;
  meeting_id: number;
  title: string;
  description: string | null;
  owner_institution_id: number;
  due_on: string;
  /** `open`, `in_progress` or `done`. */
  status: string;
  created_by: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** One status change of a follow-up, with its note or evidence. */
export interface FollowUpUpdateTable {
  id: Generated<number>;
  follow_up_id: number;
  status: string;
  note: string | null;
  url: string | null;
  attachment_id: number | null;
  updated_by: number;
  created_at: string;
}

/** A national media-kit material. */
export interface MediaMaterialTable {
  id: Generated<number>;
  /** `infographic`, `video`, `press_release` or `logo_guidance`. */
  kind: string;
  title: string;
  description: string;
  url: string | null;
  attachment_id: number | null;
  period_id: number;
  /** JSON array of aksi codes of the period. */
  aksi: string;
  created_by: number;
  created_at: string;
}

/** A publication of an institution's Humas, possibly republishing a media-kit material. */
export interface PublicationTable {
  id: Generated<number>;
  institution_id: number;
  /** `berita`, `infografis`, `video` or `media_sosial`. */
  kind: string;
  title: string;
  url: string | null;
  attachment_id: number | null;
  published_on: string;
  material_id: number | null;
  period_id: number | null;
  /** JSON array of aksi codes of the period. */
  aksi: string;
  /** `draft` or `published`. */
  status: string;
  created_by: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  /** The accepted report whose process and result the publication tells (a story); null: none. */
  report_id: number | null;
  /** The story in a few sentences (stories started from a report). */
  summary: string | null;
}

/** A public holiday (libur nasional, cuti bersama): working-day deadlines skip it. */
export interface HolidayTable {
  /** `YYYY-MM-DD`. */
  date: string;
  name: string;
  /** `national`, `collective_leave` or `other`. */
  kind: string;
  created_at: string;
  updated_at: string;
  updated_by: number | null;
}

/** A citizen's feedback (usulan / pengaduan). The sender's name and contact never leave the moderators. */
export interface FeedbackTable {
  id: Generated<number>;
  /** Followed by the sender, e.g. `PNT-7K3M-9QX2-H4WD`. */
  ticket: string;
  /** `usulan` or `pengaduan`. */
  kind: string;
  institution_id: number;
  period_id: number | null;
  aksi_id: number | null;
  output_id: number | null;
  message: string;
  /** The moderator's edited text for publication (personal details removed); null: the message. */
  public_message: string | null;
  sender_name: string | null;
  sender_email: string | null;
  sender_phone: string | null;
  /** `submitted`, `rejected`, `forwarded` or `answered`. */
  status: string;
  submitted_at: string;
  moderated_at: string | null;
  moderated_by: number | null;
  moderation_reason: string | null;
  forwarded_at: string | null;
  /** The answer is due by this date (7 working days after forwarding). */
  due_on: string | null;
  answered_at: string | null;
  answered_by: number | null;
  answer: string | null;
  /** 1: the answer is listed publicly. */
  published: number;
  updated_at: string;
}

/** One step in the life of a feedback item. */
export interface FeedbackEventTable {
  id: Generated<number>;
  feedback_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_id: number | null;
  actor_label: string;
  reason: string | null;
  at: string;
}

/** A feedback submission attempt, for the per-address rate limit; `key` is a keyed hash of the address. */
export interface FeedbackAttemptTable {
  id: Generated<number>;
  key: string;
  at: string;
}

/** A spent proof-of-work challenge (SHA-256 of it), kept until it expires. */
export interface FeedbackChallengeTable {
  challenge_hash: string;
  expires_at: string;
}

/** An entry of the Inspektorat's support log (pendampingan). */
export interface SupportEntryTable {
  id: Generated<number>;
  institution_id: number;
  /** The unit supported; null: the institution as a whole. */
  unit_id: number | null;
  held_on: string;
  /** `visit`, `meeting`, `review` or `training`. */
  kind: string;
  notes: string;
  created_by: number;
  created_at: string;
}

export interface SupportEntryAttachmentTable {
  entry_id: number;
  attachment_id: number;
  position: number;
}

/** A follow-up of a support entry: owner unit, due date and status, as meetings' follow-ups. */
export interface SupportFollowUpTable {
  id: Generated<number>;
  entry_id: number;
  institution_id: number;
  title: string;
  owner_unit_id: number | null;
  due_on: string;
  /** `open`, `in_progress` or `done`. */
  status: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** A province account allowed to read its kabupaten/kota's progress. */
export interface ProvinceViewTable {
  user_id: number;
  granted_by: number | null;
  granted_at: string;
}

/** An account's authenticator (TOTP): the secret sealed with the server secret, until confirmed a pending enrolment. */
export interface SecondFactorTable {
  user_id: number;
  secret_box: string;
  created_at: string;
  confirmed_at: string | null;
  /** The last RFC 6238 time step a code was accepted for: older or equal steps are refused. */
  last_step: number | null;
}

/** A single-use recovery code; only its SHA-256 is stored. */
export interface RecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: string | null;
}

/** The half-way point of a sign-in: the password was right, the authenticator code is awaited. */
export interface SignInChallengeTable {
  id_hash: string;
  user_id: number;
  ip: string | null;
  user_agent: string | null;
  previous_session: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Every table of the database. */
export interface DB {
  periods: PeriodTable;
  quarters: QuarterTable;
  fokus: FokusTable;
  aksi: AksiTable;
  outputs: OutputTable;
  targets: TargetTable;
  target_versions: TargetVersionTable;
  institutions: InstitutionTable;
  assignment_rules: AssignmentRuleTable;
  assignments: AssignmentTable;
  reports: ReportTable;
  report_events: ReportEventTable;
  users: UserTable;
  user_roles: UserRoleTable;
  verifier_assignments: VerifierAssignmentTable;
  settings: SettingTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  api_tokens: ApiTokenTable;
  user_links: UserLinkTable;
  second_factors: SecondFactorTable;
  recovery_codes: RecoveryCodeTable;
  sign_in_challenges: SignInChallengeTable;
  contributor_outputs: ContributorOutputTable;
  work_units: WorkUnitTable;
  unit_targets: UnitTargetTable;
  contributor_units: ContributorUnitTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  evidence: EvidenceTable;
  report_rounds: ReportRoundTable;
  idempotency_keys: IdempotencyKeyTable;
  quarter_extensions: QuarterExtensionTable;
  report_unlocks: ReportUnlockTable;
  institution_figures: InstitutionFiguresTable;
  field_samples: FieldSampleTable;
  field_checks: FieldCheckTable;
  attachments: AttachmentTable;
  announcements: AnnouncementTable;
  announcement_attachments: AnnouncementAttachmentTable;
  announcement_recipients: AnnouncementRecipientTable;
  announcement_reads: AnnouncementReadTable;
  meetings: MeetingTable;
  meeting_invitees: MeetingInviteeTable;
  meeting_responses: MeetingResponseTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_minutes: MeetingMinutesTable;
  follow_ups: FollowUpTable;
  follow_up_updates: FollowUpUpdateTable;
  media_materials: MediaMaterialTable;
  publications: PublicationTable;
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
  outbox: OutboxTable;
  jobs: JobTable;
  holidays: HolidayTable;
  feedback: FeedbackTable;
  feedback_events: FeedbackEventTable;
  feedback_attempts: FeedbackAttemptTable;
  feedback_challenges: FeedbackChallengeTable;
  support_entries: SupportEntryTable;
  support_entry_attachments: SupportEntryAttachmentTable;
  support_follow_ups: SupportFollowUpTable;
  province_views: ProvinceViewTable;
}

export type Period = Selectable<PeriodTable>;
export type Quarter = Selectable<QuarterTable>;
export type Institution = Selectable<InstitutionTable>;
export type NewInstitution = Insertable<InstitutionTable>;
export type Report = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;
export type ReportUpdate = Updateable<ReportTable>;
export type User = Selectable<UserTable>;
export type Feedback = Selectable<FeedbackTable>;
