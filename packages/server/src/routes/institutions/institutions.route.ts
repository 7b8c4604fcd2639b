/** Institutions: K/L and Pemda. */
import {
  errorResponseSchema,
  institutionDetailSchema,
  institutionListQuerySchema,
  institutionPageSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getInstitution, searchInstitutions } from '../../services/institution.service.js';

export function institutionRoutes(app: ZodApp, { database }: AppContext): void {
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
}
