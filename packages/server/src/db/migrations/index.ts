/**
 * Every migration, keyed by its timestamped name. Append-only: once a migration has landed it
 * is never edited; a change to the schema is a new entry.
 */
import type { PantauMigration } from '../migrate.js';
import { programme } from './20261127T0900-programme.js';
import { accessAndAudit } from './20261127T1200-access-and-audit.js';
import { quarterlyCycle } from './20261127T1500-quarterly-cycle.js';
import { coordination } from './20261127T1700-coordination.js';
import { adminImport } from './20261127T1800-admin-import.js';
import { notificationsJobs } from './20261127T1900-notifications-jobs.js';
import { feedbackOpenData } from './20261127T2000-feedback-open-data.js';
import { figuresTable } from './20261206T0400-figures-table.js';

export const MIGRATIONS: Record<string, PantauMigration> = {
  '20261127T0900-programme': programme,
  '20261127T1200-access-and-audit': accessAndAudit,
  '20261127T1500-quarterly-cycle': quarterlyCycle,
  '20261127T1700-coordination': coordination,
  '20261127T1800-admin-import': adminImport,
  '20261127T1900-notifications-jobs': notificationsJobs,
  '20261127T2000-feedback-open-data': feedbackOpenData,
  '20261206T0400-figures-table': figuresTable,
};
