/** What this installation is: its version and whether it holds the demo dataset ("data contoh"). */
import type { AppContext } from '../../context.js';
import { getSetting } from '../../db/repositories/setting.repository.js';
import { DEMO_SETTING } from '../../seed/demo-marker.js';
import { VERSION } from '../../version.js';

/** The installation as `GET /api/instance` describes it. */
export async function instanceInfo({ database, config }: Pick<AppContext, 'database' | 'config'>) {
  return {
    name: 'Pantau' as const,
    version: VERSION,
    demo: (await getSetting(database.db, DEMO_SETTING)) === 'true',
    singleSignOn: config.oidc ? { name: config.oidc.name } : null,
  };
}
