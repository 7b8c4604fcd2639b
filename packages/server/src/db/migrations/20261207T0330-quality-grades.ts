/**
 * Quality that counts (issue #18): the stored figures keep, per institution and quarter, how many
 * verified reports the verifier graded administratif, terlaksana and berdampak, so every
 * dashboard, portal page and report adds them like the other figures. Rows stored before have no
 * such counts: they are removed, and the figures pipeline computes them again on first read
 * (`ensurePeriodFigures`), the path every institution nothing has happened to takes.
 */
import { type Kysely, sql } from 'kysely';
import type { PantauMigration } from './migration.js';

export const qualityGrades: PantauMigration = {
  async up(db: Kysely<unknown>) {
    for (const column of ['administratif', 'terlaksana', 'berdampak']) {
      await db.schema
        .alterTable('institution_figures')
        .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    }
    await sql`delete from institution_figures`.execute(db);
  },
};
