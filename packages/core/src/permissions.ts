/**
 * The permission matrix as data (DESIGN §1). Every API route names one permission; the server
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
  /** One's own API tokens. */
  'token.manage': { roles: everyone('self') },
  /** Reading accounts. */
  'user.read': { roles: { admin: 'all', observer: 'all', focal_point: 'own_institution' } },
  /** Inviting, changing, disabling accounts and issuing password-reset links. */
  'user.manage': { roles: { admin: 'all', focal_point: 'own_institution' } },
  /** Reading the audit log. */
  'audit.read': { roles: { admin: 'all', observer: 'all' } },
  /** Reading reports, their evidence and history (drafts stay within the institution). */
  'report.read': {
    roles: {
      admin: 'all',
      observer: 'all',
      verifier: 'assigned_aksi',
      focal_point: 'own_institution',
      contributor: 'own_institution',
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
  /** An institution's achievement and compliance. */
  'performance.read': {
    roles: {
      admin: 'all',
      observer: 'all',
      verifier: 'all',
      focal_point: 'own_institution',
      contributor: 'own_institution',
      publicist: 'own_institution',
    },
  },
  /** The field-verification sample of a quarter. */
  'field.read': { roles: { admin: 'all', observer: 'all', verifier: 'assigned_aksi' } },
  /** Recording field-verification results. */
  'field.check': { roles: { admin: 'all', verifier: 'assigned_aksi' } },
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
