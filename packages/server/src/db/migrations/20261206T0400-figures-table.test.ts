import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { MIGRATIONS } from './index.js';

const ROW = {
  institution_id: 7,
  period_id: 3,
  quarter_number: 2,
  expected: 4,
  submitted: 3,
  on_time: 2,
  complete: 1,
  verified: 1,
  not_applicable: 0,
  weight_due: 12.5,
  weighted_score: 900,
  achievement: 72,
  updated_at: '2026-05-01T03:00:00.000Z',
};

describe('the figures table migration', () => {
  it('keeps every stored figure when the table takes its new name, until the grade counts join them', async () => {
    const database = openDatabase('sqlite::memory:');
    try {
      const earlier: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(MIGRATIONS)) {
        if (name < '20261206T0400') earlier[name] = { up: (db) => migration.up(db, database.dialect) };
      }
      await new Migrator({ db: database.db, provider: { getMigrations: async () => earlier } }).migrateToLatest();
      const db = database.db as unknown as Kysely<Record<string, typeof ROW>>;
      // The row alone matters here, not the institution and period it points at.
      await sql`pragma foreign_keys = off`.execute(db);
      await db.insertInto('institution_quarter_stats').values(ROW).execute();

      const through: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(MIGRATIONS)) {
        if (name <= '20261206T0400-figures-table') through[name] = { up: (db) => migration.up(db, database.dialect) };
      }
      const renamed = await new Migrator({
        db: database.db,
        provider: { getMigrations: async () => through },
      }).migrateToLatest();
      expect(renamed.results?.map((r) => r.migrationName)).toContain('20261206T0400-figures-table');
      expect(await db.selectFrom('institution_figures').selectAll().execute()).toEqual([ROW]);

      // Stored figures without grade counts are dropped: the figures pipeline computes them again.
      expect(await migrateToLatest(database)).toContain('20261207T0330-quality-grades');
      expect(await db.selectFrom('institution_figures').selectAll().execute()).toEqual([]);
      await db.insertInto('institution_figures').values(ROW).execute();
      expect(await db.selectFrom('institution_figures').selectAll().execute()).toEqual([
        { ...ROW, administratif: 0, terlaksana: 0, berdampak: 0 },
      ]);
    } finally {
      await database.close();
    }
  });
});
