/**
 * The instance's signing key: `PANTAU_SECRET` when configured, otherwise 32 random bytes generated
 * on first use and kept in the settings table, so every app process (and every restart) shares it.
 */
import { randomBytes } from 'node:crypto';
import { systemActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { getSetting, insertSettingIfAbsent } from '../../db/repositories/setting.repository.js';
import { transaction } from '../../db/transaction.js';

const SETTING_KEY = 'server_secret';
const resolved = new WeakMap<object, Promise<string>>();

/** The signing key of this installation. */
export function serverSecret(
  context: Pick<AppContext, 'database' | 'clock'> & { config: Pick<AppContext['config'], 'secret'> },
): Promise<string> {
  if (context.config.secret) return Promise.resolve(context.config.secret);
  let secret = resolved.get(context.database);
  if (!secret) {
    secret = loadOrCreate(context);
    // A failed attempt (e.g. the database was briefly away) is retried on the next call.
    secret.catch(() => resolved.delete(context.database));
    resolved.set(context.database, secret);
  }
  return secret;
}

async function loadOrCreate({ database, clock }: Pick<AppContext, 'database' | 'clock'>): Promise<string> {
  const { db } = database;
  const existing = await getSetting(db, SETTING_KEY);
  if (existing) return existing;
  await transaction(db, async (trx) => {
    const at = clock.now().toISOString();
    // Another process may have won the race: then its key stands and nothing is recorded here.
    if (await insertSettingIfAbsent(trx, SETTING_KEY, randomBytes(32).toString('base64url'), at)) {
      await recordAudit(trx, clock, systemActor('server'), {
        action: 'settings.secret_generated',
        entity: 'setting',
        entityId: SETTING_KEY,
        change: {},
      });
    }
  });
  const created = await getSetting(db, SETTING_KEY);
  if (!created) throw new Error('The server secret could not be stored');
  return created;
}
