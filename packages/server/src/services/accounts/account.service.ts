/**
 * Account management through the API: admin manages everyone; a focal point manages the
 * contributors and publicists of its own institution only. Invitations and password resets are
 * single-use, expiring links, mailed to the account holder through the outbox in the same
 * transaction and also returned to the issuer (who can hand it over when mail does not arrive).
 */
import {
  type AccountDto,
  FOCAL_POINT_GRANTABLE_ROLES,
  type InstitutionType,
  type NewUser,
  type Role,
  type Scope,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { findInstitutionById } from '../../db/repositories/institution.repository.js';
import { listProvinceViewUsers } from '../../db/repositories/province-view.repository.js';
import { endSessionsOfUser } from '../../db/repositories/session.repository.js';
import {
  countUsersMatching,
  findUserById,
  listContributorOutputsOf,
  listRolesOf,
  listUsersPage,
  listVerifierAksiOf,
  replaceContributorOutputs,
  replaceRoles,
  replaceVerifierAssignments,
  type UserFilter,
  updateUserFields,
} from '../../db/repositories/user.repository.js';
import { findUnusedLink, insertUserLink, markLinkUsed, voidLinks } from '../../db/repositories/user-link.repository.js';
import type { User } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { AppError, NotFoundError, ValidationError } from '../../errors.js';
import { mailAccountLink } from '../../notifications/events.js';
import { appLinks } from '../../notifications/links.js';
import { hashPassword } from './password.js';
import { hashSecret, newSecret } from './secrets.js';
import {
  assertInstitutionForRoles,
  assertPasswordAcceptable,
  createUser,
  resolveInstitution,
  resolveScopeCodes,
} from './user.service.js';

const INVITATION_DAYS = 7;
const RESET_HOURS = 24;

/** An account as the API shows it. */
export type AccountView = AccountDto;

/** A link to hand to the account holder. */
export interface IssuedLink {
  url: string;
  expiresAt: string;
}

const USER_NOT_FOUND = { id: 'Akun tidak ditemukan.', en: 'Account not found.' };

async function views(db: Executor, users: User[]): Promise<AccountView[]> {
  const ids = users.map((u) => u.id);
  const [roles, aksi, outputs, provinceViews] = await Promise.all([
    listRolesOf(db, ids),
    listVerifierAksiOf(db, ids),
    listContributorOutputsOf(db, ids),
    listProvinceViewUsers(db, ids),
  ]);
  const institutions = new Map<number, { code: string; name: string; type: InstitutionType }>();
  for (const id of new Set(users.map((u) => u.institution_id).filter((i): i is number => i !== null))) {
    const institution = await findInstitutionById(db, id);
    if (institution) {
      institutions.set(id, {
        code: institution.code,
        name: institution.name,
        type: institution.type as InstitutionType,
      });
    }
  }
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    status: user.status as AccountView['status'],
    locale: user.locale as AccountView['locale'],
    roles: roles.filter((r) => r.user_id === user.id).map((r) => r.role as Role),
    institution: user.institution_id === null ? null : (institutions.get(user.institution_id) ?? null),
    verifierAksi: aksi.filter((a) => a.user_id === user.id).map((a) => ({ period: a.period, code: a.code })),
    contributorOutputs: outputs.filter((o) => o.user_id === user.id).map((o) => ({ period: o.period, code: o.code })),
    createdAt: user.created_at,
    provinceView: provinceViews.has(user.id),
  }));
}

/** The user `id` if the actor may see it; otherwise 404, as if it did not exist. */
async function visibleUser(db: Executor, actor: UserActor, scope: Scope, id: number): Promise<User> {
  const user = await findUserById(db, id);
  if (!user || (scope !== 'all' && user.institution_id !== actor.institutionId))
    throw new NotFoundError(USER_NOT_FOUND);
  return user;
}

/** The user `id` if the actor may change it. A focal point may change only contributors and publicists. */
async function manageableUser(db: Executor, actor: UserActor, scope: Scope, id: number): Promise<User> {
  const user = await visibleUser(db, actor, scope, id);
  if (scope === 'all') return user;
  const roles = (await listRolesOf(db, [id])).map((r) => r.role as Role);
  if (!roles.every((role) => FOCAL_POINT_GRANTABLE_ROLES.includes(role))) {
    throw new AppError(403, 'forbidden', {
      id: 'Focal point hanya dapat mengelola akun kontributor dan humas instansinya.',
      en: 'A focal point can only manage the contributor and publicist accounts of its institution.',
    });
  }
  return user;
}

function assertGrantable(scope: Scope, roles: readonly Role[]): void {
  if (scope !== 'all' && !roles.every((role) => FOCAL_POINT_GRANTABLE_ROLES.includes(role))) {
    throw new AppError(403, 'forbidden', {
      id: 'Focal point hanya dapat memberi peran contributor atau publicist.',
      en: 'A focal point can only give the contributor or publicist role.',
    });
  }
}

