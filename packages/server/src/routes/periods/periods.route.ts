/** Periods, quarters and the action catalogue. */
import {
  catalogueSchema,
  createdPeriodSchema,
  createPeriodRequestSchema,
  periodCodeSchema,
  periodSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getCatalogue } from '../../services/catalogue/catalogue.service.js';
import { getPeriod, getPeriods } from '../../services/periods/period.service.js';
import { createPeriod } from '../../services/periods/period-create.service.js';

const periodParams = z.object({ code: periodCodeSchema });

export function periodRoutes(app: ZodApp, context: AppContext): void {
  const { database, clock } = context;
  app.post(
    '/api/periods',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['catalogue'],
        summary:
          'Create a period with its eight quarters (planned); optionally copy the catalogue of an earlier period as a draft',
        body: createPeriodRequestSchema,
        response: { 201: createdPeriodSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createPeriod(context, callerOf(request), request.body)),
  );

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
