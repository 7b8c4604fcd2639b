/** Interface text of process and results stories in Bahasa Indonesia; merged into the main catalogue. */
export const storiesMessagesId = {
  'stories.start.heading': 'Cerita proses dan hasil',
  'stories.start.lead':
    'Laporan ini sudah diterima verifikator. Mulai cerita untuk Humas: tampil di portal di samping hasil terverifikasi, dengan bukti yang dibuka untuk publik.',
  'stories.start.title': 'Judul cerita',
  'stories.start.summary': 'Ringkasan cerita (tampil di portal)',
  'stories.start.url': 'Tautan berita (jika sudah ada)',
  'stories.start.kind': 'Jenis',
  'stories.start.submit': 'Mulai cerita (draf)',
  'stories.start.done': 'Draf cerita tersimpan. Humas menerbitkannya di halaman Publikasi.',
  'stories.start.openPublications': 'Buka Publikasi',
  'stories.start.defaultTitle': '{output}: hasil {code}',
  'stories.start.invalid.title': 'Tulis judul 3–300 karakter.',
  'stories.start.invalid.url': 'Tautan harus alamat lengkap http(s)://',
  'stories.sources.heading': 'Mulai cerita dari hasil terverifikasi',
  'stories.sources.lead':
    'Laporan instansi Anda yang sudah diterima verifikator. Pilih satu untuk memulai draf cerita yang tertaut ke hasilnya.',
  'stories.sources.none': 'Belum ada laporan yang diterima verifikator pada periode ini.',
  'stories.sources.target': 'Target',
  'stories.sources.verifiedAt': 'Diverifikasi',
  'stories.sources.stories': 'Cerita',
  'stories.sources.choose': 'Mulai cerita',
  'stories.sources.chosen': 'Cerita untuk {code}',
  'stories.list.tells': 'Cerita hasil {code}',
} as const;
