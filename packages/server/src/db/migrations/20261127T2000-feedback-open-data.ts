/**
 * Citizen feedback (with its spam counters) and public holidays for working-day deadlines.
 *
 * Seed: Indonesia's national holidays (libur nasional) of 2025 and 2026 as set by the SKB 3
 * Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB): for 2025 SKB No. 1017, 2 and 2
 * of 2024 (signed 14 October 2024); for 2026 the SKB announced on 19 September 2025. Cuti bersama
 * (collective leave for civil servants) is not seeded: it is set separately (by Keputusan Presiden
 * for 2026) and changes more often; admin adds it with `PUT /api/holidays/:date`.
 */
import type { Kysely } from 'kysely';
import type { PantauMigration } from './migration.js';

const SEEDED_AT = '2026-11-27T13:00:00.000Z';

/** Libur nasional 2025 and 2026 (SKB 3 Menteri). */
export const NATIONAL_HOLIDAYS_2025_2026: readonly (readonly [string, string])[] = [
  ['2025-01-01', 'Tahun Baru 2025 Masehi'],
  ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
  ['2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'],
  ['2025-03-31', 'Idul Fitri 1446 Hijriah'],
  ['2025-04-01', 'Idul Fitri 1446 Hijriah'],
  ['2025-04-18', 'Wafat Yesus Kristus'],
  ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2025-05-01', 'Hari Buruh Internasional'],
  ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
  ['2025-05-29', 'Kenaikan Yesus Kristus'],
  ['2025-06-01', 'Hari Lahir Pancasila'],
  ['2025-06-06', 'Idul Adha 1446 Hijriah'],
  ['2025-06-27', 'Tahun Baru Islam 1447 Hijriah'],
  ['2025-08-17', 'Hari Proklamasi Kemerdekaan RI'],
  ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
  ['2025-12-25', 'Hari Raya Natal'],
  ['2026-01-01', 'Tahun Baru 2026 Masehi'],
  ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
  ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'],
  ['2026-03-21', 'Idul Fitri 1447 Hijriah'],
  ['2026-03-22', 'Idul Fitri 1447 Hijriah'],
  ['2026-04-03', 'Wafat Yesus Kristus'],
  ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2026-05-01', 'Hari Buruh Internasional'],
  ['2026-05-14', 'Kenaikan Yesus Kristus'],
  ['2026-05-27', 'Idul Adha 1447 Hijriah'],
  ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
  ['2026-06-01', 'Hari Lahir Pancasila'],
  ['2026-06-16', 'Tahun Baru Islam 1448 Hijriah'],
  ['2026-08-17', 'Hari Proklamasi Kemerdekaan RI'],
  ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
  ['2026-12-25', 'Hari Raya Natal'],
];

type SeedTables = {
  holidays: { date: string; name: string; kind: string; created_at: string; updated_at: string };
};

export const feedbackOpenData: PantauMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const table = (name: string) => db.schema.createTable(name).addColumn('id', 'integer', dialect.idColumn);

    await db.schema
      .createTable('holidays')
      .addColumn('date', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db
      .withTables<SeedTables>()
      .insertInto('holidays')
      .values(
        NATIONAL_HOLIDAYS_2025_2026.map(([date, name]) => ({
          date,
          name,
          kind: 'national',
          created_at: SEEDED_AT,
          updated_at: SEEDED_AT,
        })),
      )
      .execute();

    await table('feedback')
      .addColumn('ticket', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      .addColumn('period_id', 'integer', (c) => c.references('periods.id'))
      .addColumn('aksi_id', 'integer', (c) => c.references('aksi.id'))
      .addColumn('output_id', 'integer', (c) => c.references('outputs.id'))
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('public_message', 'text')
      .addColumn('sender_name', 'text')
      .addColumn('sender_email', 'text')
      .addColumn('sender_phone', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('moderated_at', 'text')
      .addColumn('moderated_by', 'integer', (c) => c.references('users.id'))
      .addColumn('moderation_reason', 'text')
      .addColumn('forwarded_at', 'text')
      .addColumn('due_on', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
      .addColumn('answer', 'text')
      .addColumn('published', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('feedback_status_due').on('feedback').columns(['status', 'due_on']).execute();
    await db.schema
      .createIndex('feedback_institution_status')
      .on('feedback')
      .columns(['institution_id', 'status'])
      .execute();

    await table('feedback_events')
      .addColumn('feedback_id', 'integer', (c) => c.notNull().references('feedback.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('feedback_events_feedback').on('feedback_events').column('feedback_id').execute();

    // One row per submission attempt, keyed by a keyed hash of the client address (never the address itself).
    await table('feedback_attempts')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('feedback_attempts_key_at').on('feedback_attempts').columns(['key', 'at']).execute();
    await db.schema.createIndex('feedback_attempts_at').on('feedback_attempts').column('at').execute();

    // Proof-of-work challenges already spent, kept until they expire so none is used twice.
    await db.schema
      .createTable('feedback_challenges')
      .addColumn('challenge_hash', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('feedback_challenges_expires').on('feedback_challenges').column('expires_at').execute();
  },
};