/** One page of the accounts the actor may see. */
export async function listAccountsPage(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  filter: Omit<UserFilter, 'institutionId'> & { institutionCode?: string | undefined },
  page: { limit: number; offset: number },
): Promise<{ total: number; limit: number; offset: number; items: AccountView[] }> {
  const { db } = context.database;
  let institutionId: number | undefined;
  if (scope !== 'all') institutionId = actor.institutionId ?? -1;
  else if (filter.institutionCode) institutionId = (await resolveInstitution(db, filter.institutionCode))?.id;
  const where: UserFilter = { ...filter, institutionId };
  const [total, users] = await Promise.all([countUsersMatching(db, where), listUsersPage(db, where, page)]);
  return { total, ...page, items: await views(db, users) };
}

/** One account the actor may see. */
export async function getAccount(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
): Promise<AccountView> {
  const { db } = context.database;
  const [view] = await views(db, [await visibleUser(db, actor, scope, id)]);
  return view as AccountView;
}

/** Issues a single-use invitation or reset link inside `trx`, voiding earlier ones of the same purpose. */
export async function issueLink(
  trx: Executor,
  context: AppContext,
  actor: UserActor | null,
  userId: number,
  purpose: 'invitation' | 'password_reset',
  lifetimeMs?: number,
): Promise<IssuedLink> {
  const now = context.clock.now();
  const token = newSecret();
  const lifetime = lifetimeMs ?? (purpose === 'invitation' ? INVITATION_DAYS * 86_400_000 : RESET_HOURS * 3_600_000);
  const expiresAt = new Date(now.getTime() + lifetime).toISOString();
  await voidLinks(trx, userId, purpose, now.toISOString());
  await insertUserLink(trx, {
    user_id: userId,
    purpose,
    token_hash: hashSecret(token),
    created_by: actor?.userId ?? null,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  const link = { url: appLinks(context.config.publicUrl).accountLink(purpose, token), expiresAt };
  await mailAccountLink(trx, context, userId, purpose, link);
  return link;
}

/** Invites a new account: created without a password, activated through the returned link. */
export async function inviteAccount(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  input: NewUser & { period?: string | undefined },
): Promise<{ account: AccountView; invitation: IssuedLink }> {
  const { db } = context.database;
  assertGrantable(scope, input.roles);
  let institutionCode = input.institutionCode;
  if (scope !== 'all') {
    const own = actor.institutionId === null ? undefined : await findInstitutionById(db, actor.institutionId);
    if (institutionCode && institutionCode !== own?.code) {
      throw new AppError(403, 'forbidden', {
        id: 'Focal point hanya dapat mengundang pengguna untuk instansinya sendiri.',
        en: 'A focal point can only invite users to its own institution.',
      });
    }
    institutionCode = own?.code ?? null;
  }
  const id = await createUser(db, context.clock, actor, { ...input, institutionCode, password: null });
  const invitation = await transaction(db, async (trx) => {
    const link = await issueLink(trx, context, actor, id, 'invitation');
    await recordAudit(trx, context.clock, actor, {
      action: 'user.invite',
      entity: 'user',
      entityId: id,
      change: { expires_at: link.expiresAt },
    });
    return link;
  });
  return { account: await getAccount(context, actor, 'all', id), invitation };
}

/** Changes name, locale, roles, institution or verifier aksi of an account. */
export async function updateAccount(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
  input: {
    name?: string | undefined;
    locale?: 'id' | 'en' | undefined;
    roles?: Role[] | undefined;
    institutionCode?: string | null | undefined;
    verifierAksi?: string[] | undefined;
    contributorOutputs?: string[] | undefined;
    period?: string | undefined;
  },
): Promise<AccountView> {
  const { db } = context.database;
  const user = await manageableUser(db, actor, scope, id);
  if (input.roles) assertGrantable(scope, input.roles);
  if (scope !== 'all' && input.institutionCode !== undefined) {
    throw new AppError(403, 'forbidden', {
      id: 'Focal point tidak dapat memindahkan akun ke instansi lain.',
      en: 'A focal point cannot move an account to another institution.',
    });
  }
  const before = await getAccount(context, actor, 'all', id);
  const roles = input.roles ?? before.roles;
  const institution =
    input.institutionCode === undefined
      ? user.institution_id === null
        ? null
        : ((await findInstitutionById(db, user.institution_id)) ?? null)
      : await resolveInstitution(db, input.institutionCode);
  assertInstitutionForRoles(roles, institution);
  const aksiIds =
    input.verifierAksi === undefined
      ? undefined
      : await resolveScopeCodes(db, 'verifierAksi', roles, input.verifierAksi, input.period);
  const outputIds =
    input.contributorOutputs === undefined
      ? undefined
      : await resolveScopeCodes(db, 'contributorOutputs', roles, input.contributorOutputs, input.period);
  await transaction(db, async (trx) => {
    await updateUserFields(trx, id, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.locale === undefined ? {} : { locale: input.locale }),
      institution_id: institution?.id ?? null,
      updated_at: context.clock.now().toISOString(),
    });
    if (input.roles) await replaceRoles(trx, id, input.roles);
    if (aksiIds) await replaceVerifierAssignments(trx, id, aksiIds);
    if (outputIds) await replaceContributorOutputs(trx, id, outputIds);
    // Scopes belong to a role: losing the role drops them.
    if (!roles.includes('verifier') && before.verifierAksi.length > 0) await replaceVerifierAssignments(trx, id, []);
    if (!roles.includes('contributor') && before.contributorOutputs.length > 0)
      await replaceContributorOutputs(trx, id, []);
    await recordAudit(trx, context.clock, actor, {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      change: {
        before: {
          name: before.name,
          locale: before.locale,
          roles: before.roles,
          institution: before.institution?.code ?? null,
          verifier_aksi: before.verifierAksi,
          contributor_outputs: before.contributorOutputs,
        },
        after: { ...input },
      },
    });
  });
  return getAccount(context, actor, 'all', id);
}

