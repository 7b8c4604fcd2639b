/** User accounts and their roles. */

import type { Role } from '@pantau/core';
import { type Expression, type Insertable, sql } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';
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

const userStatement = prepared((db, p: { id: number }) => db.selectFrom('users').selectAll().where('id', '=', p.id));

/** The user with `id`, if any. */
export function findUserById(db: Executor, id: number): Promise<User | undefined> {
  return userStatement.first(db, { id });
}

/** What a user may act on: roles, the aksi judged, the outputs and work units reported for. */
export interface UserGrants {
  roles: string[];
  verifierAksiIds: number[];
  contributorOutputIds: number[];
  contributorUnitIds: number[];
}

/** A user's grants as rows of (kind, role, id): one row per role, verifier aksi, contributor output and unit. */
export function grantRows(db: Executor, userId: number | Expression<number>) {
  const grant = (kind: string) => sql.lit(kind).as('kind');
  const noRole = sql<string | null>`null`.as('role');
  return db
    .selectFrom('user_roles')
    .select((eb) => [
      grant('role'),
      eb.ref('role').$castTo<string | null>().as('role'),
      sql<number | null>`null`.as('id'),
    ])
    .where('user_id', '=', userId)
    .unionAll(
      db
        .selectFrom('verifier_assignments')
        .select((eb) => [grant('aksi'), noRole, eb.ref('aksi_id').$castTo<number | null>().as('id')])
        .where('user_id', '=', userId),
    )
    .unionAll(
      db
        .selectFrom('contributor_outputs')
        .select((eb) => [grant('output'), noRole, eb.ref('output_id').$castTo<number | null>().as('id')])
        .where('user_id', '=', userId),
    )
    .unionAll(
      db
        .selectFrom('contributor_units')
        .select((eb) => [grant('unit'), noRole, eb.ref('unit_id').$castTo<number | null>().as('id')])
        .where('user_id', '=', userId),
    );
}

/** One row of `grantRows`, or of a left join to them (all null when the user holds no grant). */
export interface GrantRow {
  kind: string | null;
  role: string | null;
  id: number | null;
}

/** The grants in `rows`, each list in the order of the rows. */
export function grantsOf(rows: readonly GrantRow[]): UserGrants {
  const grants: UserGrants = { roles: [], verifierAksiIds: [], contributorOutputIds: [], contributorUnitIds: [] };
  const lists = { aksi: grants.verifierAksiIds, output: grants.contributorOutputIds, unit: grants.contributorUnitIds };
  for (const row of rows) {
    if (row.kind === 'role') grants.roles.push(row.role as string);
    else if (row.kind !== null) lists[row.kind as keyof typeof lists].push(Number(row.id));
  }
  return grants;
}

const grantsStatement = prepared((db, p: { userId: number }) =>
  grantRows(db, p.userId).orderBy('kind').orderBy('role').orderBy('id'),
);

/**
 * A user's grants in one statement: one row per role, verifier aksi, contributor output and
 * contributor unit, each list in order. A signed-in request loads them with its session or token
 * (`findSessionActor`, `findLiveTokenActor`).
 */
export async function findUserGrants(db: Executor, userId: number): Promise<UserGrants> {
  return grantsOf(await grantsStatement.rows(db, { userId }));
}

/** What the acting user is loaded with besides its grants. */
export type ActorUser = Pick<User, 'email' | 'status' | 'institution_id'>;

/** The user of a row left-joined to `users`, or undefined when no user matched. */
export function actorUserOf(row: {
  email: string | null;
  status: string | null;
  institution_id: number | null;
}): ActorUser | undefined {
  if (row.email === null || row.status === null) return undefined;
  return { email: row.email, status: row.status, institution_id: row.institution_id };
}

/** Filters for listing users. */
export interface UserFilter {
  institutionId?: number | undefined;
  role?: string | undefined;
  status?: string | undefined;
  /** Matches e-mail or name, case-insensitively. */
  search?: string | undefined;
}

function filteredUsers(db: Executor, filter: UserFilter) {
  let query = db.selectFrom('users');
  if (filter.institutionId !== undefined) query = query.where('users.institution_id', '=', filter.institutionId);
  if (filter.status) query = query.where('users.status', '=', filter.status);
  if (filter.role) {
    const role = filter.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles')
          .select('user_id')
          .whereRef('user_roles.user_id', '=', 'users.id')
          .where('role', '=', role),
      ),
    );
  }
  if (filter.search) {
    const pattern = `%${filter.search.toLowerCase().replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([eb('users.email', 'like', pattern), eb(eb.fn('lower', ['users.name']), 'like', pattern)]),
    );
  }
  return query;
}

/** One page of users matching `filter`, by e-mail. */
export function listUsersPage(
  db: Executor,
  filter: UserFilter,
  page: { limit: number; offset: number },
): Promise<User[]> {
  return filteredUsers(db, filter)
    .selectAll('users')
    .orderBy('users.email')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many users match `filter`. */
export async function countUsersMatching(db: Executor, filter: UserFilter): Promise<number> {
  const row = await filteredUsers(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Roles of several users. */
export function listRolesOf(db: Executor, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', userIds)
    .orderBy('role')
    .execute();
}

/** Verifier aksi (with period code) of several users. */
export function listVerifierAksiOf(db: Executor, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('verifier_assignments')
    .innerJoin('aksi', 'aksi.id', 'verifier_assignments.aksi_id')
    .innerJoin('periods', 'periods.id', 'aksi.period_id')
    .select(['verifier_assignments.user_id', 'aksi.code', 'periods.code as period'])
    .where('verifier_assignments.user_id', 'in', userIds)
    .orderBy('periods.code')
    .orderBy('aksi.id')
    .execute();
}

/** Changes account fields. */
export async function updateUserFields(
  db: Executor,
  id: number,
  fields: Partial<Pick<User, 'name' | 'status' | 'locale' | 'institution_id' | 'password_hash' | 'phone'>> & {
    updated_at: string;
  },
): Promise<void> {
  await db.updateTable('users').set(fields).where('id', '=', id).execute();
}

/** Replaces a user's roles. */
export async function replaceRoles(db: Executor, userId: number, roles: readonly string[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0)
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
}

/** Replaces the aksi a verifier judges. */
export async function replaceVerifierAssignments(db: Executor, userId: number, aksiIds: number[]): Promise<void> {
  await db.deleteFrom('verifier_assignments').where('user_id', '=', userId).execute();
  await insertVerifierAssignments(db, userId, aksiIds);
}

/** Limits a contributor to outputs (replacing any earlier limit). */
export async function replaceContributorOutputs(db: Executor, userId: number, outputIds: number[]): Promise<void> {
  await db.deleteFrom('contributor_outputs').where('user_id', '=', userId).execute();
  if (outputIds.length === 0) return;
  await db
    .insertInto('contributor_outputs')
    .values(outputIds.map((output_id) => ({ user_id: userId, output_id })))
    .execute();
}

/** Contributor outputs (with period code) of several users. */
export function listContributorOutputsOf(db: Executor, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contributor_outputs')
    .innerJoin('outputs', 'outputs.id', 'contributor_outputs.output_id')
    .innerJoin('periods', 'periods.id', 'outputs.period_id')
    .select(['contributor_outputs.user_id', 'outputs.code', 'periods.code as period'])
    .where('contributor_outputs.user_id', 'in', userIds)
    .orderBy('periods.code')
    .orderBy('outputs.id')
    .execute();
}
