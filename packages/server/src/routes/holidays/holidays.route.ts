/** Maintaining the public holidays that working-day deadlines skip (the list itself is public). */
import { holidayParamsSchema, holidayRequestSchema, holidaySchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { putHoliday, removeHoliday } from '../../services/periods/holiday.service.js';

const errors = errorResponses(400, 401, 403, 404);

export function holidayRoutes(app: ZodApp, context: AppContext): void {
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
