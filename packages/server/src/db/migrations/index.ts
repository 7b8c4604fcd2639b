/**
 * Every migration, keyed by its timestamped name. Append-only: once a migration has landed it
 * is never edited; a change to the schema is a new entry.
 */

import { programme } from './20261127T0900-programme.js';
import { accessAndAudit } from './20261127T1200-access-and-audit.js';
import { quarterlyCycle } from './20261127T1500-quarterly-cycle.js';
import { coordination } from './20261127T1700-coordination.js';
import { adminImport } from './20261127T1800-admin-import.js';
import { notificationsJobs } from './20261127T1900-notifications-jobs.js';
import { feedbackOpenData } from './20261127T2000-feedback-open-data.js';
import { figuresTable } from './20261206T0400-figures-table.js';
import { reportUnlocks } from './20261206T0600-report-unlocks.js';
import { accounts } from './20261206T0700-accounts.js';
import { workUnits } from './20261206T0800-work-units.js';
import { publicVersion } from './20261206T1100-public-version.js';
import { secondFactor } from './20261207T0100-second-factor.js';
import { impactIndicators } from './20261207T0300-impact-indicators.js';
import { qualityGrades } from './20261207T0330-quality-grades.js';
import { stories } from './20261207T0400-stories.js';
import { unitReminders } from './20261207T0500-unit-reminders.js';
import { supportLog } from './20261207T0600-support-log.js';
import type { PantauMigration } from './migration.js';

export const MIGRATIONS: Record<string, PantauMigration> = {
  '20261127T0900-programme': programme,
  '20261127T1200-access-and-audit': accessAndAudit,
  '20261127T1500-quarterly-cycle': quarterlyCycle,
  '20261127T1700-coordination': coordination,
  '20261127T1800-admin-import': adminImport,
  '20261127T1900-notifications-jobs': notificationsJobs,
  '20261127T2000-feedback-open-data': feedbackOpenData,
  '20261206T0400-figures-table': figuresTable,
  '20261206T0600-report-unlocks': reportUnlocks,
  '20261206T0700-accounts': accounts,
  '20261206T0800-work-units': workUnits,
  '20261206T1100-public-version': publicVersion,
  '20261207T0300-impact-indicators': impactIndicators,
  '20261207T0500-unit-reminders': unitReminders,
  '20261207T0600-support-log': supportLog,
  '20261207T0100-second-factor': secondFactor,
  '20261207T0330-quality-grades': qualityGrades,
  '20261207T0400-stories': stories,
};
