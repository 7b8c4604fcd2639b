/** The quarterly cycle: evidence, review rounds, idempotency, deadline extensions, live figures, field checks. */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

export const quarterlyCycle: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const table = (name: string) => db.schema.createTable(name).addColumn('id', 'integer', dialect.idColumn);

    await db.schema.alterTable('reports').addColumn('first_submitted_at', 'text').execute();
    await db.schema
      .alterTable('reports')
      .addColumn('na_accepted', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('reports').addColumn('field_score', 'integer').execute();

    await table('evidence')
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('checklist_index', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('file_sha256', 'text')
      .addColumn('file_name', 'text')
      .addColumn('file_size', 'integer')
      .addColumn('mime_type', 'text')
      .addColumn('url', 'text')
      .addColumn('is_public', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('removed_at', 'text')
      .addColumn('removed_by', 'integer', (c) => c.references('users.id'))
      .addColumn('removed_reason', 'text')
      .execute();
    await db.schema.createIndex('evidence_report').on('evidence').column('report_id').execute();
    await db.schema.createIndex('evidence_sha256').on('evidence').column('file_sha256').execute();

    await table('report_rounds')
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addUniqueConstraint('report_rounds_report_round_unique', ['report_id', 'round'])
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('actor_key', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer', (c) => c.notNull())
      .addColumn('response', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['actor_key', 'key'])
      .execute();

    await table('quarter_extensions')
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('quarter_number', 'integer', (c) => c.notNull())
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('quarter_extensions_unique', ['period_id', 'quarter_number', 'institution_id'])
      .execute();

    await db.schema
      .createTable('institution_quarter_stats')
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('quarter_number', 'integer', (c) => c.notNull())
      .addColumn('expected', 'integer', (c) => c.notNull())
      .addColumn('submitted', 'integer', (c) => c.notNull())
      .addColumn('on_time', 'integer', (c) => c.notNull())
      .addColumn('complete', 'integer', (c) => c.notNull())
      .addColumn('verified', 'integer', (c) => c.notNull())
      .addColumn('not_applicable', 'integer', (c) => c.notNull())
      .addColumn('weight_due', 'double precision', (c) => c.notNull())
      .addColumn('weighted_score', 'double precision', (c) => c.notNull())
      .addColumn('achievement', 'double precision')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('institution_quarter_stats_pk', ['institution_id', 'period_id', 'quarter_number'])
      .execute();
    await db.schema
      .createIndex('institution_quarter_stats_period')
      .on('institution_quarter_stats')
      .columns(['period_id', 'quarter_number'])
      .execute();

    await table('field_samples')
      .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
      .addColumn('quarter_number', 'integer', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('population', 'text', (c) => c.notNull())
      .addColumn('drawn_at', 'text', (c) => c.notNull())
      .addColumn('drawn_by', 'integer', (c) => c.references('users.id'))
      .addUniqueConstraint('field_samples_quarter_unique', ['period_id', 'quarter_number'])
      .execute();

    await table('field_checks')
      .addColumn('sample_id', 'integer', (c) => c.notNull().references('field_samples.id'))
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('sample_key', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('original_score', 'integer')
      .addColumn('adjusted_score', 'integer')
      .addColumn('notes', 'text')
      .addColumn('checked_by', 'integer', (c) => c.references('users.id'))
      .addColumn('checked_at', 'text')
      .addUniqueConstraint('field_checks_sample_report_unique', ['sample_id', 'report_id'])
      .execute();
  },
};
