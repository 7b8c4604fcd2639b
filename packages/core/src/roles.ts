/** The people who use Pantau (docs/design.md#the-people-and-their-roles). */
import { z } from './zod.js';

/** Roles a user account can hold. */
export const ROLES = ['admin', 'verifier', 'observer', 'focal_point', 'contributor', 'publicist', 'leader'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Roles that belong to one institution and act only within it. */
export const INSTITUTION_ROLES: readonly Role[] = ['focal_point', 'contributor', 'publicist', 'leader'];

/** Whether a role must be tied to an institution. */
export function roleNeedsInstitution(role: Role): boolean {
  return INSTITUTION_ROLES.includes(role);
}
