/** Interface text of the pickers in Bahasa Indonesia; merged into the main catalogue. */
export const pickerMessagesId = {
  'picker.placeholder': 'Ketik nama atau kode…',
  'picker.placeholderMore': 'Ketik untuk menambah…',
  'picker.typeMore': 'Ketik nama atau kode untuk mencari.',
  'picker.searching': 'Mencari…',
  'picker.none': 'Tidak ada yang cocok. Coba kata lain atau kodenya.',
  'picker.failed': 'Daftar tidak dapat dimuat. Periksa koneksi, lalu ketik lagi.',
  'picker.results.one': '{count} pilihan. Pilih dengan panah atas dan bawah, lalu Enter.',
  'picker.results.other': '{count} pilihan. Pilih dengan panah atas dan bawah, lalu Enter.',
  'picker.chosen': '{label} yang dipilih',
  'picker.remove': 'Hapus {name}',
};
