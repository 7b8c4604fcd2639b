/** Creating user accounts. */
import { MIN_PASSWORD_LENGTH, type NewUser, roleNeedsInstitution } from '@pantau/core';
import type { Clock } from '../clock.js';
import type { Executor } from '../db/database.js';
import { findAksiByCodes } from '../db/repositories/catalogue.repository.js';
import { findInstitutionByCode } from '../db/repositories/institution.repository.js';
import {
  findUserByEmail,
  insertUser,
  insertVerifierAssignments,
  listAllRoles,
  listUsers,
  updatePasswordHash,
} from '../db/repositories/user.repository.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { hashPassword } from './password.js';
import { requirePeriod } from './period.service.js';

/** Rejects passwords shorter than the minimum. */
export function assertPasswordAcceptable(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`,
      en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  }
}

/** Creates an active account. Institution roles need an institution; verifiers may get aksi of a period. */
export async function createUser(
  db: Executor,
  clock: Clock,
  input: NewUser & { password: string; period?: string | undefined },
): Promise<number> {
  assertPasswordAcceptable(input.password);
  if (await findUserByEmail(db, input.email)) {
    throw new ConflictError('email_taken', {
      id: `Alamat e-mail ${input.email} sudah dipakai akun lain.`,
      en: `The e-mail address ${input.email} is already in use.`,
    });
  }
  const needsInstitution = input.roles.some(roleNeedsInstitution);
  if (needsInstitution && !input.institutionCode) {
    throw new ValidationError({
      id: 'Peran focal_point, contributor dan publicist wajib terikat pada satu instansi (--institution).',
      en: 'Roles focal_point, contributor and publicist need an institution (--institution).',
    });
  }
  const institution = input.institutionCode ? await findInstitutionByCode(db, input.institutionCode) : undefined;
  if (input.institutionCode && !institution) {
    throw new ValidationError({
      id: `Instansi dengan kode ${input.institutionCode} tidak ditemukan.`,
      en: `No institution with code ${input.institutionCode}.`,
    });
  }
  const aksiIds = await resolveVerifierAksi(db, input);
  const passwordHash = await hashPassword(input.password);
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const id = await insertUser(
      trx,
      {
        email: input.email,
        name: input.name,
        institution_id: institution?.id ?? null,
        password_hash: passwordHash,
        status: 'active',
        locale: input.locale,
        created_at: now,
        updated_at: now,
      },
      input.roles,
    );
    await insertVerifierAssignments(trx, id, aksiIds);
    return id;
  });
}

async function resolveVerifierAksi(db: Executor, input: NewUser & { period?: string | undefined }): Promise<number[]> {
  if (input.verifierAksi.length === 0) return [];
  if (!input.roles.includes('verifier')) {
    throw new ValidationError({
      id: 'Aksi hanya ditetapkan untuk peran verifier.',
      en: 'Aksi can only be given to verifiers.',
    });
  }
  if (!input.period) {
    throw new ValidationError({
      id: 'Sebutkan periode aksi (--period 2025-2026).',
      en: 'Name the period of the aksi (--period 2025-2026).',
    });
  }
  const period = await requirePeriod(db, input.period);
  const rows = await findAksiByCodes(db, period.id, input.verifierAksi);
  const missing = input.verifierAksi.filter((code) => !rows.some((r) => r.code === code));
  if (missing.length > 0) {
    throw new ValidationError({
      id: `Aksi ${missing.join(', ')} tidak ada pada periode ${input.period}.`,
      en: `Aksi ${missing.join(', ')} do not exist in period ${input.period}.`,
    });
  }
  return rows.map((r) => r.id);
}

/** Every account with its roles, for listing. */
export async function listAccounts(db: Executor) {
  const [users, roles] = await Promise.all([listUsers(db), listAllRoles(db)]);
  return users.map((user) => ({
    ...user,
    roles: roles.filter((r) => r.user_id === user.id).map((r) => r.role),
  }));
}

/** Sets a new password for the account with `email`. */
export async function setPassword(db: Executor, clock: Clock, email: string, password: string): Promise<void> {
  assertPasswordAcceptable(password);
  const updated = await updatePasswordHash(db, email, await hashPassword(password), clock.now().toISOString());
  if (!updated)
    throw new NotFoundError({ id: `Tidak ada akun dengan e-mail ${email}.`, en: `No account with e-mail ${email}.` });
}
