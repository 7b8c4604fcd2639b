/** Spreadsheet import: templates per kind, and the upload that checks (dry run) or commits a file. */
import { rm } from 'node:fs/promises';
import {
  IMPORT_SHEETS,
  importKindSchema,
  importQuerySchema,
  importResultSchema,
  importTemplateParamsSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requestLocale } from '../../http/locale.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import { uploadedFile } from '../../http/upload-part.js';
import type { ZodApp } from '../../http/zod-app.js';
import { importSpreadsheet, localiseImportOutcome } from '../../services/import/import.service.js';
import { csvTemplate, xlsxTemplate } from '../../services/import/import-templates.js';
import { contentDisposition, sanitizeFileName } from '../../storage/file-name.js';
import { receiveUpload } from '../../storage/upload-intake.js';

const errors = errorResponses(400, 401, 403, 404, 413, 415);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function importRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/import/templates/:kind.:format',
    {
      config: { permission: 'data.import' },
      schema: {
        tags: ['import'],
        summary: 'Template of an import: XLSX (data sheet with examples + instructions sheet "petunjuk") or CSV',
        params: importTemplateParamsSchema,
        produces: [XLSX_TYPE, 'text/csv'],
        response: { ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { kind, format } = request.params;
      const name = `templat-${kind === 'all' ? 'impor' : IMPORT_SHEETS[kind].sheet}.${format}`;
      reply.header('content-disposition', contentDisposition(name)).header('cache-control', 'no-cache');
      // A file, not a JSON body: the declared schemas describe only the error answers.
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(csvTemplate(kind) as never);
      return reply.type(XLSX_TYPE).send((await xlsxTemplate(kind)) as never);
    },
  );

  app.post(
    '/api/import/:kind',
    {
      config: { permission: 'data.import' },
      schema: {
        tags: ['import'],
        summary:
          'Import a spreadsheet (multipart, field "file"; XLSX or CSV by content): check, or commit all-or-nothing',
        description:
          'Kinds: institutions, units, catalogue, assignments, users, or all (an XLSX with the sheets instansi, unit_kerja, katalog, ' +
          'penugasan, pengguna). Every problem is listed with sheet, row and column. With dryRun=false the file is ' +
          'saved only when it has no problem at all (otherwise 422, nothing saved). The same file again changes ' +
          'nothing. Invitation links of new accounts come back in the commit result.',
        params: z.object({ kind: importKindSchema }),
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        response: { 200: importResultSchema, 422: importResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const part = await uploadedFile(request, context.config.maxUploadBytes);
      const received = await receiveUpload(part.file, {
        tempDir: context.blobs.tempDir(),
        maxBytes: context.config.maxUploadBytes,
      });
      try {
        const dryRun = request.query.dryRun !== 'false';
        const outcome = await importSpreadsheet(context, callerOf(request), request.params.kind, received.tempPath, {
          dryRun,
          fileName: sanitizeFileName(part.filename, part.filename.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'),
        });
        const status = !dryRun && outcome.problems.length > 0 ? 422 : 200;
        return reply.status(status).send(localiseImportOutcome(outcome, requestLocale(request)));
      } finally {
        await rm(received.tempPath, { force: true });
      }
    },
  );
}
