/** Generated documents: the quarterly and semester national reports (PDF/XLSX) and institution report cards (PDF). */
import { PassThrough, type Writable } from 'node:stream';
import { quarterlyDocumentQuerySchema, reportCardQuerySchema, semesterDocumentQuerySchema } from '@pantau/core';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { renderNationalPdf } from '../../documents/national-pdf.js';
import { renderNationalXlsx } from '../../documents/national-xlsx.js';
import { renderReportCardPdf } from '../../documents/report-card-pdf.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  type NationalDocument,
  quarterlyDocument,
  reportCardDocument,
  semesterDocument,
} from '../../services/documents/document.service.js';
import { contentDisposition } from '../../storage/file-name.js';

const errors = errorResponses(400, 401, 403, 404);
const tags = ['documents'];
const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Streams what `render` writes as an attachment. The data was gathered (and any error answered
 * as JSON) before; a failure while writing ends the download early.
 */
function stream(reply: FastifyReply, type: string, fileName: string, render: (out: Writable) => Promise<void>) {
  const out = new PassThrough();
  render(out).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition(fileName))
    .header('cache-control', 'private, no-store');
  // A byte stream, not a JSON body: the declared schemas describe only the error answers.
  return reply.send(out);
}

function sendNational(reply: FastifyReply, data: NationalDocument, format: 'pdf' | 'xlsx', stem: string) {
  return format === 'pdf'
    ? stream(reply, PDF, `${stem}.pdf`, (out) => renderNationalPdf(data, out))
    : stream(reply, XLSX, `${stem}.xlsx`, (out) => renderNationalXlsx(data, out));
}

export function documentRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/documents/quarterly',
    {
      config: { permission: 'document.national' },
      schema: {
        tags,
        summary:
          'The quarterly national report ("Laporan Pelaksanaan Aksi Pencegahan Korupsi Triwulan N"), PDF or XLSX',
        description:
          'Summary figures, trend, achievement and compliance by fokus and aksi, institutions by band, early-warning ' +
          'findings, quality grades and field verification. Figures are those of the dashboard for the same quarter. Streamed.',
        querystring: quarterlyDocumentQuerySchema,
        produces: [PDF, XLSX],
        response: errors,
      },
    },
    async (request, reply) => {
      const { period, quarter, format } = request.query;
      const data = await quarterlyDocument(context, period, quarter);
      return sendNational(reply, data, format, `pantau-laporan-${period}-triwulan-${quarter}`);
    },
  );

  app.get(
    '/api/documents/semester',
    {
      config: { permission: 'document.national' },
      schema: {
        tags,
        summary: 'The semester national report (two quarters), PDF or XLSX',
        querystring: semesterDocumentQuerySchema,
        produces: [PDF, XLSX],
        response: errors,
      },
    },
    async (request, reply) => {
      const { period, semester, format } = request.query;
      const data = await semesterDocument(context, period, semester);
      return sendNational(reply, data, format, `pantau-laporan-${period}-semester-${semester}`);
    },
  );

  app.get(
    '/api/documents/report-card',
    {
      config: { permission: 'document.report_card' },
      schema: {
        tags,
        summary: "An institution's report card for a quarter (PDF); a focal point gets its own institution's",
        querystring: reportCardQuerySchema,
        produces: [PDF],
        response: errors,
      },
    },
    async (request, reply) => {
      const data = await reportCardDocument(context, callerOf(request), request.scope ?? 'all', request.query);
      const stem = `pantau-rapor-${data.institution.code}-${data.period}-triwulan-${data.quarter}`;
      return stream(reply, PDF, `${stem}.pdf`, (out) => renderReportCardPdf(data, out));
    },
  );
}
