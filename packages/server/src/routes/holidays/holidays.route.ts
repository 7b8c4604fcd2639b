/** Maintaining the public holidays that working-day deadlines skip (the list itself is public). */

import { holidayListSchema, holidayParamsSchema, holidayRequestSchema, holidaySchema } from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { listHolidayViews, putHoliday, removeHoliday } from '../../services/periods/holiday.service.js';

const errors = errorResponses(400, 401, 403, 404);

export function holidayRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/holidays',
    {
      config: { permission: 'holiday.manage' },
      schema: {
        tags: ['holidays'],
        summary: 'The holidays of a year as admin maintains them (fresh, never cached, unlike the public list)',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: holidayListSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: await listHolidayViews(context, request.query.year) };
    },
  );

  app.put(
    '/api/holidays/:date',
    {
      config: { permission: 'holiday.manage' },
      schema: {
        tags: ['holidays'],
        summary: 'Add a holiday (or rename it), e.g. a cuti bersama day; deadlines computed from now on skip it',
        params: holidayParamsSchema,
        body: holidayRequestSchema,
        response: { 200: holidaySchema, ...errors },
      },
    },
    (request) => putHoliday(context, callerOf(request), request.params.date, request.body),
  );

  app.delete(
    '/api/holidays/:date',
    {
      config: { permission: 'holiday.manage' },
      schema: {
        tags: ['holidays'],
        summary: 'Remove a holiday (returns it); due dates already set stay as they are',
        params: holidayParamsSchema,
        response: { 200: holidaySchema, ...errors },
      },
    },
    (request) => removeHoliday(context, callerOf(request), request.params.date),
  );
}
