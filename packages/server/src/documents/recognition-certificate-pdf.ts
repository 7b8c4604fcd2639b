/**
 * The recognition certificate (sertifikat apresiasi) as a one-page landscape PDF, in Bahasa
 * Indonesia with English beneath: who is recognised, for what, the figures behind it and the
 * verification code with the portal address that confirms it.
 */
import type { Writable } from 'node:stream';
import { INSTITUTION_TYPE_NAMES, type RecognitionEntryDto, triwulanLabel } from '@pantau/core';
import { pdfkit } from '../heavy-libraries.js';
import type { RecognitionPoint } from '../services/public/recognition-code.js';
import { decimal } from './document-text.js';
import type { PdfOptions } from './pdf-layout.js';

const INK = '#1f2933';
const MUTED = '#616e7c';
const ACCENT = '#0b6e4f';
const TYPE_EN = { kl: 'Ministry/Agency', provinsi: 'Province', kabupaten: 'Regency', kota: 'City' } as const;

/** What a certificate shows. */
export interface CertificateData {
  point: RecognitionPoint;
  entry: RecognitionEntryDto;
  /** Absolute address of the verification page. */
  verifyUrl: string;
  issuedAt: Date;
}

/** Writes the certificate into `out`; resolves when it is complete. */
export async function renderRecognitionCertificate(
  data: CertificateData,
  out: Writable,
  options: PdfOptions = {},
): Promise<void> {
  const { entry, point } = data;
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const doc = new (pdfkit())({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    compress: options.compress ?? true,
    info: {
      Title: `Sertifikat Apresiasi ${entry.institution.name}`,
      Author: 'Pantau',
      Creator: 'Pantau',
      CreationDate: data.issuedAt,
    },
  });
  doc.pipe(out);
  const width = doc.page.width - 112;
  const when =
    point.scope === 'quarter'
      ? {
          id: `${triwulanLabel(point.quarter)} periode ${point.period}`,
          en: `Quarter ${point.quarter} of period ${point.period}`,
        }
      : {
          id: `Periode ${point.period} (s.d. ${triwulanLabel(point.quarter)})`,
          en: `Period ${point.period} (to quarter ${point.quarter})`,
        };
  const what =
    entry.category === 'best'
      ? { id: 'Capaian × mutu terverifikasi terbaik', en: 'Best verified achievement × quality' }
      : { id: 'Peningkatan capaian × mutu terbesar', en: 'Most improved achievement × quality' };
  const type = { id: INSTITUTION_TYPE_NAMES[entry.type], en: TYPE_EN[entry.type] };
  const line = (text: string, size: number, colour = INK, font = 'Helvetica') =>
    doc.font(font).fontSize(size).fillColor(colour).text(text, 56, doc.y, { width, align: 'center' });

  doc
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .lineWidth(3)
    .strokeColor(ACCENT)
    .stroke();
  doc.y = 70;
  line('PANTAU · STRANAS PK', 11, MUTED, 'Helvetica-Bold');
  doc.moveDown(0.6);
  line('SERTIFIKAT APRESIASI', 30, ACCENT, 'Helvetica-Bold');
  line('Certificate of Recognition', 14, MUTED);
  doc.moveDown(1);
  line('diberikan kepada / awarded to', 11, MUTED);
  doc.moveDown(0.4);
  line(entry.institution.name, 24, INK, 'Helvetica-Bold');
  line(`${type.id} / ${type.en} · ${entry.institution.code}`, 11, MUTED);
  doc.moveDown(1);
  line(`Peringkat ${entry.place} ${what.id}, ${type.id}`, 15, INK, 'Helvetica-Bold');
  line(`Place ${entry.place}, ${what.en}, ${type.en}`, 11, MUTED);
  line(`${when.id} / ${when.en}`, 11, MUTED);
  doc.moveDown(0.8);
  const figures = [
    `Capaian / Achievement ${decimal(entry.achievement)}`,
    `Mutu / Quality ${decimal(entry.quality * 100)} %`,
    `Capaian × mutu / Achievement × quality ${decimal(entry.merit)}`,
    ...(entry.improvement === null ? [] : [`Kenaikan / Rise ${decimal(entry.improvement)}`]),
  ];
  line(figures.join('   ·   '), 11);
  doc.moveDown(1.4);
  line(`Kode verifikasi / Verification code: ${entry.code}`, 13, INK, 'Helvetica-Bold');
  line(`Periksa keaslian / Verify at: ${data.verifyUrl}`, 10, MUTED);
  doc.moveDown(0.6);
  line(
    'Dihitung dari data terverifikasi Pantau dengan aturan apresiasi yang terbuka. / Computed from verified Pantau data by the published recognition rule.',
    8,
    MUTED,
  );
  doc.end();
  await done;
}
