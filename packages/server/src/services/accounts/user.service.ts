/** Creating accounts and setting passwords: the rules shared by the CLI and the API. */
import {
  MIN_PASSWORD_LENGTH,
  type NewUser,
  type PasswordProblem,
  passwordProblems,
  roleNeedsInstitution,
} from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import type { Executor } from '../../db/database.js';
import { findAksiByCodes, findOutputsByCodes } from '../../db/repositories/catalogue.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import {
  findUserByEmail,
  insertUser,
  insertVerifierAssignments,
  listAllRoles,
  listUsers,
  replaceContributorOutputs,
  updatePasswordHash,
} from '../../db/repositories/user.repository.js';
import type { Institution } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, type LocalizedText, NotFoundError, ValidationError } from '../../errors.js';
import { requirePeriod } from '../periods/period.service.js';
import { hashPassword } from './password.js';

const PASSWORD_MESSAGES: Record<PasswordProblem, LocalizedText> = {
  too_short: {
    id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`,
    en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
  },
  too_long: { id: 'Kata sandi maksimal 256 karakter.', en: 'The password may have at most 256 characters.' },
  common: { id: 'Kata sandi terlalu umum dan mudah ditebak.', en: 'The password is too common and easy to guess.' },
  personal: {
    id: 'Kata sandi tidak boleh dibentuk dari nama atau e-mail Anda.',
    en: 'The password must not be built from your name or e-mail.',
  },
  repetitive: {
    id: 'Kata sandi tidak boleh berupa pengulangan atau urutan (aaaa, 1234, qwerty).',
    en: 'The password must not be a repetition or sequence (aaaa, 1234, qwerty).',
  },
};

/** Refuses a weak password, naming every reason. */
export function assertPasswordAcceptable(password: string, account: { email?: string; name?: string } = {}): void {
  const problems = passwordProblems(password, account);
  if (problems.length === 0) return;
  const first = PASSWORD_MESSAGES[problems[0] as PasswordProblem];
  throw new ValidationError(
    first,
    problems.map((problem) => ({ path: 'password', message: PASSWORD_MESSAGES[problem].id })),
  );
}

/** The institution with `code`, or a ValidationError naming it; null when no code is given. */
export async function resolveInstitution(db: Executor, code: string | null): Promise<Institution | null> {
  if (!code) return null;
  const institution = await findInstitutionByCode(db, code);
  if (!institution) {
    throw new ValidationError({
      id: `Instansi dengan kode ${code} tidak ditemukan.`,
      en: `No institution with code ${code}.`,
    });
  }
  return institution;
}

/** Checks that institution roles come with an institution. */
export function assertInstitutionForRoles(roles: readonly NewUser['roles'][number][], institution: Institution | null) {
  if (roles.some(roleNeedsInstitution) && !institution) {
    throw new ValidationError({
      id: 'Peran focal_point, contributor dan publicist wajib terikat pada satu instansi.',
      en: 'Roles focal_point, contributor and publicist need an institution.',
    });
  }
}

const SCOPE_KINDS = {
  verifierAksi: { role: 'verifier', find: findAksiByCodes, noun: { id: 'Aksi', en: 'Aksi' } },
  contributorOutputs: { role: 'contributor', find: findOutputsByCodes, noun: { id: 'Output', en: 'Outputs' } },
} as const;

/**
 * Ids for the aksi a verifier judges, or the outputs a contributor is limited to, from their codes
 * within a period. Refuses codes for the wrong role, without a period, or unknown in the period.
 */
export async function resolveScopeCodes(
  db: Executor,
  kind: keyof typeof SCOPE_KINDS,
  roles: readonly string[],
  codes: string[],
  periodCode: string | undefined,
): Promise<number[]> {
  if (codes.length === 0) return [];
  const { role, find, noun } = SCOPE_KINDS[kind];
  if (!roles.includes(role)) {
    throw new ValidationError({
      id: `${noun.id} hanya ditetapkan untuk peran ${role}.`,
      en: `${noun.en} can only be given to the ${role} role.`,
    });
  }
  if (!periodCode) {
    throw new ValidationError({
      id: 'Sebutkan periode (contoh: 2025-2026).',
      en: 'Name the period (e.g. 2025-2026).',
    });
  }
  const period = await requirePeriod(db, periodCode);
  const rows = await find(db, period.id, codes);
  const missing = codes.filter((code) => !rows.some((r) => r.code === code));
  if (missing.length > 0) {
    throw new ValidationError({
      id: `${noun.id} ${missing.join(', ')} tidak ada pada periode ${periodCode}.`,
      en: `${noun.en} ${missing.join(', ')} do not exist in period ${periodCode}.`,
    });
  }
  return rows.map((r) => r.id);
}

/** Refuses an e-mail address that another account already uses. */
export async function assertEmailFree(db: Executor, email: string): Promise<void> {
  if (await findUserByEmail(db, email)) {
    throw new ConflictError('email_taken', {
      id: `Alamat e-mail ${email} sudah dipakai akun lain.`,
      en: `The e-mail address ${email} is already in use.`,
    });
  }
}

/** Creates an account with a password (active) or without one (invited). Audited. */
export async function createUser(
  db: Executor,
  clock: Clock,
  actor: Actor,
  input: NewUser & { password: string | null; period?: string | undefined },
): Promise<number> {
  if (input.password !== null) assertPasswordAcceptable(input.password, input);
  await assertEmailFree(db, input.email);
  const { password, ...account } = input;
  const passwordHash = password === null ? null : await hashPassword(password);
  return transaction(db, (trx) => insertAccount(trx, clock, actor, { ...account, passwordHash }));
}

/**
 * Creates an account inside `trx` with the checks of `createUser`, from an already hashed password
 * or none (invited). Used by `createUser` and the spreadsheet import. Audited.
 */
export async function insertAccount(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  input: NewUser & { passwordHash: string | null; period?: string | undefined },
): Promise<number> {
  const { passwordHash } = input;
  await assertEmailFree(trx, input.email);
  const institution = await resolveInstitution(trx, input.institutionCode);
  assertInstitutionForRoles(input.roles, institution);
  const aksiIds = await resolveScopeCodes(trx, 'verifierAksi', input.roles, input.verifierAksi, input.period);
  const outputIds = await resolveScopeCodes(
    trx,
    'contributorOutputs',
    input.roles,
    input.contributorOutputs,
    input.period,
  );
  const now = clock.now().toISOString();
  const id = await insertUser(
    trx,
    {
      email: input.email,
      name: input.name,
      institution_id: institution?.id ?? null,
      password_hash: passwordHash,
      status: passwordHash === null ? 'invited' : 'active',
      locale: input.locale,
      created_at: now,
      updated_at: now,
    },
    input.roles,
  );
  await insertVerifierAssignments(trx, id, aksiIds);
  await replaceContributorOutputs(trx, id, outputIds);
  await recordAudit(trx, clock, actor, {
    action: 'user.create',
    entity: 'user',
    entityId: id,
    change: {
      email: input.email,
      name: input.name,
      roles: input.roles,
      institution: institution?.code ?? null,
      verifier_aksi: input.verifierAksi,
      contributor_outputs: input.contributorOutputs,
      period: input.period ?? null,
      status: passwordHash === null ? 'invited' : 'active',
    },
  });
  return id;
}

/** Every account with its roles, for the CLI listing. */
export async function listAccounts(db: Executor) {
  const [users, roles] = await Promise.all([listUsers(db), listAllRoles(db)]);
  return users.map((user) => ({
    ...user,
    roles: roles.filter((r) => r.user_id === user.id).map((r) => r.role),
  }));
}

/** Sets a new password for the account with `email` (operator action from the CLI). Audited. */
export async function setPassword(
  db: Executor,
  clock: Clock,
  actor: Actor,
  email: string,
  password: string,
): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user)
    throw new NotFoundError({ id: `Tidak ada akun dengan e-mail ${email}.`, en: `No account with e-mail ${email}.` });
  assertPasswordAcceptable(password, user);
  const passwordHash = await hashPassword(password);
  await transaction(db, async (trx) => {
    await updatePasswordHash(trx, email, passwordHash, clock.now().toISOString());
    await recordAudit(trx, clock, actor, {
      action: 'user.password_set',
      entity: 'user',
      entityId: user.id,
      change: {},
    });
  });
}
