/** Publications of institutions: record (a publicist, for its institution), list, read, publish a draft. */
import {
  publicationListQuerySchema,
  publicationPageSchema,
  publicationRequestSchema,
  publicationSchema,
} from '@pantau/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { sendDownload } from '../../http/file-reply.js';
import { callerOf, callerScopeOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  getPublication,
  publicationFile,
  publishPublication,
  recordPublication,
  searchPublications,
} from '../../services/coordination/publication.service.js';

const errors = errorResponses(400, 401, 403, 404, 409);
const who = (request: FastifyRequest) => [callerOf(request), callerScopeOf(request)] as const;
const tags = ['publications'];

export function publicationRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/publications',
    {
      config: { permission: 'publication.write' },
      schema: {
        tags,
        summary: 'Record a publication of my institution (name `materialId` when it republishes a media-kit material)',
        body: publicationRequestSchema,
        response: { 201: publicationSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await recordPublication(context, who(request)[0], request.body)),
  );

  app.get(
    '/api/publications',
    {
      config: { permission: 'publication.read' },
      schema: {
        tags,
        summary: 'Publications: published ones of every institution, and drafts of my own',
        querystring: publicationListQuerySchema,
        response: { 200: publicationPageSchema, ...errors },
      },
    },
    (request) => {
      const { institution, material, kind, status, limit, offset } = request.query;
      return searchPublications(context, ...who(request), {
        institutionCode: institution,
        materialId: material,
        kind,
        status,
        limit,
        offset,
      });
    },
  );

  app.get(
    '/api/publications/:id',
    {
      config: { permission: 'publication.read' },
      schema: { tags, summary: 'One publication', params: idParams, response: { 200: publicationSchema, ...errors } },
    },
    (request) => getPublication(context, ...who(request), request.params.id),
  );

  app.post(
    '/api/publications/:id/publish',
    {
      config: { permission: 'publication.write' },
      schema: {
        tags,
        summary: 'Publish a draft of my institution',
        params: idParams,
        response: { 200: publicationSchema, ...errors },
      },
    },
    (request) => publishPublication(context, who(request)[0], request.params.id),
  );

  app.get(
    '/api/publications/:id/file',
    {
      config: { permission: 'publication.read' },
      schema: {
        tags,
        summary: 'Download the publication’s file (X-Content-SHA256 carries its hash)',
        params: idParams,
        produces: ['application/octet-stream'],
        response: { ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => sendDownload(reply, await publicationFile(context, ...who(request), request.params.id)),
  );
}
