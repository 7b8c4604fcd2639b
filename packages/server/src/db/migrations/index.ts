/**
 * Every migration, keyed by its timestamped name. Append-only: once a migration has landed it
 * is never edited; a change to the schema is a new entry.
 */
import type { PantauMigration } from '../migrate.js';
import { programme } from './20261127T0900-programme.js';
import { accessAndAudit } from './20261127T1200-access-and-audit.js';
import { quarterlyCycle } from './20261127T1500-quarterly-cycle.js';

export const MIGRATIONS: Record<string, PantauMigration> = {
  '20261127T0900-programme': programme,
  '20261127T1200-access-and-audit': accessAndAudit,
  '20261127T1500-quarterly-cycle': quarterlyCycle,
};
