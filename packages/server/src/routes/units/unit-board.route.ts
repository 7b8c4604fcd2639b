/** The unit board, the targets-by-unit screen's data, and reminders to a unit's contributors. */
import {
  institutionCodeParams,
  unitBoardQuerySchema,
  unitBoardSchema,
  unitReminderRequestSchema,
  unitReminderResultSchema,
  unitTargetMapSchema,
  unitTargetsQuerySchema,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { remindUnit, unitBoard } from '../../services/units/unit-board.service.js';
import { unitTargetMap } from '../../services/units/unit-targets.service.js';

const errors = errorResponses(400, 401, 403, 404, 409, 429);

export function unitBoardRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/institutions/:code/unit-targets',
    {
      config: { permission: 'unit.read' },
      schema: {
        tags: ['units'],
        summary:
          "An institution's targets of a period by output, the unit responsible for each, and the latest assignments",
        params: institutionCodeParams,
        querystring: unitTargetsQuerySchema,
        response: { 200: unitTargetMapSchema, ...errors },
      },
    },
    (request) => unitTargetMap(context, callerOf(request), request.params.code, request.query.period),
  );

  app.get(
    '/api/institutions/:code/unit-board',
    {
      config: { permission: 'unit.board' },
      schema: {
        tags: ['units'],
        summary:
          'Per work unit, its targets of a quarter: due, started, ready, submitted, accepted, late, missing evidence, with the targets behind each count',
        params: institutionCodeParams,
        querystring: unitBoardQuerySchema,
        response: { 200: unitBoardSchema, ...errors },
      },
    },
    (request) =>
      unitBoard(context, callerOf(request), request.params.code, request.query.period, request.query.quarter),
  );

  app.post(
    '/api/units/:id/reminders',
    {
      config: { permission: 'unit.remind' },
      schema: {
        tags: ['units'],
        summary: "Remind the unit's contributors of its reports of a quarter not yet submitted (once a day at most)",
        params: idParams,
        body: unitReminderRequestSchema,
        response: { 200: unitReminderResultSchema, ...errors },
      },
    },
    (request) => remindUnit(context, callerOf(request), request.params.id, request.body),
  );
}
