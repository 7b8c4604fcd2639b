/**
 * The permission matrix as data (docs/design.md#the-people-and-their-roles). Every API route names one permission; the server
 * enforces it in one place, and services narrow by the scope it grants. A test calls every route
 * as every role and checks the outcome against this table.
 */
import { ROLES, type Role } from './roles.js';

/** How far a granted permission reaches. */
export type Scope = 'all' | 'own_institution' | 'assigned_aksi' | 'self';

/** A permission open to anyone, or granted to some roles with a scope each. */
export type Permission = { public: true } | { roles: Partial<Record<Role, Scope>> };

const everyone = (scope: Scope): Partial<Record<Role, Scope>> =>
  Object.fromEntries(ROLES.map((role) => [role, scope])) as Partial<Record<Role, Scope>>;

/** Admin and observers see all of coordination; an institution's people see their institution's part. */
const coordinationReaders: Partial<Record<Role, Scope>> = {
  admin: 'all',
  observer: 'all',
  focal_point: 'own_institution',
  contributor: 'own_institution',
  publicist: 'own_institution',
  leader: 'own_institution',
};

/** Every permission in the system. */
export const PERMISSIONS = {
  /** Health, instance facts, the API document. */
  'system.read': { public: true },
  /** Periods, quarters, the action catalogue. */
  'catalogue.read': { public: true },
  /** Institutions and their assignments. */
  'institution.read': { public: true },
  /** The audit chain head, published so anyone can detect tampering. */
  'audit.head.read': { public: true },
  /** Signing in. */
  'auth.login': { public: true },
  /** Redeeming a single-use link: accept an invitation, reset a password. */
  'auth.redeem': { public: true },
  /** One's own session: who am I, sign out. */
  'auth.session': { roles: everyone('self') },
  /** One's own account: name, phone, language, password. */
  'account.self': { roles: everyone('self') },
  /** One's own API tokens. */
  'token.manage': { roles: everyone('self') },
  /** Reading accounts. */
  'user.read': { roles: { admin: 'all', observer: 'all', focal_point: 'own_institution' } },
  /** Inviting, changing, disabling accounts and issuing password-reset links. */
  'user.manage': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** Reading the audit log and verifying its chain. */
  'audit.read': { roles: { admin: 'all', observer: 'all' } },
  /** Reading reports, their evidence and history (drafts stay within the institution). */
  'report.read': {
    roles: {
      admin: 'all',
      observer: 'all',
      verifier: 'assigned_aksi',
      focal_point: 'own_institution',
      contributor: 'own_institution',
      leader: 'own_institution',
    },
  },
  /** Writing reports and their evidence. */
  'report.write': { roles: { focal_point: 'own_institution', contributor: 'own_institution' } },
  /** Moving reports through the workflow; the state machine says which role may take which step. */
  'report.transition': {
    roles: { admin: 'all', verifier: 'assigned_aksi', focal_point: 'own_institution', contributor: 'own_institution' },
  },
  /** The verification queue. */
  'review.queue': { roles: { admin: 'all', observer: 'all', verifier: 'assigned_aksi' } },
  /** Opening and closing quarters, deadlines and extensions. */
  'period.manage': { roles: { admin: 'all' } },
  /** Revising targets (reorganisasi target). */
  'catalogue.manage': { roles: { admin: 'all' } },
  /** Creating and renaming institutions (K/L and Pemda). */
  'institution.manage': { roles: { admin: 'all' } },
  /** An institution's work units (unit kerja) and which unit is responsible for each target. */
  'unit.read': {
    roles: {
      admin: 'all',
      observer: 'all',
      focal_point: 'own_institution',
      contributor: 'own_institution',
      leader: 'own_institution',
    },
  },
  /** Creating, changing and winding up work units; assigning targets to them. */
  'unit.manage': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** The unit board: how each unit's targets of a quarter stand, and the targets behind each count. */
  'unit.board': { roles: { admin: 'all', observer: 'all', focal_point: 'own_institution' } },
  /** Reminding a unit's contributors of its reports still to send (throttled). */
  'unit.remind': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** Assignment rules of outputs: preview, add, end (never delete). */
  'assignment.manage': { roles: { admin: 'all' } },
  /** Spreadsheet import (catalogue, institutions, assignments, users) and its templates. */
  'data.import': { roles: { admin: 'all' } },
  /** An institution's achievement and compliance. */
  'performance.read': {
    roles: {
      admin: 'all',
      observer: 'all',
      verifier: 'all',
      focal_point: 'own_institution',
      contributor: 'own_institution',
      publicist: 'own_institution',
      leader: 'own_institution',
    },
  },
  /** The field-verification sample of a quarter. */
  'field.read': { roles: { admin: 'all', observer: 'all', verifier: 'assigned_aksi' } },
  /** Recording field-verification results. */
  'field.check': { roles: { admin: 'all', verifier: 'assigned_aksi' } },
  /** The monitoring dashboards: national, province, institution and aksi figures, warnings, the reports behind them, exports. */
  'dashboard.read': { roles: { admin: 'all', observer: 'all', verifier: 'all' } },
  /** Operational metrics (GET /metrics, Prometheus format); scrapers use an administrator's API token. */
  'metrics.read': { roles: { admin: 'all' } },
  /** Sending announcements (a focal point: to its own institution's people) and following their read receipts. */
  'announcement.send': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** Reading the announcements addressed to oneself, and marking them read. */
  'announcement.read': { roles: everyone('self') },
  /** Organising coordination meetings: invitations, attendance, minutes, follow-ups. */
  'meeting.manage': { roles: { admin: 'all' } },
  /** Meetings one's institution is invited to (admin and observers: every meeting). */
  'meeting.read': { roles: coordinationReaders },
  /** Confirming or declining an invitation of one's institution. */
  'meeting.respond': {
    roles: { focal_point: 'own_institution', contributor: 'own_institution', publicist: 'own_institution' },
  },
  /** Follow-ups of meetings (institutions: those they own). */
  'followup.read': { roles: coordinationReaders },
  /** Updating a follow-up's status with a note or evidence. */
  'followup.update': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** Publishing national media-kit materials. */
  'mediakit.manage': { roles: { admin: 'all' } },
  /** Browsing and downloading the media kit. */
  'mediakit.read': { roles: { admin: 'all', observer: 'all', focal_point: 'all', publicist: 'all' } },
  /** Publications of institutions: published ones for every signed-in role; drafts within the institution (and national roles). */
  'publication.read': {
    roles: {
      admin: 'all',
      observer: 'all',
      verifier: 'all',
      focal_point: 'own_institution',
      contributor: 'own_institution',
      publicist: 'own_institution',
      leader: 'own_institution',
    },
  },
  /** Recording the institution's publications (and republications of media-kit materials). */
  'publication.write': { roles: { publicist: 'own_institution' } },
  /** Starting a story (a draft publication) from an accepted report of one's institution; Humas publish it. */
  'story.start': { roles: { publicist: 'own_institution', focal_point: 'own_institution' } },
  /** Uploading a file to attach to an announcement, material, publication or follow-up. */
  'attachment.upload': { roles: { admin: 'all', focal_point: 'own_institution', publicist: 'own_institution' } },
  /** One's own calendar of meetings and deadlines (iCalendar). */
  'calendar.read': { roles: everyone('self') },
  /** The calendar subscription address: the API token in the address is the credential. */
  'calendar.feed': { public: true },
  /** One's own notifications and notification preferences. */
  'notification.own': { roles: everyone('self') },
  /** The mail outbox and scheduled jobs: see what was sent, failed or waits; retry a mail; run a failed job again. */
  'operations.manage': { roles: { admin: 'all' } },
  /** The national quarterly and semester reports (PDF/XLSX). */
  'document.national': { roles: { admin: 'all', observer: 'all' } },
  /** An institution's report card (PDF). */
  'document.report_card': {
    roles: { admin: 'all', observer: 'all', focal_point: 'own_institution', leader: 'own_institution' },
  },
  /** The open-data API under /api/public/: verified figures and results, public evidence, published answers. */
  'public.read': { public: true },
  /** Sending citizen feedback (usulan / pengaduan) through the public form, and following it by ticket. */
  'feedback.submit': { public: true },
  /** Citizen feedback: admin and observers all (the sender's contact: moderators only); a focal point what was forwarded to its institution. */
  'feedback.read': { roles: { admin: 'all', observer: 'all', focal_point: 'own_institution' } },
  /** Moderating feedback: accept (forwarding it to the institution) or reject with a reason. */
  'feedback.moderate': { roles: { admin: 'all' } },
  /** Answering feedback forwarded to one's institution. */
  'feedback.answer': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** The public holidays that working-day deadlines skip. */
  'holiday.manage': { roles: { admin: 'all' } },
  /** The support log (pendampingan) of an institution's Inspektorat, with its follow-ups. */
  'support.read': {
    roles: { admin: 'all', observer: 'all', focal_point: 'own_institution', leader: 'own_institution' },
  },
  /** Recording support given to the institution's units, and keeping its follow-ups up to date. */
  'support.write': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** The one-page brief of an institution for its leaders: figures, late and stuck targets, follow-ups, publications. */
  'brief.read': {
    roles: { admin: 'all', observer: 'all', focal_point: 'own_institution', leader: 'own_institution' },
  },
  /** A province's kabupaten/kota progress, read-only: an account with the province-view flag (and national roles). */
  'province.read': {
    roles: { admin: 'all', observer: 'all', focal_point: 'own_institution', leader: 'own_institution' },
  },
  /** Giving or taking away a province account's view of its kabupaten/kota. */
  'province.grant': { roles: { admin: 'all' } },
  /** Asking for a password-reset link by e-mail ("Lupa kata sandi?"). */
  'auth.password_forgot': { public: true },
  /** The second sign-in step: the authenticator code after a correct password. */
  'auth.second_step': { public: true },
  /** One's own second factor: enrol, see its state, disable. */
  'account.second_factor': { roles: everyone('self') },
  /** Resetting another user's second factor (when the phone is lost). */
  'user.second_factor_reset': { roles: { admin: 'all' } },
} as const satisfies Record<string, Permission>;

