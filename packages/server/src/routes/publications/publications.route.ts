/** Publications of institutions: record (a publicist, for its institution), list, read, publish a draft. */
import {
  errorResponseSchema,
  publicationListQuerySchema,
  publicationPageSchema,
  publicationRequestSchema,
  publicationSchema,
  type Scope,
} from '@pantau/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import { sendDownload } from '../../http/file-reply.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  getPublication,
  publicationFile,
  publishPublication,
  recordPublication,
  searchPublications,
} from '../../services/publication.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const idParams = z.object({ id: z.coerce.number().int().positive() });
const who = (request: FastifyRequest) => [request.actor as UserActor, request.scope as Scope] as const;
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
        response: { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request, reply) => sendDownload(reply, await publicationFile(context, ...who(request), request.params.id)),
  );
}
