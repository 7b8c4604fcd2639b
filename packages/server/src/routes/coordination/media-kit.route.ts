/** The national media kit: publish, browse, download, and see each material's reach by province. */
import { materialDetailSchema, materialListQuerySchema, materialPageSchema, materialRequestSchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { sendDownload } from '../../http/file-reply.js';
import { requestLocale } from '../../http/locale.js';
import { callerOf, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  getMaterial,
  materialFile,
  publishMaterial,
  searchMaterials,
} from '../../services/coordination/media-kit.service.js';
import { downloadErrors, errors } from './errors.js';

const tags = ['media kit'];

export function mediaKitRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/media-kit',
    {
      config: { permission: 'mediakit.manage' },
      schema: {
        tags,
        summary: 'Publish a material (infographic, video link, press release, logo guidance) tagged by period and aksi',
        body: materialRequestSchema,
        response: { 201: materialDetailSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await publishMaterial(context, callerOf(request), request.body)),
  );

  app.get(
    '/api/media-kit',
    {
      config: { permission: 'mediakit.read' },
      schema: {
        tags,
        summary: 'Browse the media kit, newest first',
        querystring: materialListQuerySchema,
        response: { 200: materialPageSchema, ...errors },
      },
    },
    (request) => {
      const { kind, period, aksi, q, limit, offset } = request.query;
      return searchMaterials(context, { kind, periodCode: period, aksiCode: aksi, search: q }, { limit, offset });
    },
  );

  app.get(
    '/api/media-kit/:id',
    {
      config: { permission: 'mediakit.read' },
      schema: {
        tags,
        summary: 'One material with its reach: published republications by province',
        params: idParams,
        response: { 200: materialDetailSchema, ...errors },
      },
    },
    (request) => getMaterial(context, request.params.id, requestLocale(request)),
  );

  app.get(
    '/api/media-kit/:id/file',
    {
      config: { permission: 'mediakit.read' },
      schema: {
        tags,
        summary: 'Download the material’s file (X-Content-SHA256 carries its hash)',
        params: idParams,
        produces: ['application/octet-stream'],
        response: downloadErrors,
      },
    },
    async (request, reply) => sendDownload(reply, await materialFile(context, request.params.id)),
  );
}
