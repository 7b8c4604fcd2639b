/**
 * The impact indicator of every demo output, by period and output code: what the programme would
 * measure, its unit, the value before the period (baseline), the value to reach (target), which way
 * is better and where the figure comes from. Every target of an output declares its output's
 * indicator, so each report's impact value can be judged.
 */
import type { ImpactIndicator } from '@pantau/core';

type Indicators = Record<string, ImpactIndicator>;

const higher = (name: string, unit: string, baseline: number, target: number, source: string): ImpactIndicator => ({
  name,
  unit,
  baseline,
  target,
  direction: 'higher',
  source,
});

const lower = (name: string, unit: string, baseline: number, target: number, source: string): ImpactIndicator => ({
  name,
  unit,
  baseline,
  target,
  direction: 'lower',
  source,
});

const INDICATORS_2025_2026: Indicators = {
  '1.1': lower('Rata-rata waktu penerbitan perizinan berusaha risiko tinggi', 'hari', 42, 14, 'Dasbor Sistem OSS'),
  '1.2': lower('Rata-rata waktu penerbitan Persetujuan Bangunan Gedung', 'hari', 45, 28, 'SIMBG'),
  '1.3': higher('Pelaku usaha berisiko tinggi yang diawasi sesuai jadwal', 'persen', 35, 80, 'Modul pengawasan OSS'),
  '2.1': higher('Persetujuan impor yang diterbitkan berbasis neraca komoditas', 'persen', 40, 90, 'SINSW'),
  '2.2': higher('Kabupaten/kota yang melaporkan stok pangan pokok mingguan', 'daerah', 120, 400, 'Panel Harga Bapanas'),
  '2.3': lower('Rata-rata waktu layanan izin larangan dan pembatasan', 'jam', 72, 24, 'SINSW'),
  '3.1': higher('Volume penjualan nikel dan timah yang tercatat dalam SIMBARA', 'persen', 20, 85, 'SIMBARA'),
  '3.2': higher('Realisasi pajak MBLB terhadap potensi', 'persen', 38, 70, 'Laporan BPKAD'),
  '3.3': lower('Izin usaha pertambangan yang belum memenuhi kewajiban reklamasi', 'izin', 1800, 600, 'MODI ESDM'),
  '4.1': higher('Pelabuhan yang menerapkan Inaportnet secara penuh', 'pelabuhan', 246, 320, 'Inaportnet'),
  '4.2': lower(
    'Rata-rata waktu sandar hingga keluar pelabuhan (port stay)',
    'hari',
    3.2,
    2.0,
    'National Logistic Ecosystem',
  ),
  '4.3': higher(
    'Pelabuhan perikanan yang menarik PNBP pascaproduksi secara elektronik',
    'pelabuhan',
    12,
    60,
    'e-PIT KKP',
  ),
  '5.1': higher('Korporasi yang telah melaporkan pemilik manfaat', 'persen', 45, 75, 'AHU Online'),
  '5.2': higher('Sistem perizinan dan pengadaan yang membaca data pemilik manfaat', 'sistem', 2, 10, 'Ditjen AHU'),
  '5.3': higher('Tender yang memverifikasi pemilik manfaat penyedia', 'persen', 10, 60, 'SPSE'),
  '6.1': lower('Rata-rata waktu penayangan produk di katalog elektronik', 'hari', 30, 7, 'Katalog Elektronik v6'),
  '6.2': higher('Nilai belanja pengadaan melalui katalog elektronik', 'persen', 35, 60, 'Katalog Elektronik v6'),
  '6.3': higher('Paket pengadaan berisiko tinggi yang dipantau APIP', 'persen', 15, 70, 'Laporan APIP'),
  '7.1': higher('Realisasi pajak kendaraan bermotor terhadap potensi', 'persen', 68, 85, 'Samsat daring'),
  '7.2': higher('Wajib pajak PBJT yang terpantau alat perekam transaksi', 'persen', 30, 70, 'Aplikasi pajak daerah'),
  '7.3': higher('Pemerintah daerah yang menerima data perpajakan pusat', 'daerah', 90, 300, 'DJP dan DJPK'),
  '8.1': lower('Selisih volume hasil hutan antara SIPUHH dan pembayaran PNBP', 'persen', 18, 5, 'SIPUHH'),
  '8.2': higher('Realisasi PNBP pascaproduksi perikanan tangkap', 'miliar rupiah', 410, 800, 'e-PIT KKP'),
  '9.1': higher(
    'Pemerintah daerah yang memakai SIPD RI dari perencanaan hingga pertanggungjawaban',
    'persen',
    55,
    95,
    'SIPD RI',
  ),
  '9.2': lower('Program prioritas pusat yang tidak tercermin dalam APBD', 'program', 140, 40, 'KRISNA'),
  '9.3': lower('Temuan pengelolaan dana desa berulang', 'temuan', 900, 400, 'Siskeudes'),
  '10.1': higher('Penerima bantuan sosial yang padan dengan DTSEN', 'persen', 72, 95, 'DTSEN'),
  '10.2': lower('Aduan salah sasaran bantuan sosial', 'jumlah aduan', 5200, 2000, 'SP4N-LAPOR!'),
  '10.3': lower('Subsidi energi yang tidak tepat sasaran', 'persen', 28, 10, 'Kementerian ESDM'),
  '11.1': higher('Perkara pidana yang dipertukarkan secara elektronik melalui SPPT-TI', 'persen', 55, 90, 'SPPT-TI'),
  '11.2': lower('Rata-rata waktu pelimpahan berkas perkara', 'hari', 40, 20, 'SPPT-TI'),
  '12.1': higher('Instansi daerah dengan kategori sistem merit baik', 'persen', 30, 60, 'KASN/BKN'),
  '12.2': higher('Seleksi terbuka JPT yang memakai CAT', 'persen', 40, 90, 'SIASN'),
  '13.1': higher('Layanan publik prioritas yang terhubung ke portal nasional', 'layanan', 12, 40, 'Portal INA Digital'),
  '13.2': higher(
    'Set data prioritas yang terbit di Portal Satu Data',
    'set data',
    150,
    600,
    'Portal Satu Data Indonesia',
  ),
  '13.3': higher(
    'Informasi geospasial tematik yang terintegrasi dalam Kebijakan Satu Peta',
    'persen',
    60,
    90,
    'Geoportal KSP',
  ),
  '14.1': lower('Laporan gratifikasi yang terlambat ditindaklanjuti', 'laporan', 340, 100, 'GOL KPK'),
  '14.2': higher('Pengadaan BUMN melalui sistem elektronik', 'persen', 50, 85, 'Laporan Kementerian BUMN'),
  '15.1': lower('Rata-rata waktu penyelesaian pengaduan', 'hari', 21, 7, 'SP4N-LAPOR!'),
  '15.2': lower(
    'Aduan benturan kepentingan yang belum ditangani',
    'jumlah aduan',
    260,
    80,
    'Whistleblowing system daerah',
  ),
};

