/** Maintaining the public holidays that working-day deadlines skip (the list itself is public). */
import { errorResponseSchema, holidayParamsSchema, holidayRequestSchema, holidaySchema } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { putHoliday, removeHoliday } from '../../services/holiday.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

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
    (request) => putHoliday(context, request.actor as UserActor, request.params.date, request.body),
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
    (request) => removeHoliday(context, request.actor as UserActor, request.params.date),
  );
}