export type PermissionName = keyof typeof PERMISSIONS;

const BREADTH: Record<Scope, number> = { all: 3, own_institution: 2, assigned_aksi: 2, self: 1 };

/** Whether a permission needs no sign-in. */
export function isPublic(permission: PermissionName): boolean {
  return 'public' in PERMISSIONS[permission];
}

/** The widest scope any of `roles` has for `permission`, or null when none may use it. */
export function scopeOf(roles: readonly Role[], permission: PermissionName): Scope | null {
  const entry: Permission = PERMISSIONS[permission];
  if ('public' in entry) return 'all';
  let best: Scope | null = null;
  for (const role of roles) {
    const scope = entry.roles[role];
    if (scope && (best === null || BREADTH[scope] > BREADTH[best])) best = scope;
  }
  return best;
}

/** Every scope that `roles` hold for `permission` (one per role that grants it). */
export function scopesOf(roles: readonly Role[], permission: PermissionName): Scope[] {
  const entry: Permission = PERMISSIONS[permission];
  if ('public' in entry) return ['all'];
  return [...new Set(roles.flatMap((role) => entry.roles[role] ?? []))];
}

/** Roles a focal point may give to the accounts of its institution. */
export const FOCAL_POINT_GRANTABLE_ROLES: readonly Role[] = ['contributor', 'publicist'];
