/** Evidence: upload a file (streamed), add a link, withdraw with a reason, download with its hash. */
import {
  evidenceLinkRequestSchema,
  evidencePublicRequestSchema,
  evidenceSchema,
  evidenceUploadQuerySchema,
  reasonBodySchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import { uploadedFile } from '../../http/upload-part.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  addEvidenceLink,
  evidenceFile,
  removeEvidence,
  setEvidenceVisibility,
  uploadEvidence,
} from '../../services/reports/evidence.service.js';
import { idempotencyKeyOf } from '../../services/reports/idempotency.js';
import { contentDisposition } from '../../storage/file-name.js';

const errors = errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 423);
const reportParams = z.object({ id: z.coerce.number().int().positive() });

export function evidenceRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/reports/:id/evidence',
    {
      config: { permission: 'report.write' },
      schema: {
        tags: ['evidence'],
        summary: 'Upload one evidence file (multipart/form-data, field "file"); checked by content, stored by SHA-256',
        description:
          'Accepted: PDF, PNG/JPEG/GIF/WEBP/TIFF, Office (DOCX/XLSX/PPTX, DOC/XLS/PPT), ODF, CSV. Refused whatever the name: ' +
          'HTML, SVG, XML, scripts, executables, archives. Size limit: PANTAU_MAX_UPLOAD_MB (default 25 MB). ' +
          'Send an Idempotency-Key to retry safely after a dropped connection.',
        params: reportParams,
        querystring: evidenceUploadQuerySchema,
        consumes: ['multipart/form-data'],
        response: { 201: evidenceSchema, ...errors },
      },
    },
    async (request, reply) => {
      const part = await uploadedFile(request, context.config.maxUploadBytes);
      const result = await uploadEvidence(
        context,
        callerOf(request),
        request.params.id,
        {
          checklistIndex: request.query.checklistIndex,
          title: request.query.title,
          public: request.query.public === 'true',
        },
        { fileName: part.filename, stream: part.file },
        idempotencyKeyOf(request.headers['idempotency-key']),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body);
    },
  );

  app.post(
    '/api/reports/:id/evidence/links',
    {
      config: { permission: 'report.write' },
      schema: {
        tags: ['evidence'],
        summary: 'Add a web link (http/https) as evidence for a checklist item',
        params: reportParams,
        body: evidenceLinkRequestSchema,
        response: { 201: evidenceSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await addEvidenceLink(
        context,
        callerOf(request),
        request.params.id,
        request.body,
        idempotencyKeyOf(request.headers['idempotency-key']),
      );
      return reply.status(result.status).send(result.body);
    },
  );

  app.post(
    '/api/reports/:id/evidence/:evidenceId/remove',
    {
      config: { permission: 'report.write' },
      schema: {
        tags: ['evidence'],
        summary: 'Withdraw an evidence item (reason required); it stays in the history',
        params: reportParams.extend({ evidenceId: z.coerce.number().int().positive() }),
        body: reasonBodySchema,
        response: { 200: evidenceSchema, ...errors },
      },
    },
    (request) =>
      removeEvidence(context, callerOf(request), request.params.id, request.params.evidenceId, request.body.reason),
  );

  app.put(
    '/api/reports/:id/evidence/:evidenceId/public',
    {
      config: { permission: 'report.write' },
      schema: {
        tags: ['evidence'],
        summary:
          'Make an evidence item public or private (public items show on the portal once the report is verified)',
        params: reportParams.extend({ evidenceId: z.coerce.number().int().positive() }),
        body: evidencePublicRequestSchema,
        response: { 200: evidenceSchema, ...errors },
      },
    },
    (request) =>
      setEvidenceVisibility(
        context,
        callerOf(request),
        request.params.id,
        request.params.evidenceId,
        request.body.public,
      ),
  );

  app.get(
    '/api/evidence/:id/file',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['evidence'],
        summary: 'Download an evidence file (attachment; X-Content-SHA256 carries its hash)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        produces: ['application/octet-stream'],
        response: { ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const file = await evidenceFile(context, callerOf(request), request.params.id);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'private, max-age=0, must-revalidate');
      if (file.size !== null) reply.header('content-length', String(file.size));
      // A byte stream, not a JSON body: the declared schemas describe only the error answers.
      return reply.send(file.stream as never);
    },
  );
}
