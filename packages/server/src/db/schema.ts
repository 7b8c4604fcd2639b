/**
 * The database contract: one interface for SQLite and PostgreSQL alike. Timestamps are ISO-8601
 * UTC strings, civil dates are `YYYY-MM-DD` strings, flags are 0/1 integers and structured values
 * are JSON text, so both databases store and return exactly the same values.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

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
}

export interface AssignmentTable {
  id: Generated<number>;
  output_id: number;
  institution_id: number;
  rule_id: number | null;
  created_at: string;
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
export interface InstitutionQuarterStatsTable {
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
  contributor_outputs: ContributorOutputTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  evidence: EvidenceTable;
  report_rounds: ReportRoundTable;
  idempotency_keys: IdempotencyKeyTable;
  quarter_extensions: QuarterExtensionTable;
  institution_quarter_stats: InstitutionQuarterStatsTable;
  field_samples: FieldSampleTable;
  field_checks: FieldCheckTable;
}

export type Period = Selectable<PeriodTable>;
export type Quarter = Selectable<QuarterTable>;
export type Institution = Selectable<InstitutionTable>;
export type NewInstitution = Insertable<InstitutionTable>;
export type Report = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;
export type ReportUpdate = Updateable<ReportTable>;
export type User = Selectable<UserTable>;
