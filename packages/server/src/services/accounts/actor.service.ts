/** Loading the acting user with everything permission checks need. */
import type { Role } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { Executor } from '../../db/database.js';
import {
  findUserById,
  listContributorOutputIds,
  listRoles,
  listVerifierAksiIds,
} from '../../db/repositories/user.repository.js';
import { listContributorUnitIds } from '../../db/repositories/work-unit.repository.js';

/** The active user `userId` as an actor, or null when missing or not active. */
export async function loadUserActor(db: Executor, userId: number, via: UserActor['via']): Promise<UserActor | null> {
  const user = await findUserById(db, userId);
  if (user?.status !== 'active') return null;
  const [roles, verifierAksiIds, contributorOutputIds, contributorUnitIds] = await Promise.all([
    listRoles(db, userId),
    listVerifierAksiIds(db, userId),
    listContributorOutputIds(db, userId),
    listContributorUnitIds(db, userId),
  ]);
  return {
    kind: 'user',
    userId,
    email: user.email,
    roles: roles as Role[],
    institutionId: user.institution_id,
    verifierAksiIds,
    contributorOutputIds,
    contributorUnitIds,
    via,
  };
}
