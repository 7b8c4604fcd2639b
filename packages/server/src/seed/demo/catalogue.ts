import type { AssignmentRule } from '@pantau/core';

/** Success measure and evidence checklist of an output's quarterly targets (impact indicators: impact-indicators.ts). */
export interface DemoTargetSpec {
  quarter: number;
  successMeasure: string;
  evidence: string[];
  weight: number;
}

/** Output (keluaran) of an action, with its quarterly targets and who is assigned to report on it. */
export interface DemoOutput {
  code: string;
  name: string;
  targets: DemoTargetSpec[];
  assign: AssignmentRule;
}

/** Action (aksi) of a focus area; codes are numbered continuously across the period. */
export interface DemoAksi {
  code: string;
  name: string;
  outputs: DemoOutput[];
}

/** Focus area (fokus) of Stranas PK. */
export interface DemoFokus {
  code: string;
  name: string;
  aksi: DemoAksi[];
}

/** Full action catalogue of one two-year Stranas PK period; quarters run 1..8 across both years. */
export interface DemoPeriodCatalogue {
  period: string;
  fokus: DemoFokus[];
}

/** Demo catalogue of Aksi Pencegahan Korupsi 2025-2026: 3 fokus, 15 aksi, 40 outputs. */
export const CATALOGUE_2025_2026: DemoPeriodCatalogue = {
  period: '2025-2026',
  fokus: [
    {
      code: '1',
      name: 'Perizinan dan Tata Niaga',
      aksi: [
        {
          code: '1',
          name: 'Percepatan dan integrasi perizinan berusaha berbasis risiko melalui Sistem OSS',
          outputs: [
            {
              code: '1.1',
              name: 'Integrasi sistem perizinan sektoral kementerian/lembaga dengan Sistem OSS berbasis risiko',
              targets: [
                {
                  quarter: 2,
                  successMeasure:
                    'Tersusunnya peta proses bisnis layanan perizinan sektoral yang belum terintegrasi dengan OSS',
                  evidence: [
                    'Dokumen peta proses bisnis perizinan sektoral',
                    'Notulen rapat koordinasi dengan Kementerian Investasi dan Hilirisasi/BKPM',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terintegrasinya 50% layanan perizinan sektoral dengan Sistem OSS berbasis risiko',
                  evidence: [
                    'Berita acara integrasi sistem',
                    'Tangkapan layar dasbor integrasi Sistem OSS',
                    'Laporan hasil uji coba layanan terintegrasi',
                  ],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terintegrasinya 80% layanan perizinan sektoral dengan Sistem OSS berbasis risiko',
                  evidence: ['Berita acara integrasi sistem', 'Tangkapan layar dasbor integrasi Sistem OSS'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Terintegrasinya 90% layanan perizinan sektoral dengan Sistem OSS berbasis risiko',
                  evidence: [
                    'Berita acara integrasi sistem',
                    'Tangkapan layar dasbor integrasi Sistem OSS',
                    'Laporan uji coba pemantauan tingkat layanan (SLA) perizinan',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Terintegrasinya 100% layanan perizinan sektoral dengan tenggat waktu layanan yang terpantau',
                  evidence: [
                    'Berita acara integrasi sistem',
                    'Laporan pemantauan tingkat layanan (SLA) perizinan',
                    'Tangkapan layar dasbor kinerja perizinan',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['INVESTASI', 'KLH', 'KEMENHUT', 'ATRBPN', 'KEMENPU'] },
            },
            {
              code: '1.2',
              name: 'Penerapan standar pelayanan Persetujuan Bangunan Gedung dan KKPR yang terintegrasi dengan OSS',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rencana aksi penerapan standar pelayanan PBG dan KKPR',
                  evidence: [
                    'SK Kepala Daerah tentang tim pelaksana percepatan layanan PBG dan KKPR',
                    'Dokumen rencana aksi penerapan standar pelayanan PBG dan KKPR',
                    'Laporan inventarisasi kesiapan SIMBG dan sumber daya manusia DPMPTSP',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure:
                    'Ditetapkannya standar pelayanan PBG dan KKPR sesuai norma, standar, prosedur, dan kriteria',
                  evidence: [
                    'Keputusan Kepala Daerah tentang standar pelayanan PBG dan KKPR',
                    'Tangkapan layar publikasi standar pelayanan pada laman DPMPTSP',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Diterbitkannya 60% PBG melalui SIMBG dalam tenggat waktu yang ditetapkan',
                  evidence: ['Rekapitulasi permohonan dan penerbitan PBG dari SIMBG', 'Tangkapan layar dasbor SIMBG'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Diterbitkannya 90% PBG melalui SIMBG tepat waktu dan tersedianya kanal pengaduan layanan',
                  evidence: [
                    'Rekapitulasi permohonan dan penerbitan PBG dari SIMBG',
                    'Laporan pengelolaan pengaduan layanan perizinan',
                    'Tangkapan layar kanal pengaduan layanan perizinan',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_kabupaten_kota' },
            },
            {
              code: '1.3',
              name: 'Penguatan pengawasan perizinan berusaha berbasis risiko oleh pemerintah provinsi',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya tim pengawasan perizinan berusaha lintas perangkat daerah',
                  evidence: [
                    'SK Gubernur tentang Tim Pengawasan Perizinan Berusaha',
                    'Rencana kerja pengawasan tahun 2025',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terlaksananya pengawasan rutin terhadap 30% pelaku usaha berisiko tinggi',
                  evidence: [
                    'Laporan hasil pengawasan perizinan berusaha',
                    'Rekapitulasi pengawasan pada modul pengawasan Sistem OSS',
                  ],
                  weight: 2,
                },
                {
                  quarter: 5,
                  successMeasure: 'Terlaksananya pengawasan rutin terhadap 45% pelaku usaha berisiko tinggi',
                  evidence: [
                    'Rencana kerja pengawasan tahun 2026',
                    'Laporan hasil pengawasan perizinan berusaha',
                    'Rekapitulasi pengawasan pada modul pengawasan Sistem OSS',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Terlaksananya pengawasan terhadap 75% pelaku usaha berisiko tinggi beserta tindak lanjutnya',
                  evidence: [
                    'Laporan hasil pengawasan perizinan berusaha',
                    'Salinan surat pengenaan sanksi administratif',
                    'Rekapitulasi pengawasan pada modul pengawasan Sistem OSS',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
          ],
        },
        {
          code: '2',
          name: 'Penerapan neraca komoditas dalam tata niaga impor dan ekspor komoditas strategis',
          outputs: [
            {
              code: '2.1',
              name: 'Perluasan neraca komoditas sebagai dasar penerbitan persetujuan impor dan ekspor',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya daftar komoditas tambahan yang diatur melalui neraca komoditas',
                  evidence: [
                    'Risalah rapat koordinasi terbatas penetapan komoditas',
                    'Surat Menteri Koordinator Bidang Perekonomian tentang penetapan komoditas',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure:
                    'Ditetapkannya neraca komoditas untuk 10 komoditas strategis pada Sistem Nasional Neraca Komoditas',
                  evidence: [
                    'Keputusan penetapan neraca komoditas',
                    'Tangkapan layar Sistem Nasional Neraca Komoditas',
                  ],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Diterbitkannya 70% persetujuan impor komoditas strategis berbasis neraca komoditas',
                  evidence: [
                    'Rekapitulasi persetujuan impor yang diterbitkan',
                    'Laporan rekonsiliasi realisasi impor terhadap neraca komoditas',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Diterbitkannya 100% persetujuan impor dan ekspor komoditas strategis berbasis neraca komoditas',
                  evidence: [
                    'Rekapitulasi persetujuan impor dan ekspor yang diterbitkan',
                    'Laporan evaluasi pelaksanaan neraca komoditas',
                    'Tangkapan layar dasbor realisasi neraca komoditas',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENKOEKON', 'KEMENDAG', 'KEMENPERIN', 'KEMENTAN', 'BAPANAS'] },
            },
            {
              code: '2.2',
              name: 'Integrasi data stok dan distribusi pangan pokok daerah ke sistem informasi pangan nasional',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya petugas pengelola data pangan daerah dan jadwal pemutakhiran data',
                  evidence: [
                    'SK Kepala Dinas tentang petugas pengelola data pangan',
                    'Jadwal pemutakhiran data stok dan harga pangan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure:
                    'Termutakhirkannya data stok dan harga pangan pokok secara mingguan di 50% kabupaten/kota',
                  evidence: [
                    'Tangkapan layar dasbor Panel Harga Pangan',
                    'Rekapitulasi pemutakhiran data per kabupaten/kota',
                  ],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Termutakhirkannya data stok dan harga pangan pokok secara mingguan di 75% kabupaten/kota',
                  evidence: [
                    'Tangkapan layar dasbor Panel Harga Pangan',
                    'Rekapitulasi pemutakhiran data per kabupaten/kota',
                    'Notulen rapat evaluasi kualitas data pangan daerah',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Digunakannya data stok dan harga pangan seluruh kabupaten/kota dalam pengendalian inflasi',
                  evidence: [
                    'Tangkapan layar dasbor Panel Harga Pangan',
                    'Notulen rapat Tim Pengendalian Inflasi Daerah',
                    'Laporan pemanfaatan data pangan dalam intervensi pasar',
                  ],
                  weight: 2,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
            {
              code: '2.3',
              name: 'Integrasi perizinan larangan dan pembatasan ekspor-impor melalui Sistem INSW',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rencana aksi integrasi layanan larangan dan pembatasan',
                  evidence: [
                    'Keputusan pembentukan tim pelaksana integrasi perizinan larangan dan pembatasan',
                    'Dokumen rencana aksi integrasi layanan dengan SINSW',
                    'Notulen rapat koordinasi awal dengan Lembaga National Single Window',
                  ],
                  weight: 1,
                },
                {
                  quarter: 2,
                  successMeasure:
                    'Teridentifikasinya layanan perizinan larangan dan pembatasan yang belum terintegrasi dengan SINSW',
                  evidence: [
                    'Daftar inventarisasi layanan perizinan larangan dan pembatasan',
                    'Notulen rapat koordinasi dengan Lembaga National Single Window',
                  ],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Terintegrasinya 60% layanan perizinan larangan dan pembatasan dengan SINSW',
                  evidence: ['Berita acara integrasi layanan dengan SINSW', 'Tangkapan layar portal INSW'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya 100% layanan perizinan larangan dan pembatasan dengan SINSW',
                  evidence: [
                    'Berita acara integrasi layanan dengan SINSW',
                    'Laporan evaluasi waktu layanan perizinan ekspor-impor',
                    'Tangkapan layar portal INSW',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENKEU', 'KEMENDAG', 'KEMENTAN', 'KKP', 'BPOM'] },
            },
          ],
        },
        {
          code: '3',
          name: 'Penguatan tata kelola komoditas mineral dan batubara melalui SIMBARA',
          outputs: [
            {
              code: '3.1',
              name: 'Perluasan SIMBARA untuk komoditas nikel, timah, bauksit, dan tembaga',
              targets: [
                {
                  quarter: 2,
                  successMeasure:
                    'Tersusunnya proses bisnis dan kebutuhan data SIMBARA untuk komoditas nikel dan timah',
                  evidence: [
                    'Dokumen proses bisnis SIMBARA komoditas mineral',
                    'Notulen rapat koordinasi antarkementerian',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Beroperasinya SIMBARA untuk komoditas nikel dan timah',
                  evidence: ['Berita acara peluncuran modul SIMBARA mineral', 'Tangkapan layar dasbor SIMBARA'],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Beroperasinya SIMBARA untuk komoditas bauksit dan tembaga',
                  evidence: ['Berita acara peluncuran modul SIMBARA mineral', 'Tangkapan layar dasbor SIMBARA'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tercatatnya 95% transaksi penjualan mineral prioritas dalam SIMBARA',
                  evidence: [
                    'Laporan rekonsiliasi data penjualan dan pembayaran PNBP',
                    'Tangkapan layar dasbor SIMBARA',
                    'Laporan evaluasi implementasi SIMBARA',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['ESDM', 'KEMENKEU', 'KEMENKOEKON'] },
            },
            {
              code: '3.2',
              name: 'Integrasi data perizinan dan produksi MBLB dalam pemungutan pajak MBLB dan opsennya',
              targets: [
                {
                  quarter: 2,
                  successMeasure:
                    'Tersedianya basis data pemegang izin MBLB yang dipadankan dengan data wajib pajak daerah',
                  evidence: [
                    'Daftar pemegang izin MBLB yang telah dipadankan',
                    'Berita acara pemadanan data dengan Bapenda',
                  ],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Terlaksananya rekonsiliasi data produksi MBLB dengan seluruh kabupaten/kota',
                  evidence: ['Berita acara rekonsiliasi data produksi MBLB', 'Laporan hasil rekonsiliasi'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Diterapkannya pemungutan pajak MBLB berbasis data produksi terverifikasi',
                  evidence: [
                    'Peraturan Gubernur tentang tata cara pemungutan opsen pajak MBLB',
                    'Laporan realisasi pajak MBLB dan opsen',
                    'Tangkapan layar sistem informasi pajak daerah',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
            {
              code: '3.3',
              name: 'Penertiban izin usaha pertambangan dan pemulihan kewajiban pemegang izin di daerah penghasil',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersusunnya daftar izin usaha pertambangan yang tidak aktif atau bermasalah',
                  evidence: ['Daftar izin usaha pertambangan bermasalah', 'Laporan hasil verifikasi lapangan'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terlaksananya klarifikasi dan rekomendasi penertiban terhadap 50% izin bermasalah',
                  evidence: [
                    'Berita acara klarifikasi pemegang izin',
                    'Surat rekomendasi penertiban izin kepada Kementerian ESDM',
                  ],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Terlaksananya klarifikasi dan rekomendasi penertiban terhadap 75% izin bermasalah',
                  evidence: [
                    'Berita acara klarifikasi pemegang izin',
                    'Surat rekomendasi penertiban izin kepada Kementerian ESDM',
                    'Rekapitulasi tagihan kewajiban PNBP pemegang izin',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Ditindaklanjutinya seluruh rekomendasi penertiban izin dan pemulihan kewajiban PNBP',
                  evidence: [
                    'Laporan tindak lanjut rekomendasi penertiban izin',
                    'Rekapitulasi pembayaran tunggakan PNBP',
                    'Salinan keputusan pencabutan izin',
                  ],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '64',
                  '63',
                  '74',
                  '72',
                  '82',
                  '64.01',
                  '64.02',
                  '64.03',
                  '64.09',
                  '64.11',
                  '64.71',
                  '64.72',
                  '64.74',
                  '63.01',
                  '63.02',
                  '63.03',
                  '63.04',
                  '63.05',
                  '63.06',
                  '63.07',
                  '63.08',
                  '63.09',
                  '63.10',
                  '63.11',
                  '63.71',
                  '63.72',
                ],
              },
            },
          ],
        },
        {
          code: '4',
          name: 'Digitalisasi layanan kepelabuhanan dan ekosistem logistik nasional',
          outputs: [
            {
              code: '4.1',
              name: 'Perluasan penerapan Inaportnet pada pelabuhan yang diusahakan dan tidak diusahakan',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya daftar pelabuhan sasaran perluasan Inaportnet',
                  evidence: [
                    'Keputusan Direktur Jenderal Perhubungan Laut tentang pelabuhan sasaran',
                    'Peta jalan perluasan Inaportnet',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Diterapkannya Inaportnet di 300 pelabuhan',
                  evidence: ['Berita acara penerapan Inaportnet', 'Tangkapan layar dasbor Inaportnet'],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Diterapkannya Inaportnet di 400 pelabuhan',
                  evidence: ['Berita acara penerapan Inaportnet', 'Tangkapan layar dasbor Inaportnet'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Diterapkannya Inaportnet di 500 pelabuhan dengan layanan tanpa tatap muka',
                  evidence: [
                    'Berita acara penerapan Inaportnet',
                    'Laporan evaluasi layanan kapal dan barang',
                    'Tangkapan layar dasbor Inaportnet',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENHUB'] },
            },
            {
              code: '4.2',
              name: 'Integrasi layanan jasa kepelabuhanan dengan National Logistic Ecosystem (NLE)',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersusunnya peta layanan jasa kepelabuhanan yang akan diintegrasikan dengan NLE',
                  evidence: ['Dokumen peta layanan jasa kepelabuhanan', 'Notulen rapat koordinasi Satgas NLE'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terintegrasinya layanan pemanduan dan penundaan di 20 pelabuhan utama dengan NLE',
                  evidence: ['Berita acara integrasi sistem', 'Tangkapan layar portal NLE'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya layanan jasa kepelabuhanan di seluruh pelabuhan utama dengan NLE',
                  evidence: [
                    'Berita acara integrasi sistem',
                    'Laporan pengukuran waktu sandar dan bongkar muat',
                    'Tangkapan layar portal NLE',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENHUB', 'KEMENKEU', 'BUMN'] },
            },
            {
              code: '4.3',
              name: 'Digitalisasi layanan pelabuhan perikanan dan penarikan PNBP pascaproduksi',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rencana aksi digitalisasi layanan pelabuhan perikanan',
                  evidence: [
                    'Keputusan Direktur Jenderal Perikanan Tangkap tentang tim pelaksana digitalisasi',
                    'Dokumen rencana aksi digitalisasi layanan pelabuhan perikanan',
                    'Laporan inventarisasi kesiapan infrastruktur pelabuhan perikanan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 2,
                  successMeasure:
                    'Ditetapkannya pelabuhan perikanan sasaran penerapan log book penangkapan ikan elektronik',
                  evidence: [
                    'Keputusan Direktur Jenderal Perikanan Tangkap tentang pelabuhan sasaran',
                    'Rencana kerja digitalisasi pelabuhan perikanan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure:
                    'Diterapkannya log book penangkapan ikan elektronik di 50% pelabuhan perikanan sasaran',
                  evidence: ['Rekapitulasi penggunaan log book elektronik', 'Tangkapan layar aplikasi e-PIT'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Diterapkannya layanan pelabuhan perikanan digital di seluruh pelabuhan sasaran',
                  evidence: [
                    'Rekapitulasi penggunaan log book elektronik',
                    'Laporan rekonsiliasi hasil tangkapan dan PNBP',
                    'Tangkapan layar aplikasi e-PIT',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KKP'] },
            },
          ],
        },
        {
          code: '5',
          name: 'Pemanfaatan data pemilik manfaat dalam perizinan, pengadaan, dan penegakan hukum',
          outputs: [
            {
              code: '5.1',
              name: 'Pemutakhiran dan verifikasi data pemilik manfaat korporasi',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya mekanisme verifikasi data pemilik manfaat berbasis risiko',
                  evidence: [
                    'Pedoman verifikasi data pemilik manfaat',
                    'Notulen rapat koordinasi Kementerian Hukum dan PPATK',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terverifikasinya data pemilik manfaat pada 30% korporasi berisiko tinggi',
                  evidence: [
                    'Laporan hasil verifikasi data pemilik manfaat',
                    'Tangkapan layar aplikasi pelaporan pemilik manfaat',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terverifikasinya data pemilik manfaat pada 70% korporasi berisiko tinggi',
                  evidence: [
                    'Laporan hasil verifikasi data pemilik manfaat',
                    'Rekapitulasi korporasi yang memutakhirkan data',
                    'Tangkapan layar aplikasi pelaporan pemilik manfaat',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENKUM', 'PPATK'] },
            },
            {
              code: '5.2',
              name: 'Integrasi data pemilik manfaat dengan sistem perizinan dan pengadaan',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Ditandatanganinya perjanjian kerja sama pemanfaatan data pemilik manfaat',
                  evidence: [
                    'Perjanjian kerja sama pemanfaatan data pemilik manfaat',
                    'Dokumen spesifikasi layanan pertukaran data',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terhubungnya layanan data pemilik manfaat dengan Sistem OSS dan SPSE',
                  evidence: [
                    'Berita acara uji coba integrasi layanan data',
                    'Tangkapan layar hasil pemanggilan layanan data',
                  ],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Terlaksananya uji coba pemanfaatan data pemilik manfaat pada 75% permohonan izin sumber daya alam',
                  evidence: [
                    'Laporan hasil uji coba pemanfaatan data pemilik manfaat',
                    'Rekapitulasi permohonan izin yang telah diperiksa data pemilik manfaatnya',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dimanfaatkannya data pemilik manfaat dalam penerbitan izin sektor sumber daya alam',
                  evidence: ['Laporan pemanfaatan data pemilik manfaat', 'Contoh dokumen penilaian permohonan izin'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['INVESTASI', 'LKPP', 'ESDM', 'KEMENHUT', 'ATRBPN'] },
            },
            {
              code: '5.3',
              name: 'Pemanfaatan data pemilik manfaat dalam verifikasi penyedia dan perizinan daerah',
              targets: [
                {
                  quarter: 4,
                  successMeasure: 'Tersusunnya prosedur verifikasi pemilik manfaat bagi penyedia dan pemohon izin',
                  evidence: [
                    'Surat Edaran Gubernur tentang verifikasi pemilik manfaat',
                    'Prosedur operasional standar verifikasi',
                  ],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure:
                    'Terlaksananya uji coba verifikasi pemilik manfaat pada tender bernilai di atas Rp10 miliar',
                  evidence: [
                    'Laporan hasil uji coba verifikasi pemilik manfaat',
                    'Daftar paket tender yang diuji coba verifikasi',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure:
                    'Diterapkannya verifikasi pemilik manfaat pada seluruh tender bernilai di atas Rp10 miliar',
                  evidence: [
                    'Rekapitulasi tender yang telah diverifikasi',
                    'Berita acara evaluasi kualifikasi penyedia',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Terlaporkannya hasil verifikasi pemilik manfaat penyedia dan pemohon izin secara berkala',
                  evidence: [
                    'Laporan hasil verifikasi pemilik manfaat',
                    'Surat penyampaian laporan kepada Kementerian Hukum',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: 'Keuangan Negara',
      aksi: [
        {
          code: '6',
          name: 'Perbaikan tata kelola pengadaan barang/jasa melalui katalog elektronik',
          outputs: [
            {
              code: '6.1',
              name: 'Penyempurnaan Katalog Elektronik versi 6 dan integrasinya dengan SPSE dan SAKTI',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pengembang dan teridentifikasinya kebutuhan pengguna Katalog Elektronik versi 6',
                  evidence: [
                    'Keputusan Kepala LKPP tentang tim pengembangan Katalog Elektronik',
                    'Laporan hasil survei kebutuhan pengguna Katalog Elektronik',
                    'Dokumen rencana aksi pengembangan Katalog Elektronik versi 6',
                  ],
                  weight: 1,
                },
                {
                  quarter: 2,
                  successMeasure:
                    'Tersusunnya rancangan fitur perbandingan harga dan riwayat transaksi Katalog Elektronik',
                  evidence: [
                    'Dokumen rancangan fitur Katalog Elektronik',
                    'Notulen rapat pembahasan kebutuhan pengguna',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Beroperasinya Katalog Elektronik versi 6 dengan fitur perbandingan harga',
                  evidence: ['Berita acara serah terima aplikasi', 'Tangkapan layar fitur perbandingan harga'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya Katalog Elektronik dengan SPSE dan SAKTI untuk pembayaran',
                  evidence: [
                    'Berita acara integrasi sistem',
                    'Tangkapan layar transaksi terintegrasi',
                    'Laporan evaluasi pemanfaatan Katalog Elektronik',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['LKPP', 'KEMENKEU'] },
            },
            {
              code: '6.2',
              name: 'Peningkatan pemanfaatan katalog elektronik dan toko daring oleh pemerintah daerah',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya rencana peningkatan belanja melalui katalog elektronik daerah',
                  evidence: [
                    'Keputusan Kepala Daerah tentang rencana aksi pengadaan',
                    'Rencana Umum Pengadaan yang diumumkan pada SiRUP',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Tercapainya 40% nilai belanja pengadaan melalui katalog elektronik dan toko daring',
                  evidence: ['Rekapitulasi transaksi katalog elektronik', 'Tangkapan layar dasbor pengadaan daerah'],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Tercapainya 50% nilai belanja pengadaan melalui katalog elektronik dan toko daring',
                  evidence: ['Rekapitulasi transaksi katalog elektronik', 'Tangkapan layar dasbor pengadaan daerah'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Tercapainya 55% nilai belanja pengadaan melalui katalog elektronik dan toko daring',
                  evidence: [
                    'Rekapitulasi transaksi katalog elektronik',
                    'Tangkapan layar dasbor pengadaan daerah',
                    'Daftar produk UMK lokal yang telah dikurasi',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Tercapainya 60% nilai belanja pengadaan melalui katalog elektronik dengan partisipasi UMK lokal',
                  evidence: [
                    'Rekapitulasi transaksi katalog elektronik',
                    'Daftar produk UMK lokal yang tayang',
                    'Laporan evaluasi pengadaan tahun 2026',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_pemda' },
            },
            {
              code: '6.3',
              name: 'Penerapan pemantauan risiko pengadaan barang/jasa oleh APIP daerah',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersusunnya peta risiko pengadaan barang/jasa daerah',
                  evidence: ['Dokumen peta risiko pengadaan', 'Surat Tugas Inspektorat Daerah'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terlaksananya probity audit terhadap paket pengadaan berisiko tinggi',
                  evidence: ['Laporan hasil probity audit', 'Daftar paket pengadaan berisiko tinggi'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Ditindaklanjutinya 80% rekomendasi hasil pemantauan pengadaan',
                  evidence: ['Laporan pemantauan tindak lanjut rekomendasi', 'Berita acara pembahasan tindak lanjut'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
          ],
        },
        {
          code: '7',
          name: 'Optimalisasi penerimaan daerah melalui digitalisasi dan integrasi data perpajakan',
          outputs: [
            {
              code: '7.1',
              name: 'Integrasi data pajak kendaraan bermotor dan opsennya dengan Samsat daring nasional',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Terlaksananya pemadanan data kendaraan bermotor dengan data kependudukan',
                  evidence: ['Berita acara pemadanan data dengan Dukcapil', 'Rekapitulasi hasil pemadanan data'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terintegrasinya sistem Samsat provinsi dengan Samsat daring nasional',
                  evidence: ['Berita acara integrasi sistem Samsat', 'Tangkapan layar dasbor Samsat daring nasional'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Terlaksananya uji coba penyaluran opsen PKB dan BBNKB secara otomatis pada 75% kabupaten/kota',
                  evidence: [
                    'Berita acara uji coba sistem bagi hasil otomatis',
                    'Rekapitulasi hasil uji coba penyaluran opsen per kabupaten/kota',
                    'Perjanjian kerja sama dengan bank persepsi',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tersalurkannya opsen PKB dan BBNKB kepada kabupaten/kota secara otomatis',
                  evidence: [
                    'Laporan realisasi penyaluran opsen',
                    'Rekening koran kas daerah penerima opsen',
                    'Tangkapan layar sistem bagi hasil otomatis',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
            {
              code: '7.2',
              name: 'Digitalisasi pemungutan pajak daerah (PBB-P2 dan PBJT)',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya daftar wajib pajak PBJT sasaran pemasangan alat perekam transaksi',
                  evidence: ['Keputusan Kepala Bapenda tentang wajib pajak sasaran', 'Daftar wajib pajak PBJT sasaran'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terpasangnya alat perekam transaksi pada 50% wajib pajak PBJT sasaran',
                  evidence: [
                    'Berita acara pemasangan alat perekam transaksi',
                    'Tangkapan layar dasbor pemantauan transaksi',
                  ],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Tersedianya layanan pembayaran PBB-P2 dan PBJT secara nontunai',
                  evidence: ['Perjanjian kerja sama dengan bank persepsi', 'Tangkapan layar kanal pembayaran nontunai'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terpasangnya alat perekam transaksi pada 90% wajib pajak PBJT sasaran',
                  evidence: [
                    'Berita acara pemasangan alat perekam transaksi',
                    'Laporan realisasi penerimaan PBJT',
                    'Tangkapan layar dasbor pemantauan transaksi',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_kabupaten_kota' },
            },
            {
              code: '7.3',
              name: 'Pertukaran dan pemanfaatan data perpajakan antara pemerintah pusat dan daerah',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rancangan perjanjian kerja sama optimalisasi pajak',
                  evidence: [
                    'Keputusan Kepala Daerah tentang tim optimalisasi pemungutan pajak',
                    'Rancangan perjanjian kerja sama dengan Direktorat Jenderal Pajak',
                    'Notulen rapat pembahasan rancangan perjanjian kerja sama',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure:
                    'Ditandatanganinya perjanjian kerja sama optimalisasi pemungutan pajak pusat dan daerah',
                  evidence: [
                    'Perjanjian kerja sama dengan Direktorat Jenderal Pajak',
                    'Dokumen rencana aksi optimalisasi pajak',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terlaksananya pertukaran data perpajakan secara berkala',
                  evidence: ['Berita acara pertukaran data perpajakan', 'Laporan hasil analisis data'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Ditindaklanjutinya hasil analisis data dengan pengawasan wajib pajak bersama',
                  evidence: ['Laporan pengawasan bersama wajib pajak', 'Rekapitulasi tambahan penerimaan pajak daerah'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '32',
                  '35',
                  '36',
                  '51',
                  '34',
                  '32.71',
                  '32.72',
                  '32.73',
                  '32.74',
                  '32.75',
                  '32.76',
                  '32.77',
                  '32.78',
                  '32.79',
                  '35.71',
                  '35.72',
                  '35.73',
                  '35.74',
                  '35.75',
                  '35.76',
                  '35.77',
                  '35.78',
                  '35.79',
                  '36.01',
                  '36.02',
                  '36.03',
                  '36.04',
                  '36.71',
                  '36.72',
                  '36.73',
                  '36.74',
                  '51.01',
                  '51.02',
                  '51.03',
                  '51.04',
                  '51.05',
                  '51.06',
                  '51.07',
                  '51.08',
                  '51.71',
                  '34.01',
                  '34.02',
                  '34.03',
                  '34.04',
                  '34.71',
                ],
              },
            },
          ],
        },
        {
          code: '8',
          name: 'Optimalisasi penerimaan negara bukan pajak sektor kehutanan dan kelautan',
          outputs: [
            {
              code: '8.1',
              name: 'Integrasi penatausahaan hasil hutan (SIPUHH) dengan sistem pembayaran PNBP',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya rancangan integrasi SIPUHH dengan SIMPONI',
                  evidence: [
                    'Dokumen rancangan integrasi sistem',
                    'Notulen rapat teknis Kementerian Kehutanan dan Kementerian Keuangan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Terintegrasinya SIPUHH dengan SIMPONI untuk pembayaran PSDH dan DR',
                  evidence: ['Berita acara integrasi sistem', 'Tangkapan layar transaksi pembayaran terintegrasi'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terlaksananya rekonsiliasi produksi kayu dan PNBP secara otomatis',
                  evidence: ['Laporan rekonsiliasi produksi dan PNBP', 'Tangkapan layar dasbor rekonsiliasi'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENHUT', 'KEMENKEU'] },
            },
            {
              code: '8.2',
              name: 'Penerapan PNBP pascaproduksi subsektor perikanan tangkap',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Tersusunnya rancangan harga patokan ikan dan rencana aksi penerapan PNBP pascaproduksi',
                  evidence: [
                    'Rancangan Keputusan Menteri Kelautan dan Perikanan tentang harga patokan ikan',
                    'Notulen konsultasi publik dengan asosiasi nelayan dan pelaku usaha perikanan',
                    'Dokumen rencana aksi penerapan PNBP pascaproduksi',
                  ],
                  weight: 1,
                },
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya harga patokan ikan dan tata cara penarikan PNBP pascaproduksi',
                  evidence: [
                    'Keputusan Menteri Kelautan dan Perikanan tentang harga patokan ikan',
                    'Petunjuk teknis penarikan PNBP pascaproduksi',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Diterapkannya PNBP pascaproduksi di 50% pelabuhan perikanan sasaran',
                  evidence: ['Rekapitulasi penerimaan PNBP per pelabuhan', 'Tangkapan layar aplikasi e-PIT'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Diterapkannya PNBP pascaproduksi di seluruh pelabuhan perikanan sasaran',
                  evidence: [
                    'Rekapitulasi penerimaan PNBP per pelabuhan',
                    'Laporan evaluasi penerapan PNBP pascaproduksi',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KKP', 'KEMENKEU'] },
            },
          ],
        },
        {
          code: '9',
          name: 'Integrasi perencanaan, penganggaran, dan pelaporan keuangan pemerintah',
          outputs: [
            {
              code: '9.1',
              name: 'Penggunaan SIPD RI secara penuh dari perencanaan hingga pertanggungjawaban',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya RKPD dan KUA-PPAS tahun 2026 melalui SIPD RI',
                  evidence: ['Dokumen RKPD yang diunduh dari SIPD RI', 'Tangkapan layar modul perencanaan SIPD RI'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Tersusunnya APBD tahun 2026 dan penatausahaan keuangan melalui SIPD RI',
                  evidence: ['Peraturan Daerah tentang APBD', 'Tangkapan layar modul penatausahaan SIPD RI'],
                  weight: 2,
                },
                {
                  quarter: 5,
                  successMeasure:
                    'Terlaksananya penatausahaan dan pencatatan realisasi APBD tahun 2026 melalui SIPD RI',
                  evidence: [
                    'Laporan realisasi anggaran triwulan I dari SIPD RI',
                    'Rekapitulasi SP2D yang diterbitkan melalui SIPD RI',
                    'Tangkapan layar modul penatausahaan SIPD RI',
                  ],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tersusunnya laporan pertanggungjawaban keuangan daerah melalui SIPD RI',
                  evidence: [
                    'Laporan keuangan pemerintah daerah dari SIPD RI',
                    'Tangkapan layar modul akuntansi dan pelaporan SIPD RI',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_pemda' },
            },
            {
              code: '9.2',
              name: 'Sinkronisasi perencanaan dan penganggaran pusat-daerah melalui KRISNA, SAKTI, dan SIPD RI',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Disepakatinya referensi kode program, kegiatan, dan keluaran lintas sistem',
                  evidence: ['Berita acara kesepakatan referensi kode', 'Notulen rapat tiga kementerian'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terhubungnya KRISNA, SAKTI, dan SIPD RI melalui layanan pertukaran data',
                  evidence: ['Berita acara uji coba interoperabilitas', 'Tangkapan layar layanan pertukaran data'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dimanfaatkannya data terintegrasi dalam penandaan belanja prioritas nasional',
                  evidence: ['Laporan penandaan belanja prioritas', 'Tangkapan layar dasbor belanja prioritas'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BAPPENAS', 'KEMENKEU', 'KEMENDAGRI'] },
            },
            {
              code: '9.3',
              name: 'Penguatan pengelolaan keuangan desa melalui Siskeudes dan pengawasan dana desa',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Digunakannya Siskeudes daring oleh 70% desa',
                  evidence: ['Rekapitulasi desa pengguna Siskeudes daring', 'Tangkapan layar dasbor Siskeudes'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terlaksananya pengawasan dana desa berbasis risiko oleh Inspektorat',
                  evidence: ['Laporan hasil pengawasan dana desa', 'Peta risiko pengelolaan keuangan desa'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Digunakannya Siskeudes daring oleh 90% desa dan dipublikasikannya APBDes pada 75% desa',
                  evidence: [
                    'Rekapitulasi desa pengguna Siskeudes daring',
                    'Rekapitulasi desa yang mempublikasikan APBDes',
                    'Tangkapan layar publikasi APBDes',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Digunakannya Siskeudes daring oleh 100% desa dan dipublikasikannya APBDes',
                  evidence: [
                    'Rekapitulasi desa pengguna Siskeudes daring',
                    'Tangkapan layar publikasi APBDes',
                    'Laporan realisasi dana desa',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_kabupaten' },
            },
          ],
        },
        {
          code: '10',
          name: 'Penyaluran bantuan sosial dan subsidi tepat sasaran berbasis DTSEN',
          outputs: [
            {
              code: '10.1',
              name: 'Pemutakhiran Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) dan pemadanan NIK',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya tata kelola pemutakhiran DTSEN lintas kementerian/lembaga',
                  evidence: ['Peraturan Kepala BPS tentang tata kelola DTSEN', 'Notulen rapat koordinasi'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Termutakhirkannya DTSEN dan padannya 90% data dengan NIK',
                  evidence: ['Berita acara pemadanan data dengan Dukcapil', 'Laporan pemutakhiran DTSEN'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Digunakannya DTSEN sebagai satu-satunya acuan penetapan penerima bantuan sosial',
                  evidence: [
                    'Keputusan Menteri Sosial tentang penetapan penerima bantuan',
                    'Laporan evaluasi ketepatan sasaran',
                    'Tangkapan layar dasbor DTSEN',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BPS', 'KEMENSOS', 'KEMENDAGRI'] },
            },
            {
              code: '10.2',
              name: 'Verifikasi dan validasi penerima bantuan sosial oleh pemerintah daerah',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Tersusunnya rencana aksi dan daftar awal data penerima bantuan sosial yang perlu diverifikasi',
                  evidence: [
                    'Dokumen rencana aksi verifikasi dan validasi data penerima bantuan sosial',
                    'Daftar awal penerima bantuan sosial prioritas verifikasi dari DTSEN',
                    'Notulen rapat koordinasi Dinas Sosial dengan perangkat daerah terkait',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya tim verifikasi dan validasi data penerima bantuan sosial daerah',
                  evidence: [
                    'SK Kepala Daerah tentang tim verifikasi dan validasi',
                    'Rencana kerja verifikasi lapangan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terverifikasinya 50% data penerima bantuan sosial melalui kunjungan lapangan',
                  evidence: [
                    'Berita acara musyawarah desa/kelurahan',
                    'Rekapitulasi hasil verifikasi pada aplikasi SIKS-NG',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terverifikasinya 100% data penerima bantuan sosial dan diusulkannya perbaikan data',
                  evidence: [
                    'Rekapitulasi hasil verifikasi pada aplikasi SIKS-NG',
                    'Surat usulan perbaikan data kepada Kementerian Sosial',
                  ],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '11',
                  '33',
                  '34',
                  '52',
                  '73',
                  '11.01',
                  '11.02',
                  '11.03',
                  '11.04',
                  '11.05',
                  '11.06',
                  '11.07',
                  '11.08',
                  '11.09',
                  '11.10',
                  '11.71',
                  '11.72',
                  '11.73',
                  '11.74',
                  '11.75',
                  '34.01',
                  '34.02',
                  '34.03',
                  '34.04',
                  '34.71',
                  '73.01',
                  '73.02',
                  '73.03',
                  '73.04',
                  '73.05',
                  '73.06',
                  '73.07',
                  '73.08',
                  '73.09',
                  '73.10',
                  '73.11',
                  '73.12',
                  '73.13',
                  '73.14',
                  '73.15',
                  '73.16',
                  '73.17',
                  '73.18',
                  '73.71',
                  '73.72',
                  '73.73',
                ],
              },
            },
            {
              code: '10.3',
              name: 'Penyaluran subsidi energi tepat sasaran berbasis DTSEN',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya kriteria penerima subsidi LPG 3 kg dan listrik berbasis DTSEN',
                  evidence: ['Keputusan Menteri ESDM tentang kriteria penerima subsidi', 'Notulen rapat koordinasi'],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Tercatatnya 80% pembelian LPG 3 kg berbasis NIK',
                  evidence: ['Laporan transaksi LPG 3 kg berbasis NIK', 'Tangkapan layar dasbor Subsidi Tepat'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Terpadankannya 75% data penerima subsidi LPG 3 kg dan listrik dengan DTSEN',
                  evidence: [
                    'Laporan hasil pemadanan data penerima subsidi dengan DTSEN',
                    'Tangkapan layar dasbor Subsidi Tepat',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tersalurkannya subsidi LPG 3 kg dan listrik kepada penerima yang padan dengan DTSEN',
                  evidence: ['Laporan evaluasi penyaluran subsidi', 'Laporan penghematan anggaran subsidi'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['ESDM', 'BUMN', 'KEMENKEU'] },
            },
          ],
        },
      ],
    },
    {
      code: '3',
      name: 'Penegakan Hukum dan Reformasi Birokrasi',
      aksi: [
        {
          code: '11',
          name: 'Penguatan Sistem Penanganan Perkara Tindak Pidana Terpadu berbasis Teknologi Informasi',
          outputs: [
            {
              code: '11.1',
              name: 'Pertukaran data perkara pidana secara elektronik antar-aparat penegak hukum',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Disepakatinya standar data dan dokumen perkara yang dipertukarkan',
                  evidence: ['Berita acara kesepakatan standar data', 'Notulen rapat kelompok kerja SPPT-TI'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Dipertukarkannya 70% dokumen perkara pidana umum secara elektronik',
                  evidence: ['Laporan statistik pertukaran data', 'Tangkapan layar pusat data SPPT-TI'],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Dipertukarkannya 85% dokumen perkara pidana umum secara elektronik',
                  evidence: ['Laporan statistik pertukaran data', 'Tangkapan layar pusat data SPPT-TI'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Dipertukarkannya 90% dokumen perkara pidana umum dan terhubungnya data pemasyarakatan',
                  evidence: [
                    'Laporan statistik pertukaran data',
                    'Berita acara uji coba integrasi data pemasyarakatan',
                    'Tangkapan layar pusat data SPPT-TI',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Dipertukarkannya 95% dokumen perkara pidana secara elektronik termasuk data pemasyarakatan',
                  evidence: [
                    'Laporan statistik pertukaran data',
                    'Laporan evaluasi pelaksanaan SPPT-TI',
                    'Tangkapan layar pusat data SPPT-TI',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['POLRI', 'KEJAGUNG', 'MA', 'KEMENIMIPAS', 'KEMENKUM'] },
            },
            {
              code: '11.2',
              name: 'Pemanfaatan SPPT-TI oleh satuan kerja penegak hukum di wilayah percontohan',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Tersusunnya kriteria pemilihan wilayah percontohan dan rencana aksi pemanfaatan SPPT-TI',
                  evidence: [
                    'Dokumen kriteria pemilihan wilayah percontohan SPPT-TI',
                    'Dokumen rencana aksi pemanfaatan SPPT-TI',
                    'Notulen rapat kelompok kerja SPPT-TI',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya satuan kerja percontohan dan forum koordinasi daerah',
                  evidence: [
                    'Keputusan bersama forum koordinasi penegak hukum daerah',
                    'Daftar satuan kerja percontohan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Digunakannya SPPT-TI oleh seluruh satuan kerja percontohan',
                  evidence: ['Laporan penggunaan SPPT-TI per satuan kerja', 'Tangkapan layar aplikasi SPPT-TI'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terselesaikannya kendala interoperabilitas dan terdokumentasikannya praktik baik',
                  evidence: ['Laporan evaluasi wilayah percontohan', 'Dokumen praktik baik pelaksanaan SPPT-TI'],
                  weight: 2,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '31',
                  '12',
                  '32',
                  '35',
                  '51',
                  '12.71',
                  '12.72',
                  '12.73',
                  '12.74',
                  '12.75',
                  '12.76',
                  '12.77',
                  '12.78',
                  '32.71',
                  '32.72',
                  '32.73',
                  '32.74',
                  '32.75',
                  '32.76',
                  '32.77',
                  '32.78',
                  '32.79',
                  '35.71',
                  '35.72',
                  '35.73',
                  '35.74',
                  '35.75',
                  '35.76',
                  '35.77',
                  '35.78',
                  '35.79',
                  '51.03',
                  '51.71',
                ],
              },
            },
          ],
        },
        {
          code: '12',
          name: 'Penerapan manajemen aparatur sipil negara berbasis sistem merit',
          outputs: [
            {
              code: '12.1',
              name: 'Integrasi data kepegawaian daerah dengan SIASN dan penerapan sistem merit',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rencana aksi pemutakhiran data kepegawaian pada SIASN',
                  evidence: [
                    'SK Kepala Daerah tentang tim pemutakhiran data kepegawaian',
                    'Dokumen rencana aksi pemutakhiran data dan penerapan sistem merit',
                    'Rekapitulasi awal kelengkapan data kepegawaian pada SIASN',
                  ],
                  weight: 1,
                },
                {
                  quarter: 2,
                  successMeasure: 'Termutakhirkannya 80% data kepegawaian pada SIASN',
                  evidence: ['Rekapitulasi pemutakhiran data pada SIASN', 'Tangkapan layar dasbor SIASN'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terlaksananya penilaian mandiri sistem merit dan penyusunan rencana perbaikan',
                  evidence: ['Laporan penilaian mandiri sistem merit', 'Dokumen rencana aksi perbaikan'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tercapainya kategori sistem merit minimal baik',
                  evidence: ['Keputusan hasil penilaian sistem merit oleh BKN', 'Laporan tindak lanjut rekomendasi'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
            {
              code: '12.2',
              name: 'Penerapan manajemen talenta dan seleksi terbuka JPT berbasis CAT di daerah percontohan',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya kebijakan manajemen talenta daerah',
                  evidence: ['Peraturan Kepala Daerah tentang manajemen talenta', 'Dokumen rencana suksesi jabatan'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terlaksananya seleksi terbuka JPT dengan uji kompetensi berbasis CAT',
                  evidence: [
                    'Pengumuman seleksi terbuka JPT',
                    'Rekomendasi BKN atas hasil seleksi terbuka',
                    'Berita acara pelaksanaan CAT',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terisinya 80% JPT melalui kelompok rencana suksesi',
                  evidence: ['Rekapitulasi pengisian JPT', 'Salinan keputusan pengangkatan dalam jabatan'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '33',
                  '34',
                  '36',
                  '64',
                  '73',
                  '33.01',
                  '33.02',
                  '33.03',
                  '33.04',
                  '33.05',
                  '33.06',
                  '33.07',
                  '33.08',
                  '33.09',
                  '33.10',
                  '33.71',
                  '33.72',
                  '33.73',
                  '33.74',
                  '33.75',
                  '33.76',
                  '34.01',
                  '34.02',
                  '34.03',
                  '34.04',
                  '34.71',
                  '36.01',
                  '36.02',
                  '36.03',
                  '36.04',
                  '36.71',
                  '36.72',
                  '36.73',
                  '36.74',
                  '64.71',
                  '64.72',
                  '64.74',
                  '73.71',
                  '73.72',
                  '73.73',
                ],
              },
            },
          ],
        },
        {
          code: '13',
          name: 'Percepatan transformasi digital pemerintahan, Satu Data Indonesia, dan Satu Peta',
          outputs: [
            {
              code: '13.1',
              name: 'Integrasi layanan publik prioritas ke portal layanan digital nasional',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya daftar layanan publik prioritas dan arsitektur integrasi',
                  evidence: [
                    'Keputusan Menteri PANRB tentang layanan prioritas',
                    'Dokumen arsitektur integrasi layanan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terintegrasinya 5 layanan publik prioritas ke portal layanan digital nasional',
                  evidence: ['Berita acara integrasi layanan', 'Laporan hasil uji keamanan sistem'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya 15 layanan publik prioritas dengan identitas digital tunggal',
                  evidence: [
                    'Berita acara integrasi layanan',
                    'Tangkapan layar portal layanan digital nasional',
                    'Laporan survei kepuasan pengguna',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KOMDIGI', 'KEMENPANRB', 'BSSN'] },
            },
            {
              code: '13.2',
              name: 'Penerapan Satu Data Indonesia dan interoperabilitas data pemerintah daerah',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya Forum Satu Data Indonesia tingkat provinsi dan daftar data prioritas',
                  evidence: ['SK Gubernur tentang Forum Satu Data Indonesia', 'Daftar data prioritas daerah'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Dipublikasikannya 60% data prioritas pada portal Satu Data daerah',
                  evidence: ['Tangkapan layar portal Satu Data daerah', 'Rekapitulasi data yang dipublikasikan'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Dipublikasikannya 75% data prioritas pada portal Satu Data daerah sesuai standar metadata',
                  evidence: [
                    'Tangkapan layar portal Satu Data daerah',
                    'Rekapitulasi data yang dipublikasikan',
                    'Laporan pemeriksaan kesesuaian metadata',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terhubungnya portal Satu Data daerah dengan portal Satu Data Indonesia',
                  evidence: ['Berita acara interoperabilitas portal', 'Tangkapan layar portal Satu Data Indonesia'],
                  weight: 2,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
            {
              code: '13.3',
              name: 'Integrasi informasi geospasial tematik dan penyelesaian tumpang tindih pemanfaatan lahan',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Terkompilasinya informasi geospasial tematik pada Geoportal Kebijakan Satu Peta',
                  evidence: [
                    'Berita acara kompilasi informasi geospasial tematik',
                    'Tangkapan layar Geoportal Kebijakan Satu Peta',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Tersusunnya rekomendasi penyelesaian tumpang tindih di 5 provinsi prioritas',
                  evidence: ['Dokumen rekomendasi penyelesaian tumpang tindih', 'Peta indikatif tumpang tindih'],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Ditetapkannya keputusan penyelesaian tumpang tindih di 5 provinsi prioritas',
                  evidence: [
                    'Keputusan Menteri Koordinator Bidang Perekonomian',
                    'Peta hasil penyelesaian tumpang tindih',
                  ],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Terintegrasinya 75% informasi geospasial tematik dalam Kebijakan Satu Peta',
                  evidence: [
                    'Berita acara integrasi informasi geospasial tematik',
                    'Tangkapan layar Geoportal Kebijakan Satu Peta',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya 90% informasi geospasial tematik dalam Kebijakan Satu Peta',
                  evidence: ['Laporan capaian Kebijakan Satu Peta', 'Tangkapan layar Geoportal Kebijakan Satu Peta'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BIG', 'ATRBPN', 'KEMENHUT', 'KEMENKOEKON'] },
            },
          ],
        },
        {
          code: '14',
          name: 'Perbaikan tata kelola badan usaha milik negara',
          outputs: [
            {
              code: '14.1',
              name: 'Penerapan sistem manajemen anti penyuapan dan pengendalian gratifikasi di BUMN',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya kebijakan anti penyuapan dan pengendalian gratifikasi di BUMN sasaran',
                  evidence: ['Surat Keputusan Direksi tentang kebijakan anti penyuapan', 'Daftar BUMN sasaran'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Tersertifikasinya SNI ISO 37001 pada 50% BUMN sasaran',
                  evidence: ['Salinan sertifikat SNI ISO 37001', 'Laporan audit sistem manajemen anti penyuapan'],
                  weight: 2,
                },
                {
                  quarter: 5,
                  successMeasure:
                    'Terlaksananya audit internal sistem manajemen anti penyuapan pada BUMN sasaran yang tersisa',
                  evidence: [
                    'Laporan audit internal sistem manajemen anti penyuapan',
                    'Jadwal audit sertifikasi oleh lembaga sertifikasi',
                    'Rekapitulasi status sertifikasi SNI ISO 37001 BUMN sasaran',
                  ],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Tersertifikasinya SNI ISO 37001 pada 100% BUMN sasaran dan dilaporkannya gratifikasi',
                  evidence: ['Salinan sertifikat SNI ISO 37001', 'Rekapitulasi laporan gratifikasi melalui GOL KPK'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BUMN', 'KPK'] },
            },
            {
              code: '14.2',
              name: 'Digitalisasi pengadaan BUMN dan transparansi pemilik manfaat mitra usaha',
              targets: [
                {
                  quarter: 1,
                  successMeasure: 'Terbentuknya tim pelaksana dan terpetakannya praktik pengadaan pada BUMN sasaran',
                  evidence: [
                    'Keputusan Menteri BUMN tentang tim penyusun pedoman pengadaan BUMN',
                    'Laporan pemetaan praktik dan sistem pengadaan BUMN sasaran',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Tersusunnya pedoman pengadaan elektronik BUMN yang selaras dengan prinsip pengadaan',
                  evidence: [
                    'Peraturan Menteri BUMN tentang pengadaan barang dan jasa BUMN',
                    'Notulen rapat pembahasan pedoman',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Diumumkannya rencana dan hasil pengadaan BUMN sasaran secara elektronik',
                  evidence: ['Tangkapan layar portal pengadaan BUMN', 'Rekapitulasi paket pengadaan yang diumumkan'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Diterapkannya verifikasi pemilik manfaat terhadap seluruh mitra usaha strategis',
                  evidence: [
                    'Laporan verifikasi pemilik manfaat mitra',
                    'Daftar mitra usaha strategis yang terverifikasi',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BUMN', 'LKPP'] },
            },
          ],
        },
        {
          code: '15',
          name: 'Penguatan pengawasan internal dan pengendalian benturan kepentingan',
          outputs: [
            {
              code: '15.1',
              name: 'Penguatan kapabilitas APIP dan sistem penanganan pengaduan terintegrasi',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya rencana peningkatan kapabilitas APIP',
                  evidence: [
                    'Dokumen rencana peningkatan kapabilitas APIP',
                    'Hasil penilaian mandiri kapabilitas APIP',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terhubungnya kanal pengaduan daerah dengan SP4N-LAPOR!',
                  evidence: ['Berita acara integrasi kanal pengaduan', 'Tangkapan layar dasbor SP4N-LAPOR!'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tercapainya kapabilitas APIP level 3 dan ditindaklanjutinya 80% pengaduan',
                  evidence: ['Hasil penilaian kapabilitas APIP oleh BPKP', 'Laporan penanganan pengaduan'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_pemda' },
            },
            {
              code: '15.2',
              name: 'Penerapan pengendalian gratifikasi dan benturan kepentingan di daerah percontohan',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya peraturan kepala daerah tentang pengendalian gratifikasi',
                  evidence: [
                    'Peraturan Kepala Daerah tentang pengendalian gratifikasi',
                    'SK Unit Pengendalian Gratifikasi',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terlaksananya pemetaan potensi benturan kepentingan pada layanan berisiko tinggi',
                  evidence: ['Dokumen peta potensi benturan kepentingan', 'Notulen rapat pembahasan hasil pemetaan'],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure:
                    'Diterapkannya pernyataan bebas benturan kepentingan bagi pejabat pengadaan dan perizinan',
                  evidence: [
                    'Rekapitulasi pernyataan bebas benturan kepentingan',
                    'Contoh formulir pernyataan yang telah ditandatangani',
                  ],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Terlaksananya pelaporan dan pengendalian gratifikasi pada 75% perangkat daerah',
                  evidence: [
                    'Rekapitulasi laporan gratifikasi per perangkat daerah',
                    'Tangkapan layar aplikasi GOL KPK',
                    'Notulen rapat evaluasi Unit Pengendalian Gratifikasi',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dilaporkannya pengendalian gratifikasi secara berkala kepada KPK',
                  evidence: ['Laporan pengendalian gratifikasi semesteran', 'Tangkapan layar aplikasi GOL KPK'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '33',
                  '51',
                  '32',
                  '35',
                  '11',
                  '33.01',
                  '33.02',
                  '33.03',
                  '33.04',
                  '33.05',
                  '33.06',
                  '33.07',
                  '33.08',
                  '33.09',
                  '33.10',
                  '33.11',
                  '33.12',
                  '33.13',
                  '33.14',
                  '33.15',
                  '33.16',
                  '33.17',
                  '33.18',
                  '33.19',
                  '33.20',
                  '33.21',
                  '33.22',
                  '33.23',
                  '33.24',
                  '33.25',
                  '33.26',
                  '33.27',
                  '33.28',
                  '33.29',
                  '33.71',
                  '33.72',
                  '33.73',
                  '33.74',
                  '33.75',
                  '33.76',
                  '51.01',
                  '51.02',
                  '51.03',
                  '51.04',
                  '51.05',
                  '51.06',
                  '51.07',
                  '51.08',
                  '51.71',
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};

/** Demo catalogue of Aksi Pencegahan Korupsi 2023-2024, the previous period. */
export const CATALOGUE_2023_2024: DemoPeriodCatalogue = {
  period: '2023-2024',
  fokus: [
    {
      code: '1',
      name: 'Perizinan dan Tata Niaga',
      aksi: [
        {
          code: '1',
          name: 'Percepatan pelaksanaan perizinan berusaha berbasis risiko melalui Sistem OSS',
          outputs: [
            {
              code: '1.1',
              name: 'Integrasi layanan perizinan sektoral dengan Sistem OSS berbasis risiko',
              targets: [
                {
                  quarter: 2,
                  successMeasure:
                    'Teridentifikasinya layanan perizinan sektoral yang masih diproses di luar Sistem OSS',
                  evidence: [
                    'Daftar inventarisasi layanan perizinan sektoral',
                    'Notulen rapat koordinasi dengan Kementerian Investasi/BKPM',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terintegrasinya 40% layanan perizinan sektoral dengan Sistem OSS berbasis risiko',
                  evidence: ['Berita acara integrasi sistem', 'Tangkapan layar dasbor integrasi Sistem OSS'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya 80% layanan perizinan sektoral dengan Sistem OSS berbasis risiko',
                  evidence: [
                    'Berita acara integrasi sistem',
                    'Laporan evaluasi waktu layanan perizinan',
                    'Tangkapan layar dasbor integrasi Sistem OSS',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['INVESTASI', 'KEMENKOEKON', 'KEMENTAN', 'KEMENPERIN'] },
            },
            {
              code: '1.2',
              name: 'Penerapan Sistem OSS berbasis risiko dan pendelegasian kewenangan perizinan kepada DPMPTSP',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya pendelegasian kewenangan perizinan dan nonperizinan kepada DPMPTSP',
                  evidence: [
                    'Peraturan Kepala Daerah tentang pendelegasian kewenangan',
                    'Daftar jenis layanan yang didelegasikan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Diprosesnya 80% permohonan perizinan daerah melalui Sistem OSS berbasis risiko',
                  evidence: ['Rekapitulasi permohonan perizinan dari Sistem OSS', 'Tangkapan layar dasbor Sistem OSS'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Diprosesnya 90% permohonan perizinan daerah melalui Sistem OSS berbasis risiko',
                  evidence: [
                    'Rekapitulasi permohonan perizinan dari Sistem OSS',
                    'Tangkapan layar dasbor Sistem OSS',
                    'Laporan pemantauan tenggat layanan perizinan',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Diprosesnya seluruh permohonan perizinan daerah melalui Sistem OSS sesuai tenggat layanan',
                  evidence: ['Rekapitulasi permohonan perizinan dari Sistem OSS', 'Laporan survei kepuasan masyarakat'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_pemda' },
            },
            {
              code: '1.3',
              name: 'Penyusunan dan integrasi Rencana Detail Tata Ruang digital dengan Sistem OSS',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rencana aksi percepatan penyusunan RDTR digital',
                  evidence: [
                    'Keputusan Menteri ATR/Kepala BPN tentang tim percepatan penyusunan RDTR',
                    'Dokumen rencana aksi penyusunan dan integrasi RDTR digital',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya daftar prioritas penyusunan RDTR tahun 2023-2024',
                  evidence: [
                    'Keputusan Menteri ATR/Kepala BPN tentang lokasi prioritas RDTR',
                    'Peta lokasi prioritas RDTR',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terintegrasinya 200 RDTR digital dengan Sistem OSS',
                  evidence: ['Berita acara integrasi RDTR digital', 'Tangkapan layar GISTARU dan Sistem OSS'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya 300 RDTR digital dengan Sistem OSS untuk penerbitan KKPR otomatis',
                  evidence: ['Berita acara integrasi RDTR digital', 'Rekapitulasi KKPR yang terbit secara otomatis'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['ATRBPN', 'INVESTASI'] },
            },
          ],
        },
        {
          code: '2',
          name: 'Perbaikan tata kelola impor dan ekspor komoditas melalui neraca komoditas',
          outputs: [
            {
              code: '2.1',
              name: 'Penetapan neraca komoditas beras, gula, garam, daging, dan perikanan',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya data kebutuhan dan pasokan lima komoditas prioritas',
                  evidence: ['Dokumen data kebutuhan dan pasokan komoditas', 'Notulen rapat koordinasi teknis'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Ditetapkannya neraca komoditas lima komoditas prioritas',
                  evidence: [
                    'Keputusan penetapan neraca komoditas',
                    'Tangkapan layar Sistem Nasional Neraca Komoditas',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Diterbitkannya seluruh persetujuan impor komoditas prioritas berbasis neraca komoditas',
                  evidence: ['Rekapitulasi persetujuan impor', 'Laporan evaluasi pelaksanaan neraca komoditas'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENKOEKON', 'KEMENDAG', 'KEMENPERIN', 'KKP', 'KEMENTAN'] },
            },
            {
              code: '2.2',
              name: 'Integrasi perizinan ekspor dan impor melalui Sistem Indonesia National Single Window',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersusunnya peta jalan integrasi perizinan ekspor dan impor',
                  evidence: ['Dokumen peta jalan integrasi', 'Notulen rapat koordinasi'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terintegrasinya 50% perizinan ekspor dan impor dengan SINSW',
                  evidence: ['Berita acara integrasi layanan', 'Tangkapan layar portal INSW'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya 80% perizinan ekspor dan impor dengan SINSW',
                  evidence: ['Berita acara integrasi layanan', 'Laporan evaluasi waktu layanan ekspor-impor'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENKEU', 'KEMENDAG'] },
            },
          ],
        },
        {
          code: '3',
          name: 'Penguatan tata kelola sektor mineral dan batubara',
          outputs: [
            {
              code: '3.1',
              name: 'Implementasi Sistem Informasi Mineral dan Batubara (SIMBARA) untuk komoditas batubara',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Terintegrasinya data perizinan, produksi, dan pengapalan batubara pada SIMBARA',
                  evidence: ['Berita acara integrasi data', 'Tangkapan layar dasbor SIMBARA'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Diterapkannya verifikasi pembayaran PNBP sebelum penerbitan izin berlayar',
                  evidence: ['Surat Edaran bersama tentang verifikasi PNBP', 'Rekapitulasi transaksi terverifikasi'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tercatatnya 95% penjualan batubara dalam SIMBARA',
                  evidence: ['Laporan rekonsiliasi penjualan dan PNBP', 'Tangkapan layar dasbor SIMBARA'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['ESDM', 'KEMENKEU', 'KEMENHUB'] },
            },
            {
              code: '3.2',
              name: 'Pemungutan pajak MBLB berbasis data perizinan dan produksi di daerah penghasil',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersedianya basis data pemegang izin MBLB di daerah',
                  evidence: ['Daftar pemegang izin MBLB', 'Berita acara pemadanan data dengan Dinas ESDM'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terlaksananya rekonsiliasi data produksi MBLB dengan pemegang izin',
                  evidence: ['Berita acara rekonsiliasi data produksi', 'Laporan hasil rekonsiliasi'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Terlaksananya penetapan pajak MBLB berdasarkan data produksi terverifikasi pada 75% pemegang izin',
                  evidence: [
                    'Rekapitulasi surat ketetapan pajak daerah MBLB',
                    'Berita acara verifikasi data produksi',
                    'Tangkapan layar sistem informasi pajak daerah',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Meningkatnya penerimaan pajak MBLB berdasarkan data produksi terverifikasi',
                  evidence: ['Laporan realisasi pajak MBLB', 'Tangkapan layar sistem informasi pajak daerah'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '64',
                  '63',
                  '15',
                  '16',
                  '19',
                  '64.01',
                  '64.02',
                  '64.03',
                  '64.09',
                  '64.11',
                  '64.71',
                  '64.72',
                  '64.74',
                  '63.01',
                  '63.02',
                  '63.03',
                  '63.04',
                  '63.05',
                  '63.06',
                  '63.07',
                  '63.08',
                  '63.09',
                  '63.10',
                  '63.11',
                  '63.71',
                  '63.72',
                ],
              },
            },
          ],
        },
        {
          code: '4',
          name: 'Digitalisasi layanan kepelabuhanan',
          outputs: [
            {
              code: '4.1',
              name: 'Penerapan Inaportnet pada pelabuhan yang diusahakan dan tidak diusahakan',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya pelabuhan sasaran penerapan Inaportnet',
                  evidence: ['Keputusan Direktur Jenderal Perhubungan Laut', 'Peta jalan penerapan Inaportnet'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Diterapkannya Inaportnet di 100 pelabuhan',
                  evidence: ['Berita acara penerapan Inaportnet', 'Tangkapan layar dasbor Inaportnet'],
                  weight: 2,
                },
                {
                  quarter: 6,
                  successMeasure: 'Diterapkannya Inaportnet di 180 pelabuhan',
                  evidence: ['Berita acara penerapan Inaportnet', 'Tangkapan layar dasbor Inaportnet'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Diterapkannya Inaportnet di 240 pelabuhan',
                  evidence: ['Berita acara penerapan Inaportnet', 'Laporan evaluasi penerapan Inaportnet'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENHUB'] },
            },
            {
              code: '4.2',
              name: 'Penerapan pembayaran PNBP jasa kepelabuhanan secara elektronik',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rencana aksi integrasi Inaportnet dengan SIMPONI',
                  evidence: [
                    'Keputusan Direktur Jenderal Perhubungan Laut tentang tim pelaksana integrasi',
                    'Dokumen rencana aksi integrasi pembayaran PNBP jasa kepelabuhanan',
                    'Notulen rapat koordinasi dengan Direktorat Jenderal Anggaran',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Terhubungnya Inaportnet dengan SIMPONI untuk pembayaran PNBP',
                  evidence: ['Berita acara integrasi sistem', 'Tangkapan layar transaksi pembayaran'],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Dibayarkannya seluruh PNBP jasa kepelabuhanan di pelabuhan sasaran secara elektronik',
                  evidence: ['Laporan realisasi PNBP jasa kepelabuhanan', 'Laporan rekonsiliasi penerimaan'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENHUB', 'KEMENKEU', 'BUMN'] },
            },
          ],
        },
        {
          code: '5',
          name: 'Penguatan pemanfaatan data pemilik manfaat korporasi',
          outputs: [
            {
              code: '5.1',
              name: 'Pelaporan dan pemutakhiran data pemilik manfaat korporasi',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersedianya fitur pelaporan pemilik manfaat yang terintegrasi dengan AHU Online',
                  evidence: ['Tangkapan layar fitur pelaporan pemilik manfaat', 'Berita acara uji coba aplikasi'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Dilaporkannya data pemilik manfaat oleh 30% korporasi',
                  evidence: [
                    'Rekapitulasi korporasi yang melaporkan pemilik manfaat',
                    'Laporan sosialisasi kepada notaris',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dilaporkannya data pemilik manfaat oleh 50% korporasi',
                  evidence: [
                    'Rekapitulasi korporasi yang melaporkan pemilik manfaat',
                    'Laporan evaluasi kepatuhan pelaporan',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENKUM', 'PPATK'] },
            },
            {
              code: '5.2',
              name: 'Pemanfaatan data pemilik manfaat dalam perizinan sektor sumber daya alam',
              targets: [
                {
                  quarter: 4,
                  successMeasure: 'Ditandatanganinya perjanjian kerja sama pemanfaatan data pemilik manfaat',
                  evidence: ['Perjanjian kerja sama pemanfaatan data', 'Notulen rapat koordinasi'],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure:
                    'Terhubungnya layanan data pemilik manfaat dengan sistem perizinan sektor sumber daya alam',
                  evidence: [
                    'Berita acara uji coba integrasi layanan data',
                    'Tangkapan layar hasil pemanggilan layanan data',
                    'Dokumen spesifikasi layanan pertukaran data',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dimanfaatkannya data pemilik manfaat dalam penilaian permohonan izin',
                  evidence: ['Laporan pemanfaatan data pemilik manfaat', 'Contoh dokumen penilaian permohonan izin'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['ESDM', 'KEMENHUT', 'KKP', 'ATRBPN'] },
            },
          ],
        },
      ],
    },
    {
      code: '2',
      name: 'Keuangan Negara',
      aksi: [
        {
          code: '6',
          name: 'Perbaikan tata kelola pengadaan barang/jasa pemerintah',
          outputs: [
            {
              code: '6.1',
              name: 'Transformasi katalog elektronik nasional, sektoral, dan lokal',
              targets: [
                {
                  quarter: 1,
                  successMeasure: 'Tersusunnya rancangan kebijakan dan rencana aksi transformasi katalog elektronik',
                  evidence: [
                    'Rancangan Peraturan LKPP tentang katalog elektronik',
                    'Dokumen rencana aksi transformasi katalog elektronik',
                    'Notulen rapat konsultasi publik dengan pelaku usaha',
                  ],
                  weight: 1,
                },
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya kebijakan penayangan produk katalog elektronik secara terbuka',
                  evidence: ['Peraturan LKPP tentang katalog elektronik', 'Surat Edaran Kepala LKPP'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Tayangnya 1 juta produk pada katalog elektronik',
                  evidence: ['Rekapitulasi produk tayang', 'Tangkapan layar katalog elektronik'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tercapainya 40% paket pengadaan melalui katalog elektronik',
                  evidence: [
                    'Rekapitulasi transaksi katalog elektronik',
                    'Laporan evaluasi transformasi katalog elektronik',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['LKPP'] },
            },
            {
              code: '6.2',
              name: 'Penerapan e-purchasing dan toko daring oleh pemerintah daerah',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Ditayangkannya katalog elektronik lokal yang memuat produk UMK daerah',
                  evidence: [
                    'Keputusan Kepala Daerah tentang katalog elektronik lokal',
                    'Tangkapan layar katalog elektronik lokal',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Dilaksanakannya 30% belanja pengadaan melalui e-purchasing',
                  evidence: ['Rekapitulasi transaksi e-purchasing', 'Tangkapan layar dasbor pengadaan daerah'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dilaksanakannya 40% belanja pengadaan melalui e-purchasing',
                  evidence: ['Rekapitulasi transaksi e-purchasing', 'Laporan realisasi belanja produk dalam negeri'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_pemda' },
            },
            {
              code: '6.3',
              name: 'Penerapan konsolidasi pengadaan dan pengawasan tender berisiko tinggi',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersusunnya daftar paket pengadaan yang dikonsolidasikan',
                  evidence: ['Daftar paket konsolidasi', 'Rencana Umum Pengadaan yang diumumkan pada SiRUP'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terlaksananya reviu tender berisiko tinggi oleh APIP',
                  evidence: ['Laporan hasil reviu APIP', 'Surat Tugas Inspektorat Daerah'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Ditindaklanjutinya rekomendasi hasil reviu pengadaan',
                  evidence: ['Laporan tindak lanjut rekomendasi', 'Berita acara pembahasan hasil reviu'],
                  weight: 2,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
          ],
        },
        {
          code: '7',
          name: 'Optimalisasi penerimaan pajak daerah',
          outputs: [
            {
              code: '7.1',
              name: 'Penerapan sistem pajak daerah daring dan alat perekam transaksi usaha',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersedianya sistem pendaftaran dan pelaporan pajak daerah secara daring',
                  evidence: [
                    'Tangkapan layar sistem pajak daerah daring',
                    'Prosedur operasional standar pelayanan pajak',
                  ],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Terpasangnya alat perekam transaksi pada 40% wajib pajak hotel dan restoran',
                  evidence: [
                    'Berita acara pemasangan alat perekam transaksi',
                    'Tangkapan layar dasbor pemantauan transaksi',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terpasangnya alat perekam transaksi pada 70% wajib pajak hotel dan restoran',
                  evidence: [
                    'Berita acara pemasangan alat perekam transaksi',
                    'Laporan realisasi pajak hotel dan restoran',
                  ],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_kabupaten_kota' },
            },
            {
              code: '7.2',
              name: 'Pemadanan data kendaraan bermotor antara Samsat dan data kependudukan',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Ditandatanganinya perjanjian kerja sama pemanfaatan data kependudukan',
                  evidence: [
                    'Perjanjian kerja sama dengan Direktorat Jenderal Dukcapil',
                    'Berita acara pemberian hak akses',
                  ],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terpadankannya 70% data kendaraan bermotor dengan NIK pemilik',
                  evidence: ['Rekapitulasi hasil pemadanan data', 'Berita acara pemadanan data'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure:
                    'Terpadankannya 90% data kendaraan bermotor dan tersusunnya daftar tunggakan pajak kendaraan',
                  evidence: [
                    'Rekapitulasi hasil pemadanan data',
                    'Daftar wajib pajak kendaraan dengan tunggakan',
                    'Rencana penagihan tunggakan pajak kendaraan',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dimanfaatkannya hasil pemadanan data untuk penagihan tunggakan pajak kendaraan',
                  evidence: ['Laporan penagihan tunggakan pajak kendaraan', 'Rekapitulasi penerimaan dari tunggakan'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
          ],
        },
        {
          code: '8',
          name: 'Pembenahan tata kelola subsidi energi',
          outputs: [
            {
              code: '8.1',
              name: 'Penyaluran subsidi listrik tepat sasaran berbasis data sosial ekonomi',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Terpadankannya data pelanggan listrik bersubsidi dengan DTKS',
                  evidence: ['Berita acara pemadanan data', 'Rekapitulasi hasil pemadanan'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Ditetapkannya daftar pelanggan listrik bersubsidi hasil verifikasi',
                  evidence: [
                    'Keputusan Menteri ESDM tentang penerima subsidi listrik',
                    'Laporan hasil verifikasi lapangan',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Tersalurkannya subsidi listrik kepada pelanggan yang padan dengan data sosial ekonomi',
                  evidence: ['Laporan penyaluran subsidi listrik', 'Laporan penghematan anggaran subsidi'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['ESDM', 'BUMN', 'KEMENSOS'] },
            },
            {
              code: '8.2',
              name: 'Pendataan pengguna LPG 3 kg berbasis NIK',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersedianya aplikasi pencatatan pembelian LPG 3 kg di pangkalan',
                  evidence: ['Tangkapan layar aplikasi pencatatan pembelian', 'Berita acara uji coba aplikasi'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terdaftarnya 60% pengguna LPG 3 kg berbasis NIK',
                  evidence: ['Rekapitulasi pengguna terdaftar', 'Tangkapan layar dasbor Subsidi Tepat'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terdaftarnya 90% pengguna LPG 3 kg berbasis NIK',
                  evidence: ['Rekapitulasi pengguna terdaftar', 'Laporan evaluasi pendataan'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['ESDM', 'BUMN', 'KEMENDAGRI'] },
            },
          ],
        },
        {
          code: '9',
          name: 'Integrasi perencanaan dan penganggaran berbasis elektronik',
          outputs: [
            {
              code: '9.1',
              name: 'Integrasi KRISNA dan SAKTI dalam perencanaan dan penganggaran kementerian/lembaga',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Disepakatinya referensi data perencanaan dan penganggaran bersama',
                  evidence: ['Berita acara kesepakatan referensi', 'Notulen rapat koordinasi'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terhubungnya KRISNA dan SAKTI dalam penyusunan RKA K/L tahun 2024',
                  evidence: ['Berita acara integrasi sistem', 'Tangkapan layar modul RKA K/L'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tersusunnya RKA K/L tahun 2025 sepenuhnya melalui sistem terintegrasi',
                  evidence: ['Laporan evaluasi integrasi sistem', 'Tangkapan layar modul RKA K/L'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BAPPENAS', 'KEMENKEU'] },
            },
            {
              code: '9.2',
              name: 'Penerapan SIPD RI dalam perencanaan, penganggaran, dan penatausahaan keuangan daerah',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya RKPD tahun 2024 melalui SIPD RI',
                  evidence: ['Dokumen RKPD dari SIPD RI', 'Tangkapan layar modul perencanaan SIPD RI'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Tersusunnya APBD tahun 2024 melalui SIPD RI',
                  evidence: ['Peraturan Daerah tentang APBD', 'Tangkapan layar modul penganggaran SIPD RI'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dilaksanakannya penatausahaan keuangan daerah tahun 2024 melalui SIPD RI',
                  evidence: ['Tangkapan layar modul penatausahaan SIPD RI', 'Laporan realisasi anggaran dari SIPD RI'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_pemda' },
            },
            {
              code: '9.3',
              name: 'Perbaikan tata kelola BUMD dan penyertaan modal daerah',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Terdatanya seluruh BUMD beserta kinerja keuangannya pada SIPD RI',
                  evidence: ['Rekapitulasi data BUMD', 'Tangkapan layar modul BUMD SIPD RI'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Ditetapkannya rencana bisnis dan analisis investasi sebelum penyertaan modal',
                  evidence: ['Dokumen rencana bisnis BUMD', 'Dokumen analisis investasi'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Ditetapkannya tata cara dan panitia seleksi terbuka direksi BUMD',
                  evidence: [
                    'Peraturan Kepala Daerah tentang tata cara seleksi direksi BUMD',
                    'Keputusan Kepala Daerah tentang panitia seleksi direksi BUMD',
                  ],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terlaksananya seleksi direksi BUMD secara terbuka',
                  evidence: ['Pengumuman seleksi direksi BUMD', 'Keputusan Kepala Daerah tentang pengangkatan direksi'],
                  weight: 2,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
          ],
        },
        {
          code: '10',
          name: 'Penguatan akuntabilitas pengelolaan keuangan desa',
          outputs: [
            {
              code: '10.1',
              name: 'Penerapan Siskeudes daring dan pengawasan dana desa berbasis risiko',
              targets: [
                {
                  quarter: 1,
                  successMeasure: 'Terbentuknya tim pelaksana dan tersusunnya rencana aksi penerapan Siskeudes daring',
                  evidence: [
                    'SK Kepala Daerah tentang tim pendamping penerapan Siskeudes daring',
                    'Dokumen rencana aksi penerapan Siskeudes daring',
                    'Jadwal pelatihan operator Siskeudes desa',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Digunakannya Siskeudes daring oleh 50% desa',
                  evidence: ['Rekapitulasi desa pengguna Siskeudes daring', 'Tangkapan layar dasbor Siskeudes'],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure:
                    'Digunakannya Siskeudes daring oleh 90% desa dan terlaksananya pengawasan berbasis risiko',
                  evidence: ['Rekapitulasi desa pengguna Siskeudes daring', 'Laporan hasil pengawasan dana desa'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_kabupaten' },
            },
            {
              code: '10.2',
              name: 'Penguatan peran pendamping desa dan transparansi APBDes',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Tersusunnya modul pendampingan transparansi APBDes',
                  evidence: ['Modul pendampingan transparansi APBDes', 'Notulen rapat penyusunan modul'],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Terlatihnya pendamping desa dalam pengawasan APBDes',
                  evidence: ['Laporan pelaksanaan pelatihan', 'Daftar hadir peserta pelatihan'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dipublikasikannya APBDes oleh 80% desa',
                  evidence: ['Rekapitulasi desa yang mempublikasikan APBDes', 'Dokumentasi papan informasi APBDes'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['KEMENDES', 'KEMENDAGRI'] },
            },
          ],
        },
      ],
    },
    {
      code: '3',
      name: 'Penegakan Hukum dan Reformasi Birokrasi',
      aksi: [
        {
          code: '11',
          name: 'Penguatan Sistem Penanganan Perkara Tindak Pidana Terpadu berbasis Teknologi Informasi',
          outputs: [
            {
              code: '11.1',
              name: 'Integrasi data perkara pidana pada SPPT-TI di tingkat pusat',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Diperbaruinya nota kesepahaman dan standar data SPPT-TI',
                  evidence: ['Nota kesepahaman antar-aparat penegak hukum', 'Dokumen standar data SPPT-TI'],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Dipertukarkannya 50% dokumen perkara pidana umum secara elektronik',
                  evidence: ['Laporan statistik pertukaran data', 'Tangkapan layar pusat data SPPT-TI'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dipertukarkannya 75% dokumen perkara pidana umum secara elektronik',
                  evidence: ['Laporan statistik pertukaran data', 'Laporan evaluasi pelaksanaan SPPT-TI'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['POLRI', 'KEJAGUNG', 'MA', 'KEMENIMIPAS', 'KEMENKUM'] },
            },
            {
              code: '11.2',
              name: 'Penerapan SPPT-TI di wilayah percontohan',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersedianya infrastruktur dan akses SPPT-TI di satuan kerja percontohan',
                  evidence: ['Berita acara serah terima perangkat', 'Daftar satuan kerja percontohan'],
                  weight: 1,
                },
                {
                  quarter: 7,
                  successMeasure: 'Digunakannya SPPT-TI oleh 75% satuan kerja percontohan',
                  evidence: [
                    'Laporan penggunaan SPPT-TI per satuan kerja',
                    'Tangkapan layar aplikasi SPPT-TI',
                    'Laporan pendampingan teknis satuan kerja percontohan',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Digunakannya SPPT-TI oleh seluruh satuan kerja percontohan',
                  evidence: ['Laporan penggunaan SPPT-TI per satuan kerja', 'Tangkapan layar aplikasi SPPT-TI'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '31',
                  '32',
                  '33',
                  '35',
                  '73',
                  '32.71',
                  '32.72',
                  '32.73',
                  '32.74',
                  '32.75',
                  '32.76',
                  '32.77',
                  '32.78',
                  '32.79',
                  '33.71',
                  '33.72',
                  '33.73',
                  '33.74',
                  '33.75',
                  '33.76',
                  '35.71',
                  '35.72',
                  '35.73',
                  '35.74',
                  '35.75',
                  '35.76',
                  '35.77',
                  '35.78',
                  '35.79',
                  '73.71',
                ],
              },
            },
          ],
        },
        {
          code: '12',
          name: 'Penerapan sistem merit dalam manajemen aparatur sipil negara',
          outputs: [
            {
              code: '12.1',
              name: 'Penerapan sistem merit dan penilaian mandiri di instansi pemerintah daerah',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Terlaksananya penilaian mandiri sistem merit',
                  evidence: [
                    'Laporan penilaian mandiri sistem merit',
                    'Tangkapan layar aplikasi penilaian sistem merit',
                  ],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Ditindaklanjutinya rekomendasi KASN atas hasil penilaian sistem merit',
                  evidence: ['Laporan tindak lanjut rekomendasi KASN', 'Dokumen rencana aksi perbaikan'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tercapainya kategori sistem merit baik',
                  evidence: ['Keputusan hasil penilaian sistem merit', 'Laporan evaluasi penerapan sistem merit'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_provinces' },
            },
            {
              code: '12.2',
              name: 'Digitalisasi seleksi dan manajemen kinerja aparatur sipil negara',
              targets: [
                {
                  quarter: 1,
                  successMeasure: 'Tersusunnya rencana aksi dan pedoman penerapan aplikasi manajemen kinerja ASN',
                  evidence: [
                    'Rancangan pedoman penerapan aplikasi e-Kinerja',
                    'Dokumen rencana aksi digitalisasi manajemen kinerja ASN',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Diterapkannya aplikasi manajemen kinerja ASN secara nasional',
                  evidence: ['Surat Edaran Kepala BKN', 'Tangkapan layar aplikasi e-Kinerja'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Terintegrasinya data kinerja ASN dengan SIASN',
                  evidence: ['Berita acara integrasi sistem', 'Tangkapan layar dasbor SIASN'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dimanfaatkannya data kinerja dalam pengembangan karier ASN',
                  evidence: ['Laporan pemanfaatan data kinerja', 'Rekapitulasi instansi pengguna'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BKN', 'KEMENPANRB'] },
            },
          ],
        },
        {
          code: '13',
          name: 'Percepatan Kebijakan Satu Peta dan Satu Data Indonesia',
          outputs: [
            {
              code: '13.1',
              name: 'Kompilasi, integrasi, dan sinkronisasi informasi geospasial tematik',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Terkompilasinya informasi geospasial tematik dari kementerian/lembaga',
                  evidence: ['Berita acara kompilasi data', 'Tangkapan layar Geoportal Kebijakan Satu Peta'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Tersusunnya peta indikatif tumpang tindih pemanfaatan lahan',
                  evidence: ['Peta indikatif tumpang tindih', 'Laporan analisis tumpang tindih'],
                  weight: 2,
                },
                {
                  quarter: 7,
                  successMeasure: 'Terlaksananya verifikasi dan klarifikasi 75% kasus tumpang tindih pemanfaatan lahan',
                  evidence: [
                    'Berita acara verifikasi lapangan',
                    'Notulen rapat klarifikasi dengan kementerian/lembaga dan pemerintah daerah',
                    'Rekapitulasi status klarifikasi kasus tumpang tindih',
                  ],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tersusunnya rekomendasi penyelesaian tumpang tindih pemanfaatan lahan',
                  evidence: ['Dokumen rekomendasi penyelesaian', 'Notulen rapat koordinasi'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BIG', 'KEMENKOEKON', 'ATRBPN', 'KEMENHUT', 'KLH'] },
            },
            {
              code: '13.2',
              name: 'Penerapan Satu Data Indonesia di pemerintah daerah percontohan',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya Forum Satu Data Indonesia tingkat daerah',
                  evidence: [
                    'Keputusan Kepala Daerah tentang Forum Satu Data Indonesia',
                    'Daftar data prioritas daerah',
                  ],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure: 'Dipublikasikannya data prioritas pada portal Satu Data daerah',
                  evidence: ['Tangkapan layar portal Satu Data daerah', 'Rekapitulasi data yang dipublikasikan'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '34',
                  '51',
                  '36',
                  '11',
                  '12',
                  '34.01',
                  '34.02',
                  '34.03',
                  '34.04',
                  '34.71',
                  '51.01',
                  '51.02',
                  '51.03',
                  '51.04',
                  '51.05',
                  '51.06',
                  '51.07',
                  '51.08',
                  '51.71',
                  '36.01',
                  '36.02',
                  '36.03',
                  '36.04',
                  '36.71',
                  '36.72',
                  '36.73',
                  '36.74',
                  '11.71',
                  '11.72',
                  '11.73',
                  '11.74',
                  '11.75',
                  '12.71',
                  '12.72',
                  '12.73',
                  '12.74',
                  '12.75',
                  '12.76',
                  '12.77',
                  '12.78',
                ],
              },
            },
          ],
        },
        {
          code: '14',
          name: 'Penguatan pelayanan publik terintegrasi melalui Mal Pelayanan Publik',
          outputs: [
            {
              code: '14.1',
              name: 'Pengembangan Mal Pelayanan Publik digital di daerah percontohan',
              targets: [
                {
                  quarter: 3,
                  successMeasure: 'Tersusunnya daftar layanan yang akan diintegrasikan ke MPP digital',
                  evidence: ['Daftar layanan MPP digital', 'Notulen rapat koordinasi dengan instansi vertikal'],
                  weight: 1,
                },
                {
                  quarter: 6,
                  successMeasure: 'Beroperasinya MPP digital dengan paling sedikit 20 layanan',
                  evidence: ['Tangkapan layar aplikasi MPP digital', 'Berita acara peluncuran MPP digital'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Terintegrasinya layanan MPP digital dengan layanan instansi vertikal',
                  evidence: ['Berita acara integrasi layanan', 'Laporan survei kepuasan masyarakat'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '32',
                  '33',
                  '35',
                  '73',
                  '64',
                  '32.01',
                  '32.02',
                  '32.03',
                  '32.04',
                  '32.05',
                  '32.06',
                  '32.07',
                  '32.08',
                  '32.09',
                  '32.10',
                  '32.11',
                  '32.12',
                  '32.13',
                  '32.14',
                  '32.15',
                  '32.16',
                  '32.17',
                  '32.18',
                  '32.71',
                  '32.72',
                  '32.73',
                  '32.74',
                  '32.75',
                  '32.76',
                  '32.77',
                  '32.78',
                  '32.79',
                  '73.71',
                  '73.72',
                  '73.73',
                  '64.71',
                  '64.72',
                  '64.74',
                ],
              },
            },
            {
              code: '14.2',
              name: 'Penyelenggaraan Mal Pelayanan Publik di kabupaten/kota',
              targets: [
                {
                  quarter: 4,
                  successMeasure: 'Ditetapkannya peraturan kepala daerah tentang penyelenggaraan MPP',
                  evidence: ['Peraturan Kepala Daerah tentang penyelenggaraan MPP', 'Rencana pembangunan MPP'],
                  weight: 1,
                },
                {
                  quarter: 5,
                  successMeasure: 'Tersedianya gedung dan tersusunnya daftar layanan yang akan diselenggarakan di MPP',
                  evidence: [
                    'Berita acara serah terima gedung MPP',
                    'Daftar rencana layanan instansi di MPP',
                    'Perjanjian kerja sama dengan instansi vertikal penyelenggara layanan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure: 'Diresmikannya MPP dengan layanan perizinan dan kependudukan',
                  evidence: ['Berita acara peresmian MPP', 'Daftar layanan yang tersedia di MPP'],
                  weight: 3,
                },
              ],
              assign: { kind: 'all_kabupaten_kota' },
            },
          ],
        },
        {
          code: '15',
          name: 'Penguatan integritas dan pengawasan internal',
          outputs: [
            {
              code: '15.1',
              name: 'Penguatan kapabilitas APIP dan pengendalian gratifikasi di pemerintah daerah',
              targets: [
                {
                  quarter: 2,
                  successMeasure: 'Ditetapkannya Unit Pengendalian Gratifikasi di pemerintah daerah',
                  evidence: [
                    'SK Kepala Daerah tentang Unit Pengendalian Gratifikasi',
                    'Rencana kerja Unit Pengendalian Gratifikasi',
                  ],
                  weight: 1,
                },
                {
                  quarter: 4,
                  successMeasure: 'Terlaksananya penilaian kapabilitas APIP',
                  evidence: ['Hasil penilaian kapabilitas APIP', 'Dokumen rencana peningkatan kapabilitas'],
                  weight: 2,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tercapainya kapabilitas APIP level 3 dan dilaporkannya gratifikasi secara berkala',
                  evidence: ['Hasil penilaian kapabilitas APIP oleh BPKP', 'Rekapitulasi laporan gratifikasi'],
                  weight: 3,
                },
              ],
              assign: {
                kind: 'list',
                codes: [
                  '35',
                  '33',
                  '51',
                  '73',
                  '11',
                  '35.01',
                  '35.02',
                  '35.03',
                  '35.04',
                  '35.05',
                  '35.06',
                  '35.07',
                  '35.08',
                  '35.09',
                  '35.10',
                  '35.11',
                  '35.12',
                  '35.13',
                  '35.14',
                  '35.15',
                  '35.16',
                  '35.17',
                  '35.18',
                  '35.19',
                  '35.20',
                  '35.21',
                  '35.22',
                  '35.23',
                  '35.24',
                  '35.25',
                  '35.26',
                  '35.27',
                  '35.28',
                  '35.29',
                  '35.71',
                  '35.72',
                  '35.73',
                  '35.74',
                  '35.75',
                  '35.76',
                  '35.77',
                  '35.78',
                  '35.79',
                  '51.01',
                  '51.02',
                  '51.03',
                  '51.04',
                  '51.05',
                  '51.06',
                  '51.07',
                  '51.08',
                  '51.71',
                ],
              },
            },
            {
              code: '15.2',
              name: 'Penerapan sistem manajemen anti penyuapan di BUMN',
              targets: [
                {
                  quarter: 1,
                  successMeasure:
                    'Terbentuknya tim pelaksana dan tersusunnya rencana aksi penerapan sistem manajemen anti penyuapan',
                  evidence: [
                    'Surat Keputusan Direksi tentang tim pelaksana sistem manajemen anti penyuapan',
                    'Dokumen rencana aksi penerapan SNI ISO 37001',
                    'Laporan penilaian awal risiko penyuapan',
                  ],
                  weight: 1,
                },
                {
                  quarter: 3,
                  successMeasure: 'Ditetapkannya kebijakan anti penyuapan di BUMN sasaran',
                  evidence: ['Surat Keputusan Direksi tentang kebijakan anti penyuapan', 'Daftar BUMN sasaran'],
                  weight: 1,
                },
                {
                  quarter: 8,
                  successMeasure: 'Tersertifikasinya SNI ISO 37001 pada BUMN sasaran',
                  evidence: ['Salinan sertifikat SNI ISO 37001', 'Laporan audit sistem manajemen anti penyuapan'],
                  weight: 3,
                },
              ],
              assign: { kind: 'list', codes: ['BUMN', 'KPK'] },
            },
          ],
        },
      ],
    },
  ],
};
