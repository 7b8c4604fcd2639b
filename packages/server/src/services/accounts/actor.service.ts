/** Loading the acting user with everything permission checks need. */
import type { Role } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { Executor } from '../../db/database.js';
import { findUserById, findUserGrants } from '../../db/repositories/user.repository.js';

/** The active user `userId` as an actor, or null when missing or not active. */
export async function loadUserActor(db: Executor, userId: number, via: UserActor['via']): Promise<UserActor | null> {
  const [user, grants] = await Promise.all([findUserById(db, userId), findUserGrants(db, userId)]);
  if (user?.status !== 'active') return null;
  return {
    kind: 'user',
    userId,
    email: user.email,
    roles: grants.roles as Role[],
    institutionId: user.institution_id,
    verifierAksiIds: grants.verifierAksiIds,
    contributorOutputIds: grants.contributorOutputIds,
    contributorUnitIds: grants.contributorUnitIds,
    via,
  };
}
