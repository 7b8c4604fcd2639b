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
}

export type Period = Selectable<PeriodTable>;
export type Quarter = Selectable<QuarterTable>;
export type Institution = Selectable<InstitutionTable>;
export type NewInstitution = Insertable<InstitutionTable>;
export type Report = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;
export type ReportUpdate = Updateable<ReportTable>;
export type User = Selectable<UserTable>;
