/** Loading the acting user with everything permission checks need. */
import type { Role } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { Executor } from '../../db/database.js';
import {
  type ActorUser,
  findUserById,
  findUserGrants,
  type UserGrants,
} from '../../db/repositories/user.repository.js';

/** The active user `userId` as an actor, or null when missing or not active. */
export async function loadUserActor(db: Executor, userId: number, via: UserActor['via']): Promise<UserActor | null> {
  const [user, grants] = await Promise.all([findUserById(db, userId), findUserGrants(db, userId)]);
  return actorOf(userId, user, grants, via);
}

/**
 * The actor of a loaded user and its grants, or null when the user is missing or not active. A
 * session or token lookup loads them in its own statement and shapes them here.
 */
export function actorOf(
  userId: number,
  user: ActorUser | undefined,
  grants: UserGrants,
  via: UserActor['via'],
): UserActor | null {
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
