/** Uploading a file to attach to an announcement, a media-kit material, a publication or a follow-up. */
import { attachmentSchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import { uploadedFile } from '../../http/upload-part.js';
import type { ZodApp } from '../../http/zod-app.js';
import { uploadAttachment } from '../../services/coordination/attachment.service.js';
import { errors } from './errors.js';

export function attachmentRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/attachments',
    {
      config: { permission: 'attachment.upload' },
      schema: {
        tags: ['coordination'],
        summary: 'Upload a file (multipart/form-data, field "file") to attach; only its uploader can attach it',
        description:
          'Checked by content like evidence (PDF, images, Office/ODF, CSV; no HTML, SVG, scripts, executables or ' +
          'archives) and stored by SHA-256. Pass the returned id as `attachmentIds`/`attachmentId`.',
        consumes: ['multipart/form-data'],
        response: { 201: attachmentSchema, ...errors, ...errorResponses(413, 415) },
      },
    },
    async (request, reply) => {
      const part = await uploadedFile(request, context.config.maxUploadBytes);
      const attachment = await uploadAttachment(context, callerOf(request), {
        fileName: part.filename,
        stream: part.file,
      });
      return reply.status(201).send(attachment);
    },
  );
}
