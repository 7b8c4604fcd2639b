/**
 * Whether an actor may reach a report (or an institution's or aksi's data) under a permission.
 * A user may hold several roles; each grants its own scope, and any one that admits the object
 * suffices. Out-of-scope objects are answered with 404, as if they did not exist.
 */
import { type PermissionName, scopesOf } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { NotFoundError } from '../../errors.js';

/** The parts of a report that scopes look at. */
export interface ScopedObject {
  institutionId: number;
  aksiId: number;
  outputId: number;
  /** The report's state, when the object is a report: drafts stay within the institution. */
  state?: string;
  /** The work unit responsible for the target in the institution (null: none; absent: not looked up). */
  unitId?: number | null;
}

/** Whether a contributor's output and unit limits (if any) admit `object`: either kind of limit suffices. */
function withinContributorLimits(actor: UserActor, object: ScopedObject): boolean {
  if (!actor.roles.includes('contributor') || actor.roles.includes('focal_point')) return true;
  const outputs = actor.contributorOutputIds;
  const units = actor.contributorUnitIds ?? [];
  if (outputs.length === 0 && units.length === 0) return true;
  if (outputs.includes(object.outputId)) return true;
  return object.unitId !== undefined && object.unitId !== null && units.includes(object.unitId);
}

/** States in which a report has not left its institution yet. */
const UNSUBMITTED_STATES = new Set(['draft', 'ready']);

/** Whether `actor` reaches `object` under `permission`. */
export function reaches(actor: UserActor, permission: PermissionName, object: ScopedObject): boolean {
  return scopesOf(actor.roles, permission).some((scope) => {
    switch (scope) {
      case 'all':
        return true;
      case 'assigned_aksi':
        // A verifier sees a report of its aksi once the institution has submitted it.
        return (
          actor.verifierAksiIds.includes(object.aksiId) &&
          !(object.state !== undefined && UNSUBMITTED_STATES.has(object.state))
        );
      case 'own_institution':
        // A contributor limited to some outputs or units reaches only those.
        return actor.institutionId === object.institutionId && withinContributorLimits(actor, object);
      default:
        // 'self' grants nothing over other people's reports.
        return false;
    }
  });
}

export const REPORT_NOT_FOUND = { id: 'Laporan tidak ditemukan.', en: 'Report not found.' };

/** Throws 404 unless `actor` reaches `object` under `permission`. */
export function assertReaches(actor: UserActor, permission: PermissionName, object: ScopedObject): void {
  if (!reaches(actor, permission, object)) throw new NotFoundError(REPORT_NOT_FOUND);
}

/** Whether `actor` reaches an institution as a whole under `permission` (any of its objects). */
export function reachesInstitution(actor: UserActor, permission: PermissionName, institutionId: number): boolean {
  return reaches({ ...actor, contributorOutputIds: [], contributorUnitIds: [] }, permission, {
    institutionId,
    aksiId: -1,
    outputId: -1,
  });
}
