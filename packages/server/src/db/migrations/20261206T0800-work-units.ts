/**
 * Work units (unit kerja) inside institutions: the units themselves, which unit is responsible
 * for each of an institution's targets, contributors limited to units, and the unit a report
 * was made by.
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const workUnits: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    await db.schema
      .createTable('work_units')
      .addColumn('id', 'integer', dialect.idColumn)
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('work_units_institution_code_unique', ['institution_id', 'code'])
      .execute();

    await db.schema
      .createTable('unit_targets')
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('target_id', 'integer', (c) => c.notNull().references('targets.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('work_units.id'))
      .addColumn('assigned_at', 'text', (c) => c.notNull())
      .addColumn('assigned_by', 'integer', (c) => c.references('users.id'))
      .addPrimaryKeyConstraint('unit_targets_pk', ['institution_id', 'target_id'])
      .execute();
    await db.schema.createIndex('unit_targets_unit').on('unit_targets').column('unit_id').execute();

    await db.schema
      .createTable('contributor_units')
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('work_units.id'))
      .addPrimaryKeyConstraint('contributor_units_pk', ['user_id', 'unit_id'])
      .execute();

    await db.schema
      .alterTable('reports')
      .addColumn('unit_id', 'integer', (c) => c.references('work_units.id'))
      .execute();
  },
};
