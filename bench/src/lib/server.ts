/**
 * The Pantau server modules the benchmarks use, from the built server package (`tsc -b bench`
 * builds it first). One place for these paths, so the rest of the bench imports from here.
 */
export { systemActor } from '../../../packages/server/dist/audit/actor.js';
export { recordAudit, verifyAuditChain } from '../../../packages/server/dist/audit/audit.service.js';
export { fixedClock, systemClock } from '../../../packages/server/dist/clock.js';
export { type Config, loadConfig } from '../../../packages/server/dist/config.js';
export { type Database, openDatabase } from '../../../packages/server/dist/db/database.js';
export { analyzeAfterLoad, bulkLoader } from '../../../packages/server/dist/db/dialect/bulk-load.js';
export { isPostgresUrl } from '../../../packages/server/dist/db/dialect/index.js';
export { migrateToLatest } from '../../../packages/server/dist/db/migrate.js';
export type { DB } from '../../../packages/server/dist/db/schema.js';
export { CATALOGUE_2025_2026 } from '../../../packages/server/dist/seed/demo/catalogue.js';
export { demoImpactIndicator } from '../../../packages/server/dist/seed/demo/impact-indicators.js';
export { DEMO_KL } from '../../../packages/server/dist/seed/demo/kementerian-lembaga.js';
export {
  NARRATIVE_OPENINGS,
  REVISION_REASONS,
  VERIFIER_COMMENTS,
} from '../../../packages/server/dist/seed/demo/people.js';
export { demoPdf } from '../../../packages/server/dist/seed/demo-files.js';
export { generateHistory, type HistoryQuarter } from '../../../packages/server/dist/seed/demo-history.js';
export { DEMO_SETTING } from '../../../packages/server/dist/seed/demo-seed.js';
export { seededRandom } from '../../../packages/server/dist/seed/random.js';
export { hashPassword } from '../../../packages/server/dist/services/accounts/password.js';
export { fillMissingFigures } from '../../../packages/server/dist/services/figures/figures.service.js';
export { loadRegions } from '../../../packages/server/dist/services/institutions/regions.js';
export { LocalBlobStore } from '../../../packages/server/dist/storage/local-blob-store.js';
