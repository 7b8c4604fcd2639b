/** Teks lupa kata sandi dan verifikasi dua langkah dalam Bahasa Indonesia. */
export const twoFactorMessagesId = {
  'forgot.title': 'Lupa kata sandi',
  'forgot.lead':
    'Tulis alamat e-mail akun Anda. Kami mengirim tautan untuk memilih kata sandi baru, berlaku 1 jam dan hanya sekali pakai.',
  'forgot.submit': 'Kirim tautan',
  'forgot.missing': 'Isi alamat e-mail akun Anda.',
  'forgot.back': 'Kembali ke halaman masuk',
  'twoFactor.heading': 'Verifikasi dua langkah',
  'twoFactor.lead': 'Selain kata sandi, masuk memerlukan kode dari aplikasi autentikator di ponsel Anda.',
  'twoFactor.mustEnrolLead':
    'Peran Anda (admin atau verifikator) mewajibkan verifikasi dua langkah. Aktifkan dulu untuk membuka fitur lain.',
  'twoFactor.required': 'Wajib untuk peran Anda.',
  'twoFactor.optional': 'Tidak wajib untuk peran Anda, tetapi dianjurkan.',
  'twoFactor.on': 'Status: aktif. Sisa kode pemulihan: {count}.',
  'twoFactor.off': 'Status: belum aktif.',
  'twoFactor.start': 'Aktifkan verifikasi dua langkah',
  'twoFactor.stepApp':
    'Pasang aplikasi autentikator (misalnya FreeOTP, Aegis, Google Authenticator atau Microsoft Authenticator).',
  'twoFactor.stepScan': 'Pindai kode QR ini dengan aplikasi, atau ketik kunci di bawahnya.',
  'twoFactor.qrAlt': 'Kode QR untuk aplikasi autentikator',
  'twoFactor.secretLabel': 'Kunci rahasia',
  'twoFactor.stepCode': 'Ketik kode 6 angka yang ditampilkan aplikasi.',
  'twoFactor.code': 'Kode dari aplikasi',
  'twoFactor.confirm': 'Periksa kode dan aktifkan',
  'twoFactor.enrolled': 'Verifikasi dua langkah aktif.',
  'twoFactor.recoveryLead':
    'Simpan kode pemulihan ini di tempat aman (dicetak atau di pengelola kata sandi). Masing-masing dapat dipakai sekali jika ponsel tidak ada. Kode ini tidak akan ditampilkan lagi.',
  'twoFactor.recoveryCodes': 'Kode pemulihan',
  'twoFactor.savedCodes': 'Sudah saya simpan',
  'twoFactor.disableHeading': 'Nonaktifkan',
  'twoFactor.disable': 'Nonaktifkan verifikasi dua langkah',
  'users.secondFactor.reset': 'Setel ulang verifikasi dua langkah',
  'users.secondFactor.reason': 'Alasan (misalnya ponsel hilang)',
  'users.secondFactor.done':
    'Verifikasi dua langkah akun ini dihapus; sesinya diakhiri. Pemilik akun mendaftarkan aplikasi lagi saat masuk.',
};
