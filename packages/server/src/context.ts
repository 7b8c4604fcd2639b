/** What every route and job receives: the database, the clock and the configuration. */
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';

export interface AppContext {
  config: Readonly<Config>;
  database: Database;
  clock: Clock;
}
