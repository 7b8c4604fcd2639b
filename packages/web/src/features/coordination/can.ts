/** What the signed-in account may do in coordination, from the permission matrix. */
import { type PermissionName, type Role, scopeOf } from '@pantau/core';

/** Whether someone holding `roles` has `permission` at any scope. */
export function can(roles: readonly Role[], permission: PermissionName): boolean {
  return scopeOf(roles, permission) !== null;
}
