/**
 * "My account": what the signed-in user changes about themselves — name, phone, language (which
 * the web app, e-mails and notifications follow) and password — apart from account management.
 */
import type { MyAccountDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { endOtherSessionsOfUser } from '../../db/repositories/session.repository.js';
import { findUserById, updateUserFields } from '../../db/repositories/user.repository.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { getAccount } from './account.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertPasswordAcceptable } from './user.service.js';

const NOT_FOUND = { id: 'Akun tidak ditemukan.', en: 'Account not found.' };

async function ownUser(context: AppContext, actor: UserActor) {
  const user = await findUserById(context.database.db, actor.userId);
  if (!user) throw new NotFoundError(NOT_FOUND);
  return user;
}

/** The signed-in user's own account. */
export async function getMyAccount(context: AppContext, actor: UserActor): Promise<MyAccountDto> {
  const user = await ownUser(context, actor);
  return { ...(await getAccount(context, actor, 'all', actor.userId)), phone: user.phone };
}

/** Changes the signed-in user's name, phone or language. Audited. */
export async function updateMyAccount(
  context: AppContext,
  actor: UserActor,
  input: { name?: string | undefined; phone?: string | null | undefined; locale?: 'id' | 'en' | undefined },
): Promise<MyAccountDto> {
  const user = await ownUser(context, actor);
  const phone = input.phone === undefined ? undefined : input.phone?.trim() || null;
  const change: Record<string, { from: unknown; to: unknown }> = {};
  if (input.name !== undefined && input.name !== user.name) change.name = { from: user.name, to: input.name };
  if (phone !== undefined && phone !== user.phone) change.phone = { from: user.phone, to: phone };
  if (input.locale !== undefined && input.locale !== user.locale)
    change.locale = { from: user.locale, to: input.locale };
  if (Object.keys(change).length > 0) {
    await transaction(context.database.db, async (trx) => {
      await updateUserFields(trx, user.id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(phone !== undefined ? { phone } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        updated_at: context.clock.now().toISOString(),
      });
      await recordAudit(trx, context.clock, actor, {
        action: 'account.update',
        entity: 'user',
        entityId: user.id,
        change,
      });
    });
  }
  return getMyAccount(context, actor);
}

const WRONG_CURRENT = { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' };

/**
 * Changes the signed-in user's password: the current one is required, the new one follows the
 * rules of an invitation. Every other session of the account ends; this one goes on. Audited.
 */
export async function changeMyPassword(
  context: AppContext,
  actor: UserActor,
  currentSessionHash: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const user = await ownUser(context, actor);
  if (!user.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new ValidationError(WRONG_CURRENT, [{ path: 'body.currentPassword', message: WRONG_CURRENT.id }]);
  }
  try {
    assertPasswordAcceptable(input.newPassword, user);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.text,
      error.details.map((detail) => ({ ...detail, path: 'body.newPassword' })),
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  const at = context.clock.now().toISOString();
  return transaction(context.database.db, async (trx) => {
    await updateUserFields(trx, user.id, { password_hash: passwordHash, updated_at: at });
    const endedSessions = await endOtherSessionsOfUser(trx, user.id, currentSessionHash, 'password_changed', at);
    await recordAudit(trx, context.clock, actor, {
      action: 'account.password_change',
      entity: 'user',
      entityId: user.id,
      change: { endedSessions },
    });
    return { endedSessions };
  });
}
