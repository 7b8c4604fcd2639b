/** Teks masuk dengan SSO instansi (OpenID Connect) dalam Bahasa Indonesia. */
export const ssoMessagesId = {
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