/** Disables or re-enables an account; disabling ends its sessions at once. Reason required to disable. */
export async function setAccountActive(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
  active: boolean,
  reason: string | undefined,
): Promise<AccountView> {
  const { db } = context.database;
  const user = await manageableUser(db, actor, scope, id);
  if (user.id === actor.userId) {
    throw new ValidationError({
      id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
      en: 'You cannot disable your own account.',
    });
  }
  const status = active ? (user.password_hash ? 'active' : 'invited') : 'disabled';
  const at = context.clock.now().toISOString();
  await transaction(db, async (trx) => {
    await updateUserFields(trx, id, { status, updated_at: at });
    const endedSessions = active ? 0 : await endSessionsOfUser(trx, id, 'disabled', at);
    await recordAudit(trx, context.clock, actor, {
      action: active ? 'user.enable' : 'user.disable',
      entity: 'user',
      entityId: id,
      change: { status, reason: reason ?? null, ended_sessions: endedSessions },
    });
  });
  return getAccount(context, actor, 'all', id);
}

/** Issues a password-reset link for an account, to hand over to its holder. */
export async function issuePasswordReset(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  id: number,
): Promise<IssuedLink> {
  const { db } = context.database;
  const user = await manageableUser(db, actor, scope, id);
  if (user.status === 'disabled') {
    throw new ValidationError({ id: 'Aktifkan akun terlebih dahulu.', en: 'Enable the account first.' });
  }
  return transaction(db, async (trx) => {
    const link = await issueLink(trx, context, actor, id, user.status === 'invited' ? 'invitation' : 'password_reset');
    await recordAudit(trx, context.clock, actor, {
      action: 'user.reset_link',
      entity: 'user',
      entityId: id,
      change: { expires_at: link.expiresAt },
    });
    return link;
  });
}

const LINK_INVALID = {
  id: 'Tautan tidak berlaku: sudah dipakai, kedaluwarsa, atau salah ketik. Minta tautan baru kepada admin atau focal point.',
  en: 'The link is not valid: already used, expired or mistyped. Ask the admin or focal point for a new one.',
};

/** Redeems an invitation or reset link: sets the password and activates the account. */
export async function redeemLink(
  context: AppContext,
  purpose: 'invitation' | 'password_reset',
  token: string,
  password: string,
): Promise<{ email: string }> {
  const { db } = context.database;
  const link = await findUnusedLink(db, hashSecret(token), purpose);
  const now = context.clock.now().toISOString();
  const user = link ? await findUserById(db, link.user_id) : undefined;
  if (!link || !user || link.expires_at <= now || user.status === 'disabled') {
    throw new AppError(410, 'link_invalid', LINK_INVALID);
  }
  assertPasswordAcceptable(password, user);
  const passwordHash = await hashPassword(password);
  await transaction(db, async (trx) => {
    if (!(await markLinkUsed(trx, link.id, now))) throw new AppError(410, 'link_invalid', LINK_INVALID);
    await updateUserFields(trx, user.id, { password_hash: passwordHash, status: 'active', updated_at: now });
    const endedSessions = await endSessionsOfUser(trx, user.id, 'password_changed', now);
    await recordAudit(
      trx,
      context.clock,
      {
        kind: 'user',
        userId: user.id,
        email: user.email,
        roles: [],
        institutionId: user.institution_id,
        verifierAksiIds: [],
        contributorOutputIds: [],
        contributorUnitIds: [],
        via: 'session',
      },
      {
        action: purpose === 'invitation' ? 'user.accept_invitation' : 'user.reset_password',
        entity: 'user',
        entityId: user.id,
        change: { ended_sessions: endedSessions },
      },
    );
  });
  return { email: user.email };
}
