/** Follow-ups of meetings: list (overdue ones for early warning), read, update with a note or evidence. */
import { followUpChangeRequestSchema, followUpListQuerySchema, followUpPageSchema, followUpSchema } from '@pantau/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { sendDownload } from '../../http/file-reply.js';
import { callerOf, callerScopeOf, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  followUpEvidenceFile,
  getFollowUp,
  searchFollowUps,
  updateFollowUp,
} from '../../services/coordination/follow-up.service.js';
import { downloadErrors, errors } from './errors.js';

const who = (request: FastifyRequest) => [callerOf(request), callerScopeOf(request)] as const;
const tags = ['follow-ups'];

export function followUpRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/follow-ups',
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary: 'Follow-ups (admin, observers: all; others: owned by their institution); `overdue=true` for late ones',
        querystring: followUpListQuerySchema,
        response: { 200: followUpPageSchema, ...errors },
      },
    },
    (request) => {
      const { overdue, status, institution, meeting, limit, offset } = request.query;
      return searchFollowUps(context, ...who(request), {
        overdue: overdue === 'true',
        status,
        institutionCode: institution,
        meetingId: meeting,
        limit,
        offset,
      });
    },
  );

  app.get(
    '/api/follow-ups/:id',
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary: 'One follow-up with its history',
        params: idParams,
        response: { 200: followUpSchema, ...errors },
      },
    },
    (request) => getFollowUp(context, ...who(request), request.params.id),
  );

  app.post(
    '/api/follow-ups/:id/updates',
    {
      config: { permission: 'followup.update' },
      schema: {
        tags,
        summary: 'Change the status with a note or evidence (a link, or a file from POST /api/attachments)',
        params: idParams,
        body: followUpChangeRequestSchema,
        response: { 200: followUpSchema, ...errors },
      },
    },
    (request) => updateFollowUp(context, ...who(request), request.params.id, request.body),
  );

  app.get(
    '/api/follow-ups/:id/updates/:updateId/file',
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary: 'Download the evidence file of a status change',
        params: idParams.extend({ updateId: z.coerce.number().int().positive() }),
        produces: ['application/octet-stream'],
        response: downloadErrors,
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await followUpEvidenceFile(context, ...who(request), request.params.id, request.params.updateId),
      ),
  );
}
