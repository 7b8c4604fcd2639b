/** User accounts and their roles. */

import type { Role } from '@pantau/core';
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { User, UserTable } from '../schema.js';

/** Inserts a user with roles and returns the id. */
export async function insertUser(db: Executor, user: Insertable<UserTable>, roles: readonly string[]): Promise<number> {
  const { id } = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  if (roles.length > 0)
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: id, role })))
      .execute();
  return id;
}

/** The user with `email` (case-insensitive), if any. */
export function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

/** Roles held by a user. */
export async function listRoles(db: Executor, userId: number): Promise<string[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).orderBy('role').execute();
  return rows.map((row) => row.role);
}

/** Assigns a verifier to aksi. */
export async function insertVerifierAssignments(db: Executor, userId: number, aksiIds: number[]): Promise<void> {
  if (aksiIds.length === 0) return;
  await db
    .insertInto('verifier_assignments')
    .values(aksiIds.map((aksi_id) => ({ user_id: userId, aksi_id })))
    .execute();
}

/** Number of user accounts. */
export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Demo accounts (the demo e-mail domain), with their first role and institution code. */
export function listDemoAccounts(db: Executor) {
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .leftJoin('institutions', 'institutions.id', 'users.institution_id')
    .select(['users.email', 'users.name', 'user_roles.role', 'institutions.code as institutionCode'])
    .where('users.email', 'like', '%@demo.pantau.id')
    .orderBy('users.id')
    .execute() as Promise<{ email: string; name: string; role: Role; institutionCode: string | null }[]>;
}

/** All users with their institution code, ordered by e-mail. */
export function listUsers(db: Executor) {
  return db
    .selectFrom('users')
    .leftJoin('institutions', 'institutions.id', 'users.institution_id')
    .select(['users.id', 'users.email', 'users.name', 'users.status', 'institutions.code as institution'])
    .orderBy('users.email')
    .execute();
}

/** Every (user, role) pair. */
export function listAllRoles(db: Executor) {
  return db.selectFrom('user_roles').select(['user_id', 'role']).orderBy('role').execute();
}

/** Replaces a user's password hash. Returns false when no user has that e-mail. */
export async function updatePasswordHash(
  db: Executor,
  email: string,
  passwordHash: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: at })
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
