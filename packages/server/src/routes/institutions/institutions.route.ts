/** Institutions: K/L and Pemda. */
import {
  errorResponseSchema,
  institutionDetailSchema,
  institutionListQuerySchema,
  institutionPageSchema,
  institutionPerformanceSchema,
  institutionTargetsQuerySchema,
  institutionTargetsSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getInstitution, searchInstitutions } from '../../services/institution.service.js';
import { institutionPerformance, institutionTargets } from '../../services/institution-work.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const codeParams = z.object({ code: z.string().min(1).max(20) });

export function institutionRoutes(app: ZodApp, context: AppContext): void {
  const { database } = context;
  app.get(
    '/api/institutions',
    {
      config: { permission: 'institution.read' },
      schema: {
        tags: ['institutions'],
        summary: 'Search institutions by type, province, name or code (paged)',
        querystring: institutionListQuerySchema,
        response: { 200: institutionPageSchema, 400: errorResponseSchema },
      },
    },
    (request) => {
      const { type, province, q, limit, offset } = request.query;
      return searchInstitutions(database.db, { type, provinceCode: province, search: q }, { limit, offset });
    },
  );

  app.get(
    '/api/institutions/:code',
    {
      config: { permission: 'institution.read' },
      schema: {
        tags: ['institutions'],
        summary: 'One institution with its parent province and assigned outputs',
        params: z.object({ code: z.string().min(1).max(20) }),
        response: { 200: institutionDetailSchema, 404: errorResponseSchema },
      },
    },
    (request) => getInstitution(database.db, request.params.code),
  );

  app.get(
    '/api/institutions/:code/targets',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['reports'],
        summary: "An institution's targets of a quarter with the state of each report, the deadline and days left",
        params: codeParams,
        querystring: institutionTargetsQuerySchema,
        response: { 200: institutionTargetsSchema, ...errors },
      },
    },
    (request) =>
      institutionTargets(
        context,
        request.actor as UserActor,
        request.params.code,
        request.query.period,
        request.query.quarter,
      ),
  );

  app.get(
    '/api/institutions/:code/performance',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags: ['performance'],
        summary: "An institution's achievement, band and reporting compliance per quarter (live)",
        params: codeParams,
        querystring: z.object({ period: z.string().regex(/^\d{4}-\d{4}$/) }),
        response: { 200: institutionPerformanceSchema, ...errors },
      },
    },
    (request) => institutionPerformance(context, request.actor as UserActor, request.params.code, request.query.period),
  );
}
