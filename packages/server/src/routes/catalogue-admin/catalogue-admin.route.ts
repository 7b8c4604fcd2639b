/** Administration of the catalogue and institutions by code: PUT creates or changes, the same PUT again changes nothing. */
import {
  aksiAdminSchema,
  aksiParamsSchema,
  aksiUpsertRequestSchema,
  fokusAdminSchema,
  fokusParamsSchema,
  fokusUpsertRequestSchema,
  institutionAdminSchema,
  institutionUpsertRequestSchema,
  outputAdminSchema,
  outputParamsSchema,
  outputUpsertRequestSchema,
  targetAdminSchema,
  targetParamsSchema,
  targetUpsertRequestSchema,
} from '@pantau/core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { putAksi, putFokus, putOutput, putTarget } from '../../services/catalogue/catalogue-admin.service.js';
import { putInstitution } from '../../services/institutions/institution-admin.service.js';

const errors = errorResponses(400, 401, 403, 404, 409);

/** 201 when the PUT created the entry, 200 otherwise. */
function answer<T extends { status: string }>(reply: FastifyReply, result: T) {
  return reply.status(result.status === 'created' ? 201 : 200).send(result);
}

export function catalogueAdminRoutes(app: ZodApp, context: AppContext): void {
  app.put(
    '/api/periods/:code/fokus/:fokus',
    {
      config: { permission: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Create or rename a fokus of a period',
        params: fokusParamsSchema,
        body: fokusUpsertRequestSchema,
        response: { 200: fokusAdminSchema, 201: fokusAdminSchema, ...errors },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await putFokus(context, callerOf(request), request.params.code, request.params.fokus, request.body.name),
      ),
  );

  app.put(
    '/api/periods/:code/aksi/:aksi',
    {
      config: { permission: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Create an aksi, rename it or move it to another fokus',
        params: aksiParamsSchema,
        body: aksiUpsertRequestSchema,
        response: { 200: aksiAdminSchema, 201: aksiAdminSchema, ...errors },
      },
    },
    async (request, reply) =>
      answer(reply, await putAksi(context, callerOf(request), request.params.code, request.params.aksi, request.body)),
  );

  app.put(
    '/api/periods/:code/outputs/:output',
    {
      config: { permission: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Create or rename an output (sub-aksi); its aksi is the part of the code before the dot',
        params: outputParamsSchema,
        body: outputUpsertRequestSchema,
        response: { 200: outputAdminSchema, 201: outputAdminSchema, ...errors },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await putOutput(context, callerOf(request), request.params.code, request.params.output, request.body.name),
      ),
  );

  app.put(
    '/api/periods/:code/targets/:target',
    {
      config: { permission: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Create a quarterly target (version 1), or revise it: changed content is a new version with a reason',
        params: targetParamsSchema,
        body: targetUpsertRequestSchema,
        response: { 200: targetAdminSchema, 201: targetAdminSchema, ...errors },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await putTarget(context, callerOf(request), request.params.code, request.params.target, request.body),
      ),
  );

  app.put(
    '/api/institutions/:code',
    {
      config: { permission: 'institution.manage' },
      schema: {
        tags: ['institutions'],
        summary: 'Create or rename an institution: a K/L code, or a Kemendagri region code (province from the code)',
        params: z.object({ code: z.string().min(1).max(20) }),
        body: institutionUpsertRequestSchema,
        response: { 200: institutionAdminSchema, 201: institutionAdminSchema, ...errors },
      },
    },
    async (request, reply) =>
      answer(reply, await putInstitution(context, callerOf(request), request.params.code, request.body)),
  );
}
