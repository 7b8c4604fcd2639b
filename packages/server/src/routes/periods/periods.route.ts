/** Periods, quarters and the action catalogue. */
import { catalogueSchema, periodSchema } from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getCatalogue } from '../../services/catalogue/catalogue.service.js';
import { getPeriod, getPeriods } from '../../services/periods/period.service.js';

const periodParams = z.object({ code: z.string().regex(/^\d{4}-\d{4}$/, 'Kode periode berformat 2025-2026') });

export function periodRoutes(app: ZodApp, { database, clock }: AppContext): void {
  app.get(
    '/api/periods',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        tags: ['catalogue'],
        summary: 'All periods with their quarters and deadlines',
        response: { 200: z.array(periodSchema) },
      },
    },
    () => getPeriods(database.db, clock),
  );

  app.get(
    '/api/periods/:code',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        tags: ['catalogue'],
        summary: 'One period with its quarters and deadlines',
        params: periodParams,
        response: { 200: periodSchema, ...errorResponses(404) },
      },
    },
    (request) => getPeriod(database.db, clock, request.params.code),
  );

  app.get(
    '/api/periods/:code/catalogue',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        tags: ['catalogue'],
        summary: 'The action catalogue of a period: fokus → aksi → outputs → quarterly targets',
        params: periodParams,
        response: { 200: catalogueSchema, ...errorResponses(404) },
      },
    },
    (request) => getCatalogue(database.db, request.params.code),
  );
}
