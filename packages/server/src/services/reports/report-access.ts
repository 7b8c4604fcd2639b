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
}

/** Whether `actor` reaches `object` under `permission`. */
export function reaches(actor: UserActor, permission: PermissionName, object: ScopedObject): boolean {
  return scopesOf(actor.roles, permission).some((scope) => {
    switch (scope) {
      case 'all':
        return true;
      case 'assigned_aksi':
        return actor.verifierAksiIds.includes(object.aksiId);
      case 'own_institution':
        return (
          actor.institutionId === object.institutionId &&
          // A contributor limited to some outputs reaches only those.
          (!actor.roles.includes('contributor') ||
            actor.roles.includes('focal_point') ||
            actor.contributorOutputIds.length === 0 ||
            actor.contributorOutputIds.includes(object.outputId))
        );
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
