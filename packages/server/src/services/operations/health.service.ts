/** Whether this process and its database answer: liveness plus one database round trip. */
import type { AppContext } from '../../context.js';
import { pingDatabase } from '../../db/repositories/health.repository.js';
import { VERSION } from '../../version.js';

/** The health answer; throws when the database cannot be reached. */
export async function health({ database, clock }: Pick<AppContext, 'database' | 'clock'>) {
  await pingDatabase(database.db);
  return {
    status: 'ok' as const,
    database: database.dialect.name,
    time: clock.now().toISOString(),
    version: VERSION,
  };
}
