/** The programme's model: periods, catalogue, institutions, assignments, reports and users. */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const programme: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const table = (name: string) => db.schema.createTable(name).addColumn('id', 'integer', dialect.idColumn);

    await table('periods')
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('start_year', 'integer', (c) => c.notNull())
      .addColumn('deadline_days', 'integer', (c) => c.notNull())
      .addColumn('verification_days', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await table('quarters')
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('ends_on', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('verification_ends_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'text')
      .addColumn('closed_at', 'text')
      .addUniqueConstraint('quarters_period_number_unique', ['period_id', 'number'])
      .execute();

    await table('fokus')
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addUniqueConstraint('fokus_period_code_unique', ['period_id', 'code'])
      .execute();

    await table('aksi')
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('fokus_id', 'integer', (c) => c.notNull().references('fokus.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addUniqueConstraint('aksi_period_code_unique', ['period_id', 'code'])
      .execute();

    await table('outputs')
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('aksi_id', 'integer', (c) => c.notNull().references('aksi.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addUniqueConstraint('outputs_period_code_unique', ['period_id', 'code'])
      .execute();

    await table('targets')
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('output_id', 'integer', (c) => c.notNull().references('outputs.id'))
      .addColumn('quarter_number', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('current_version', 'integer', (c) => c.notNull())
      .addUniqueConstraint('targets_output_quarter_unique', ['output_id', 'quarter_number'])
      .execute();
    await db.schema
      .createIndex('targets_period_quarter')
      .on('targets')
      .columns(['period_id', 'quarter_number'])
      .execute();

    await table('target_versions')
      .addColumn('target_id', 'integer', (c) => c.notNull().references('targets.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('success_measure', 'text', (c) => c.notNull())
      .addColumn('evidence_checklist', 'text', (c) => c.notNull())
      .addColumn('weight', 'integer', (c) => c.notNull())
      .addColumn('impact_name', 'text')
      .addColumn('impact_unit', 'text')
      .addColumn('impact_baseline', 'double precision')
      .addColumn('reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('target_versions_target_version_unique', ['target_id', 'version'])
      .execute();

    await table('institutions')
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('province_code', 'text')
      .addColumn('parent_id', 'integer', (c) => c.references('institutions.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('institutions_type').on('institutions').column('type').execute();
    await db.schema.createIndex('institutions_parent').on('institutions').column('parent_id').execute();

    await table('assignment_rules')
      .addColumn('output_id', 'integer', (c) => c.notNull().references('outputs.id'))
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('assignment_rules_output').on('assignment_rules').column('output_id').execute();

    await table('assignments')
      .addColumn('output_id', 'integer', (c) => c.notNull().references('outputs.id'))
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('rule_id', 'integer', (c) => c.references('assignment_rules.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('assignments_output_institution_unique', ['output_id', 'institution_id'])
      .execute();
    await db.schema.createIndex('assignments_institution').on('assignments').column('institution_id').execute();

    await table('reports')
      .addColumn('target_id', 'integer', (c) => c.notNull().references('targets.id'))
      .addColumn('target_version', 'integer', (c) => c.notNull())
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('quarter_number', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('narrative', 'text', (c) => c.notNull())
      .addColumn('progress', 'integer')
      .addColumn('impact_value', 'double precision')
      .addColumn('not_applicable', 'integer', (c) => c.notNull())
      .addColumn('not_applicable_reason', 'text')
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('on_time', 'integer')
      .addColumn('score', 'integer')
      .addColumn('quality_grade', 'text')
      .addColumn('verifier_comment', 'text')
      .addColumn('verified_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('reports_target_institution_unique', ['target_id', 'institution_id'])
      .execute();
    await db.schema
      .createIndex('reports_institution_quarter')
      .on('reports')
      .columns(['institution_id', 'period_id', 'quarter_number'])
      .execute();
    await db.schema
      .createIndex('reports_period_quarter_state')
      .on('reports')
      .columns(['period_id', 'quarter_number', 'state'])
      .execute();

    await table('report_events')
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer')
      .addColumn('reason', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('report_events_report').on('report_events').column('report_id').execute();

    await table('users')
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('institution_id', 'integer', (c) => c.references('institutions.id'))
      .addColumn('password_hash', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_institution').on('users').column('institution_id').execute();

    await db.schema
      .createTable('user_roles')
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
      .execute();

    await db.schema
      .createTable('verifier_assignments')
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('aksi_id', 'integer', (c) => c.notNull().references('aksi.id'))
      .addPrimaryKeyConstraint('verifier_assignments_pk', ['user_id', 'aksi_id'])
      .execute();
    await db.schema.createIndex('verifier_assignments_aksi').on('verifier_assignments').column('aksi_id').execute();

    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
