/** Words of the portal, Bahasa Indonesia first; English with `?lang=en`. */
export type PortalLang = 'id' | 'en';

const ID = {
  site: 'Pantau — Portal Publik Stranas PK',
  brand: 'Pantau',
  skip: 'Lewati ke konten',
  nav: 'Navigasi utama',
  home: 'Beranda',
  search: 'Cari',
  feedback: 'Usulan & pengaduan',
  track: 'Lacak tiket',
  otherLang: 'English',
  otherLangCode: 'en',
  footer: 'Hanya data yang telah diverifikasi yang ditampilkan. Data terbuka:',
  apiDocs: 'dokumentasi API',
  overviewTitle: 'Capaian aksi pencegahan korupsi',
  overviewIntro: 'Ringkasan nasional dari laporan yang telah diverifikasi.',
  period: 'Periode',
  quarter: 'Triwulan',
  achievement: 'Capaian',
  compliance: 'Kepatuhan',
  institutions: 'Instansi',
  verified: 'Terverifikasi',
  expected: 'Target jatuh tempo',
  band: 'Kategori',
  lastVerified: 'Terakhir diverifikasi',
  trend: 'Tren per triwulan',
  map: 'Peta provinsi',
  mapHelp: 'Rata-rata capaian Pemda per provinsi. Pilih provinsi untuk melihat daftarnya.',
  rankings: 'Peringkat',
  rank: 'No.',
  name: 'Nama',
  code: 'Kode',
  searchTitle: 'Cari instansi atau aksi',
  searchLabel: 'Nama instansi atau kode wilayah',
  searchButton: 'Cari',
  searchNone: 'Tidak ada hasil.',
  searchShort: 'Ketik minimal 2 karakter.',
  aksi: 'Aksi',
  output: 'Keluaran',
  target: 'Target',
  score: 'Skor',
  targets: 'Target dan hasil terverifikasi',
  notVerified: 'Belum diverifikasi',
  notApplicable: 'Tidak berlaku',
  evidence: 'Bukti dukung publik',
  downloads: 'Unduh data',
  answered: 'Usulan & pengaduan yang dijawab',
  noAnswered: 'Belum ada jawaban yang dipublikasikan.',
  publications: 'Publikasi',
  noPublications: 'Belum ada publikasi.',
  publicationKinds: { berita: 'Berita', infografis: 'Infografis', video: 'Video', media_sosial: 'Media sosial' },
  publicationFile: 'berkas',
  cardPng: 'Unduh PNG',
  answer: 'Jawaban',
  sendFeedback: 'Kirim usulan atau pengaduan tentang instansi ini',
  card: 'Kartu infografis',
  embed: 'Pasang di situs Anda',
  embedHelp: 'Salin kode berikut (iframe), atau gunakan gambar saja tanpa skrip:',
  parent: 'Induk',
  province: 'Provinsi',
  provinceList: 'Pemda di provinsi ini',
  none: '–',
  bands: { baik: 'Baik', cukup: 'Cukup', kurang: 'Kurang' },
  types: { kl: 'Kementerian/Lembaga', provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' },
  outputs: 'Keluaran dan target',
  results: 'Hasil terverifikasi',
  meanScore: 'Rata-rata skor',
  formTitle: 'Kirim usulan atau pengaduan',
  formIntro:
    'Nama dan kontak Anda tidak wajib, tidak pernah ditampilkan kepada publik maupun kepada instansi. Simpan kode tiket untuk mengikuti tindak lanjutnya.',
  kind: 'Jenis',
  kinds: { usulan: 'Usulan', pengaduan: 'Pengaduan' },
  institutionCode: 'Kode instansi',
  message: 'Pesan',
  yourName: 'Nama (tidak wajib)',
  email: 'E-mail (tidak wajib)',
  phone: 'Telepon (tidak wajib)',
  honeypot: 'Biarkan kosong',
  submit: 'Kirim',
  working: 'Mengirim… (memeriksa keamanan di peramban Anda)',
  failed: 'Gagal mengirim:',
  needsScript: 'Formulir ini memerlukan JavaScript untuk pemeriksaan anti-spam.',
  ticketTitle: 'Tiket',
  ticketLabel: 'Kode tiket',
  trackButton: 'Lacak',
  status: 'Status',
  statuses: {
    submitted: 'Diterima, menunggu moderasi',
    rejected: 'Ditolak',
    forwarded: 'Diteruskan ke instansi',
    answered: 'Dijawab',
    overdue: 'Melewati batas waktu jawaban',
  },
  submittedAt: 'Dikirim',
  dueOn: 'Batas jawaban',
  answeredAt: 'Dijawab',
  rejectionReason: 'Alasan penolakan',
  published: 'Jawaban ini dipublikasikan di portal.',
  notFound: 'Tidak ditemukan',
} as const;

type Words = {
  [K in keyof typeof ID]: (typeof ID)[K] extends string ? string : { [J in keyof (typeof ID)[K]]: string };
};

const EN: Words = {
  site: 'Pantau — Stranas PK public portal',
  brand: 'Pantau',
  skip: 'Skip to content',
  nav: 'Main navigation',
  home: 'Home',
  search: 'Search',
  feedback: 'Suggestions & complaints',
  track: 'Track a ticket',
  otherLang: 'Bahasa Indonesia',
  otherLangCode: 'id',
  footer: 'Only verified data is shown. Open data:',
  apiDocs: 'API documentation',
  overviewTitle: 'Progress of corruption-prevention actions',
  overviewIntro: 'National summary of verified reports.',
  period: 'Period',
  quarter: 'Quarter',
  achievement: 'Achievement',
  compliance: 'Compliance',
  institutions: 'Institutions',
  verified: 'Verified',
  expected: 'Targets due',
  band: 'Band',
  lastVerified: 'Last verified',
  trend: 'Trend by quarter',
  map: 'Province map',
  mapHelp: 'Mean achievement of the regional governments in each province. Choose a province to list them.',
  rankings: 'Rankings',
  rank: 'No.',
  name: 'Name',
  code: 'Code',
  searchTitle: 'Find an institution or action',
  searchLabel: 'Institution name or region code',
  searchButton: 'Search',
  searchNone: 'No results.',
  searchShort: 'Type at least 2 characters.',
  aksi: 'Action',
  output: 'Output',
  target: 'Target',
  score: 'Score',
  targets: 'Targets and verified results',
  notVerified: 'Not verified yet',
  notApplicable: 'Not applicable',
  evidence: 'Public evidence',
  downloads: 'Download the data',
  answered: 'Answered suggestions & complaints',
  noAnswered: 'No published answers yet.',
  publications: 'Publications',
  noPublications: 'No publications yet.',
  publicationKinds: { berita: 'News', infografis: 'Infographic', video: 'Video', media_sosial: 'Social media' },
  publicationFile: 'file',
  cardPng: 'Download PNG',
  answer: 'Answer',
  sendFeedback: 'Send a suggestion or complaint about this institution',
  card: 'Infographic card',
  embed: 'Embed on your website',
  embedHelp: 'Copy this code (iframe), or use the image alone, without any script:',
  parent: 'Parent',
  province: 'Province',
  provinceList: 'Regional governments of this province',
  none: '–',
  bands: { baik: 'Good', cukup: 'Fair', kurang: 'Poor' },
  types: { kl: 'Ministry/Agency', provinsi: 'Province', kabupaten: 'Regency', kota: 'City' },
  outputs: 'Outputs and targets',
  results: 'Verified results',
  meanScore: 'Mean score',
  formTitle: 'Send a suggestion or complaint',
  formIntro:
    'Your name and contact are optional and never shown to the public nor to the institution. Keep the ticket code to follow it up.',
  kind: 'Kind',
  kinds: { usulan: 'Suggestion', pengaduan: 'Complaint' },
  institutionCode: 'Institution code',
  message: 'Message',
  yourName: 'Name (optional)',
  email: 'E-mail (optional)',
  phone: 'Phone (optional)',
  honeypot: 'Leave empty',
  submit: 'Send',
  working: 'Sending… (running an anti-spam check in your browser)',
  failed: 'Could not send:',
  needsScript: 'This form needs JavaScript for its anti-spam check.',
  ticketTitle: 'Ticket',
  ticketLabel: 'Ticket code',
  trackButton: 'Track',
  status: 'Status',
  statuses: {
    submitted: 'Received, awaiting moderation',
    rejected: 'Rejected',
    forwarded: 'Forwarded to the institution',
    answered: 'Answered',
    overdue: 'Answer overdue',
  },
  submittedAt: 'Sent',
  dueOn: 'Answer due',
  answeredAt: 'Answered',
  rejectionReason: 'Reason for rejection',
  published: 'This answer is published on the portal.',
  notFound: 'Not found',
};

export type PortalWords = Words;
export const WORDS: Record<PortalLang, Words> = { id: ID, en: EN };

/** A portal path in the visitor's language (`?lang=en` kept on every link). */
export function portalHref(path: string, lang: PortalLang, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, value);
  if (lang === 'en') params.set('lang', 'en');
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Quarter label in the visitor's language ("Triwulan II" / "Quarter 2"). */
export function quarterName(quarter: number, lang: PortalLang): string {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][quarter - 1] ?? String(quarter);
  return lang === 'en' ? `Quarter ${quarter}` : `Triwulan ${roman}`;
}

/** A number as a percent in the visitor's language, or a dash. */
export function formatPercent(value: number | null | undefined, lang: PortalLang): string {
  if (value === null || value === undefined) return '–';
  return `${value.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
}

/** An ISO date-time as a date in WIB (YYYY-MM-DD), or a dash. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
