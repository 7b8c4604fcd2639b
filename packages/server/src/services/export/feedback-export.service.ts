/**
 * The staff feedback list (aduan/usulan) as a streamed CSV or XLSX: the same rows and fields the
 * list shows the caller — admin and observers all, a focal point what was forwarded to its
 * institution — and the sender's name and contact only for moderators (admin).
 */
import { dateInZone, type FeedbackDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import { pageFeedback } from '../../db/repositories/feedback.repository.js';
import { isModerator, type StaffFeedbackQuery, staffFeedbackFilter } from '../feedback/feedback-desk.service.js';
import { staffView } from '../feedback/feedback-view.js';
import { allHolidays } from '../periods/holiday.service.js';
import { keysetRows, type TableColumn, type TableFile, type TableFormat, tableFile } from './table-writer.js';

const PAGE = 1000;

const COLUMNS: TableColumn<FeedbackDto>[] = [
  { header: 'tiket', value: (f) => f.ticket },
  { header: 'jenis', value: (f) => f.kind },
  { header: 'status', value: (f) => f.status },
  { header: 'terlambat', value: (f) => f.overdue },
  { header: 'kode_instansi', value: (f) => f.institution.code },
  { header: 'nama_instansi', value: (f) => f.institution.name },
  { header: 'periode', value: (f) => f.period },
  { header: 'kode_aksi', value: (f) => f.aksiCode },
  { header: 'kode_output', value: (f) => f.outputCode },
  { header: 'pesan', value: (f) => f.message },
  { header: 'pesan_publik', value: (f) => f.publicMessage },
  { header: 'diterima', value: (f) => f.submittedAt },
  { header: 'dimoderasi', value: (f) => f.moderatedAt },
  { header: 'alasan_moderasi', value: (f) => f.moderationReason },
  { header: 'diteruskan', value: (f) => f.forwardedAt },
  { header: 'batas_jawab', value: (f) => f.dueOn },
  { header: 'sisa_hari_kerja', value: (f) => f.workingDaysLeft },
  { header: 'dijawab', value: (f) => f.answeredAt },
  { header: 'jawaban', value: (f) => f.answer },
  { header: 'dipublikasikan', value: (f) => f.published },
];

/** Present only in a moderator's file: for anyone else the columns do not exist at all. */
const SENDER_COLUMNS: TableColumn<FeedbackDto>[] = [
  { header: 'nama_pengirim', value: (f) => f.sender?.name ?? null },
  { header: 'email_pengirim', value: (f) => f.sender?.email ?? null },
  { header: 'telepon_pengirim', value: (f) => f.sender?.phone ?? null },
];

/** The feedback `actor` sees in the staff list, filtered like it, newest first, as a streamed file. */
export async function exportFeedback(
  context: AppContext,
  actor: UserActor,
  query: StaffFeedbackQuery,
  format: TableFormat,
): Promise<TableFile> {
  const { db } = context.database;
  const filter = await staffFeedbackFilter(context, actor, query);
  const withSender = isModerator(actor);
  const today = dateInZone(context.clock.now());
  const holidays = await allHolidays(db, context.config.holidays);
  const name = ['aduan', query.institution, query.status, query.overdue === 'true' ? 'terlambat' : undefined]
    .filter(Boolean)
    .join('-');
  return tableFile(
    {
      fileName: name,
      sheet: 'aduan',
      columns: withSender ? [...COLUMNS, ...SENDER_COLUMNS] : COLUMNS,
      rows: keysetRows<FeedbackDto, number | null>(
        null,
        PAGE,
        async (before) =>
          (await pageFeedback(db, filter, before, PAGE)).map((row) => staffView(row, today, withSender, holidays)),
        (f) => f.id,
      ),
    },
    format,
  );
}
