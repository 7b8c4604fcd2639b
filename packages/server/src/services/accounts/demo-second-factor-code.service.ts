/**
 * The current authenticator code of a demo account, for newcomers trying the demo without an
 * authenticator app at hand. Refused for every account outside the demo dataset.
 */
import type { AppContext } from '../../context.js';
import { findSecondFactor } from '../../db/repositories/second-factor.repository.js';
import { getSetting } from '../../db/repositories/setting.repository.js';
import { findUserByEmail } from '../../db/repositories/user.repository.js';
import { DEMO_EMAIL_DOMAIN, DEMO_SETTING } from '../../seed/demo-marker.js';
import { authenticatorFor, openSecret } from './second-factor.service.js';

/** The code valid now and how many seconds it has left. Throws for anything but a demo account. */
export async function demoSecondFactorCodeNow(
  context: Pick<AppContext, 'config' | 'database' | 'clock'>,
  email: string,
): Promise<{ email: string; code: string; secondsLeft: number }> {
  const { db } = context.database;
  const demo = (await getSetting(db, DEMO_SETTING)) === 'true';
  const address = email.trim().toLowerCase();
  if (!demo || !address.endsWith(`@${DEMO_EMAIL_DOMAIN}`)) {
    throw new Error(
      'Hanya untuk akun data contoh (@demo.pantau.id) / only for demo accounts (@demo.pantau.id): ' +
        'akun sungguhan memakai aplikasi autentikator / real accounts use an authenticator app',
    );
  }
  const user = await findUserByEmail(db, address);
  const factor = user ? await findSecondFactor(db, user.id) : undefined;
  if (!user || !factor?.confirmed_at) {
    throw new Error(`Akun contoh ini tidak memakai verifikasi dua langkah / no second factor: ${address}`);
  }
  const now = context.clock.now();
  const code = authenticatorFor(await openSecret(context, factor.secret_box), address).generate({
    timestamp: now.getTime(),
  });
  return { email: address, code, secondsLeft: 30 - (Math.floor(now.getTime() / 1000) % 30) };
}
