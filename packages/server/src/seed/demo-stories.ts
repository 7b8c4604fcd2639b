/**
 * The demo's process and results stories: the demo Humas account's institution has told a few of
 * its accepted 2025–2026 results (those graded berdampak or terlaksana first), so the portal shows
 * stories beside verified results and the feeds carry them from the first start.
 */
import type { Executor } from '../db/database.js';
import { insertPublication } from '../db/repositories/publication.repository.js';

const STORIES = [
  {
    kind: 'berita',
    title: 'Perizinan kini selesai lebih cepat di Mal Pelayanan Publik',
    summary:
      'Warga mengurus izin usaha di satu loket dengan antrean daring; waktu layanan turun dan setiap tahap bisa dilacak. (data contoh)',
  },
  {
    kind: 'infografis',
    title: 'Infografis: belanja daerah yang bisa dipantau warga',
    summary:
      'Rencana dan realisasi pengadaan dibuka di situs pemerintah daerah, lengkap dengan nilai kontraknya. (data contoh)',
  },
  {
    kind: 'video',
    title: 'Video: satu data penerima bantuan sosial',
    summary:
      'Data penerima bantuan dipadankan dengan data kependudukan sehingga bantuan ganda berkurang. (data contoh)',
  },
] as const;

/** Publishes the demo stories for the Humas account's institution; returns how many. */
export async function seedDemoStories(trx: Executor, publicistEmail: string, now: string): Promise<number> {
  const publicist = await trx
    .selectFrom('users')
    .select(['id', 'institution_id'])
    .where('email', '=', publicistEmail)
    .executeTakeFirst();
  if (!publicist?.institution_id) return 0;
  const reports = await trx
    .selectFrom('reports')
    .innerJoin('periods', 'periods.id', 'reports.period_id')
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .select([
      'reports.id',
      'reports.period_id',
      'reports.verified_at',
      'reports.quality_grade',
      'aksi.code as aksi_code',
    ])
    .where('reports.institution_id', '=', publicist.institution_id)
    .where('reports.state', '=', 'accepted')
    .where('reports.na_accepted', '=', 0)
    .where('periods.code', '=', '2025-2026')
    .orderBy('reports.verified_at', 'desc')
    .orderBy('reports.id')
    .execute();
  const rank = (grade: string | null) => (grade === 'berdampak' ? 0 : grade === 'terlaksana' ? 1 : 2);
  const chosen = [...reports].sort((a, b) => rank(a.quality_grade) - rank(b.quality_grade)).slice(0, STORIES.length);
  for (const [index, report] of chosen.entries()) {
    const story = STORIES[index] as (typeof STORIES)[number];
    const verifiedAt = report.verified_at ?? '2025-01-01T00:00:00.000Z';
    // Published a week after the result was verified, never after the dataset's clock.
    const weekLater = new Date(new Date(verifiedAt).getTime() + 7 * 86_400_000).toISOString();
    const at = weekLater < now ? weekLater : now;
    await insertPublication(trx, {
      institution_id: publicist.institution_id,
      kind: story.kind,
      title: story.title,
      url: null,
      attachment_id: null,
      published_on: at.slice(0, 10),
      material_id: null,
      period_id: report.period_id,
      aksi: JSON.stringify([report.aksi_code]),
      status: 'published',
      created_by: publicist.id,
      created_at: at,
      updated_at: at,
      published_at: at,
      report_id: report.id,
      summary: story.summary,
    });
  }
  return chosen.length;
}
