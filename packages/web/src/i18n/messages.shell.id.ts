/**
 * The shell catalogue: the Indonesian text the first paint needs — the frame around every page
 * and the sign-in page — shipped in the main bundle. Everything else is in the full catalogue
 * (messages.id.ts, which spreads this one), fetched before any other page renders; a key used by
 * the frame or the sign-in page belongs here (shell-catalogue.test.ts checks it).
 */
export const shellMessagesId = {
  // The frame of every page: header and navigation, account menu, footer, demo banner, loading and failure.
  'app.name': 'Pantau',
  'app.tagline': 'Pemantauan aksi pencegahan korupsi',
  'app.titleSuffix': 'Pantau',
  'skip.toContent': 'Langsung ke konten utama',
  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.feedback': 'Aduan',
  'nav.catalogue': 'Katalog',
  'nav.institutions': 'Instansi',
  'nav.workspace': 'Ruang kerja',
  'lang.switchTo': 'English',
  'lang.switchToLabel': 'Switch to English',
  'demo.banner': 'Data contoh — bukan data resmi',
  'demo.detail': 'Angka dan nama di situs ini hanya untuk mencoba Pantau.',
  'footer.about':
    'Pantau adalah perangkat lunak sumber terbuka untuk pemantauan dan evaluasi Strategi Nasional Pencegahan Korupsi (Stranas PK).',
  'footer.version': 'Versi {version}',
  'footer.api': 'API terbuka (OpenAPI)',
  'state.loading': 'Memuat…',
  'error.network': 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
  'error.badResponse': 'Server memberi jawaban yang tidak dapat dibaca. Coba lagi beberapa saat lagi.',
  'error.pageFailed': 'Halaman ini gagal ditampilkan.',
  'error.pageFailedHint': 'Mungkin ada versi baru Pantau. Muat ulang halaman untuk mencoba lagi.',
  'error.reload': 'Muat ulang',
  'account.menu': 'Akun saya',
  // The notification bell in the header of signed-in officials.
  'notifications.title': 'Pemberitahuan',
  'notifications.bell.label.zero': 'Pemberitahuan: tidak ada yang belum dibaca',
  'notifications.bell.label.one': 'Pemberitahuan: {count} belum dibaca',
  'notifications.bell.label.other': 'Pemberitahuan: {count} belum dibaca',
  'notifications.panel.empty': 'Belum ada pemberitahuan.',
  'notifications.panel.all': 'Semua pemberitahuan dan pilihan',
  'notifications.markAllRead': 'Tandai semua dibaca',
  'notifications.unreadBadge': 'Belum dibaca',
  'notifications.kind.deadline_reminder': 'Pengingat tenggat pelaporan',
  'notifications.kind.overdue_escalation': 'Laporan terlambat (eskalasi)',
  'notifications.kind.revision_requested': 'Verifikator meminta perbaikan',
  'notifications.kind.report_accepted': 'Laporan diterima verifikator',
  'notifications.kind.review_waiting': 'Laporan menunggu tinjauan Anda',
  'notifications.kind.report_sent_back': 'Laporan dikembalikan focal point',
  'notifications.kind.feedback_forwarded': 'Aduan/usulan masyarakat diteruskan',
  'notifications.kind.feedback_overdue': 'Aduan/usulan terlambat dijawab',
  'notifications.kind.announcement': 'Pengumuman',
  'notifications.kind.announcement_reminder': 'Pengingat pengumuman belum dibaca',
  'notifications.kind.meeting_invitation': 'Undangan rapat',
  'notifications.kind.invitation': 'Undangan akun',
  'notifications.kind.password_reset': 'Atur ulang kata sandi',
  'notifications.kind.leader_digest': 'Ringkasan bulanan pimpinan (e-mail tanggal 1)',
  // Signing in: the password form, its second step (authenticator code) and single sign-on.
  'auth.title': 'Masuk',
  'auth.heading': 'Masuk ke Pantau',
  'auth.lead': 'Untuk petugas instansi, verifikator dan Setnas PK. Halaman publik tetap dapat dibuka tanpa masuk.',
  'auth.email': 'Alamat e-mail',
  'auth.password': 'Kata sandi',
  'auth.showPassword': 'Tampilkan kata sandi',
  'auth.submit': 'Masuk',
  'auth.signingIn': 'Sedang masuk…',
  'auth.signIn': 'Masuk',
  'auth.signOut': 'Keluar',
  'auth.missingFields': 'Isi alamat e-mail dan kata sandi.',
  'auth.expired': 'Sesi Anda telah berakhir. Silakan masuk lagi; Anda akan kembali ke halaman tadi.',
  'auth.alreadySignedIn': 'Anda sudah masuk sebagai {name}.',
  'auth.toWorkspace': 'Ke ruang kerja',
  'auth.continue': 'Lanjutkan',
  'auth.demoAccounts': 'Akun contoh',
  'auth.demoHint': 'Instalasi ini memuat data contoh. Kata sandi akun contoh ditampilkan saat server dijalankan.',
  'forgot.link': 'Lupa kata sandi?',
  'secondStep.heading': 'Verifikasi dua langkah',
  'secondStep.lead': 'Buka aplikasi autentikator di ponsel Anda dan ketik kode 6 angka untuk Pantau.',
  'secondStep.recoveryLead':
    'Ketik salah satu kode pemulihan yang Anda simpan saat mengaktifkan. Setiap kode hanya berlaku sekali.',
  'secondStep.code': 'Kode autentikator',
  'secondStep.recoveryCode': 'Kode pemulihan',
  'secondStep.submit': 'Lanjutkan',
  'secondStep.missingCode': 'Isi kode 6 angka dari aplikasi autentikator.',
  'secondStep.missingRecovery': 'Isi salah satu kode pemulihan.',
  'secondStep.useRecovery': 'Ponsel tidak ada? Pakai kode pemulihan',
  'secondStep.useCode': 'Pakai kode dari aplikasi',
  'secondStep.restart': 'Masuk lagi dengan kata sandi',
  'secondStep.demoHint':
    'Admin dan verifikator contoh memakai verifikasi dua langkah: kodenya ditampilkan oleh perintah npm run pantau -- users totp-code <email>.',
  'sso.button': 'Masuk dengan {name}',
  'sso.or': 'atau dengan e-mail dan kata sandi Pantau',
  'sso.error.sso_state':
    'Proses masuk dengan SSO tidak dapat dicocokkan (kedaluwarsa, dibuka di peramban lain, atau dimulai ulang). Silakan coba lagi dari tombol di bawah.',
  'sso.error.sso_nonce':
    'Jawaban penyedia identitas tidak cocok dengan permintaan masuk ini (nonce berbeda), sehingga ditolak. Silakan coba lagi.',
  'sso.error.sso_code':
    'Kode masuk dari penyedia identitas sudah kedaluwarsa atau sudah pernah dipakai. Silakan coba lagi.',
  'sso.error.sso_unreachable':
    'Penyedia identitas instansi tidak dapat dihubungi saat ini. Coba lagi nanti, atau masuk dengan e-mail dan kata sandi.',
  'sso.error.sso_denied': 'Proses masuk dibatalkan atau ditolak di penyedia identitas.',
  'sso.error.sso_no_email':
    'Penyedia identitas tidak memberikan alamat e-mail Anda, sehingga akun Pantau tidak dapat dicocokkan. Hubungi pengelola SSO instansi Anda.',
  'sso.error.sso_unverified_email':
    'Alamat e-mail Anda belum terverifikasi di penyedia identitas, sehingga tidak dapat dipakai untuk masuk ke Pantau. Verifikasi e-mail di sana, atau masuk dengan kata sandi.',
  'sso.error.sso_unknown_email':
    'Tidak ada akun Pantau dengan alamat e-mail dari penyedia identitas. Akun dibuat oleh focal point (Inspektorat) instansi Anda atau admin — minta undangan kepada mereka.',
  'sso.error.sso_account_disabled':
    'Akun Pantau dengan alamat e-mail ini dinonaktifkan. Hubungi focal point (Inspektorat) instansi Anda atau admin.',
  'sso.error.sso_failed': 'Masuk dengan SSO gagal karena kesalahan yang tidak terduga. Silakan coba lagi.',
} as const;
