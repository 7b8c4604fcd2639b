/** Institutions: K/L and Pemda. */
import {
  institutionDetailSchema,
  institutionFiguresSchema,
  institutionListQuerySchema,
  institutionPageSchema,
  institutionTargetsQuerySchema,
  institutionTargetsSchema,
  periodCodeSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getInstitution, searchInstitutions } from '../../services/institutions/institution.service.js';
import { institutionTargets, readInstitutionFigures } from '../../services/institutions/institution-work.service.js';

const errors = errorResponses(400, 401, 403, 404);
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
        response: { 200: institutionPageSchema, ...errorResponses(400) },
      },
    },
    (request) => {
      const { type, province, q, codes, limit, offset } = request.query;
      return searchInstitutions(database.db, { type, provinceCode: province, search: q, codes }, { limit, offset });
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
        response: { 200: institutionDetailSchema, ...errorResponses(404) },
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
      institutionTargets(context, callerOf(request), request.params.code, request.query.period, request.query.quarter),
  );

  app.get(
    '/api/institutions/:code/performance',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags: ['performance'],
        summary: "An institution's achievement, band and reporting compliance per quarter (live)",
        params: codeParams,
        querystring: z.object({ period: periodCodeSchema }),
        response: { 200: institutionFiguresSchema, ...errors },
      },
    },
    (request) => readInstitutionFigures(context, callerOf(request), request.params.code, request.query.period),
  );
}