const INDICATORS_2023_2024: Indicators = {
  '1.1': lower('Rata-rata waktu penerbitan perizinan berusaha risiko tinggi', 'hari', 60, 30, 'Dasbor Sistem OSS'),
  '1.2': higher(
    'Pemerintah daerah yang mendelegasikan kewenangan perizinan ke DPMPTSP',
    'persen',
    60,
    95,
    'Kementerian Investasi',
  ),
  '1.3': higher(
    'Rencana Detail Tata Ruang digital yang terintegrasi dengan OSS',
    'dokumen',
    120,
    400,
    'Kementerian ATR/BPN',
  ),
  '2.1': higher('Komoditas yang persetujuan impornya berbasis neraca komoditas', 'komoditas', 5, 12, 'SINSW'),
  '2.2': lower('Rata-rata waktu layanan perizinan ekspor-impor', 'jam', 96, 36, 'SINSW'),
  '3.1': higher('Penjualan batubara yang tercatat dalam SIMBARA', 'persen', 15, 80, 'SIMBARA'),
  '3.2': higher('Realisasi pajak MBLB terhadap potensi', 'persen', 30, 55, 'Laporan BPKAD'),
  '4.1': higher('Pelabuhan yang menerapkan Inaportnet', 'pelabuhan', 14, 60, 'Inaportnet'),
  '4.2': higher('PNBP jasa kepelabuhanan yang dibayar secara elektronik', 'persen', 40, 90, 'SIMPONI'),
  '5.1': higher('Korporasi yang telah melaporkan pemilik manfaat', 'persen', 25, 50, 'AHU Online'),
  '5.2': higher('Perizinan sumber daya alam yang memeriksa pemilik manfaat', 'persen', 5, 40, 'Ditjen AHU'),
  '6.1': higher('Paket pengadaan melalui katalog elektronik', 'persen', 22, 45, 'Katalog Elektronik'),
  '6.2': higher('Pemerintah daerah yang bertransaksi melalui toko daring', 'daerah', 150, 400, 'Toko Daring LKPP'),
  '6.3': lower('Tender berisiko tinggi dengan satu penawar', 'persen', 32, 15, 'SPSE'),
  '7.1': higher(
    'Wajib pajak hotel dan restoran yang terpasang alat perekam transaksi',
    'persen',
    18,
    50,
    'Aplikasi pajak daerah',
  ),
  '7.2': lower(
    'Kendaraan bermotor yang datanya tidak padan dengan data kependudukan',
    'persen',
    22,
    8,
    'Korlantas dan Dukcapil',
  ),
  '8.1': lower('Nilai subsidi listrik yang tidak tepat sasaran per bulan', 'miliar rupiah', 1450, 600, 'PLN'),
  '8.2': higher('Pembeli LPG 3 kg yang tercatat dengan NIK', 'persen', 10, 90, 'MAP Pertamina'),
  '9.1': lower('Selisih pagu antara KRISNA dan SAKTI', 'persen', 12, 2, 'KRISNA dan SAKTI'),
  '9.2': higher('Pemerintah daerah yang menggunakan SIPD RI secara penuh', 'persen', 48, 85, 'SIPD RI'),
  '9.3': lower('BUMD yang merugi tiga tahun berturut-turut', 'BUMD', 180, 120, 'Kemendagri'),
  '10.1': higher('Desa yang memakai Siskeudes daring', 'persen', 35, 80, 'Siskeudes'),
  '10.2': higher('Desa yang memublikasikan APBDes', 'persen', 40, 75, 'Sistem Informasi Desa'),
  '11.1': higher('Perkara pidana yang tercatat di SPPT-TI tingkat pusat', 'persen', 20, 60, 'SPPT-TI'),
  '11.2': lower('Rata-rata waktu pelimpahan berkas perkara di wilayah percontohan', 'hari', 55, 30, 'SPPT-TI'),
  '12.1': higher('Instansi daerah dengan kategori sistem merit baik', 'persen', 26, 45, 'KASN'),
  '12.2': higher('Seleksi ASN yang dilaksanakan secara digital', 'persen', 60, 95, 'SIASN'),
  '13.1': higher('Peta tematik yang terkompilasi dan tersinkronkan', 'peta', 85, 158, 'Geoportal KSP'),
  '13.2': higher(
    'Set data daerah percontohan yang memenuhi prinsip Satu Data',
    'set data',
    40,
    200,
    'Portal Satu Data',
  ),
  '14.1': lower('Rata-rata waktu layanan di Mal Pelayanan Publik digital', 'menit', 90, 30, 'Aplikasi MPP Digital'),
  '14.2': higher('Kabupaten/kota yang menyelenggarakan MPP', 'daerah', 188, 300, 'KemenPAN-RB'),
  '15.1': lower('Aduan gratifikasi yang belum ditindaklanjuti', 'jumlah aduan', 420, 150, 'GOL KPK'),
  '15.2': higher('BUMN yang tersertifikasi SNI ISO 37001', 'BUMN', 20, 60, 'Kementerian BUMN'),
};

const BY_PERIOD: Record<string, Indicators> = { '2025-2026': INDICATORS_2025_2026, '2023-2024': INDICATORS_2023_2024 };

/** The impact indicator of an output of a demo period, or null when the period has none. */
export function demoImpactIndicator(period: string, outputCode: string): ImpactIndicator | null {
  return BY_PERIOD[period]?.[outputCode] ?? null;
}

/**
 * A demo report's impact value: the way from baseline to target the report went, scaled by its
 * score (or self-assessed progress) and a per-report draw `draw` in [0, 1), so verified reports
 * reach, miss and overshoot their targets. Whole numbers stay whole.
 */
export function demoImpactValue(indicator: ImpactIndicator, achieved: number, draw: number): number {
  const target = indicator.target ?? indicator.baseline;
  const share = (achieved / 100) * (0.55 + 0.75 * draw);
  const value = indicator.baseline + share * (target - indicator.baseline);
  const whole =
    Number.isInteger(indicator.baseline) && Number.isInteger(target) && Math.abs(target - indicator.baseline) >= 5;
  const rounded = whole ? Math.round(value) : Math.round(value * 10) / 10;
  // Units that cannot go below zero (days, counts, percent) stay at or above zero.
  return Math.max(0, rounded);
}
