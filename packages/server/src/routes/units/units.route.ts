/** Work units (unit kerja) of an institution: list, add, change or wind up. */
import {
  institutionCodeParams,
  unitContributorsRequestSchema,
  unitCreateSchema,
  unitListQuerySchema,
  unitListSchema,
  unitSchema,
  unitTargetsRequestSchema,
  unitTargetsResultSchema,
  unitUpdateSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { changeUnit, createUnit, listUnits } from '../../services/units/unit.service.js';
import { assignUnitTargets, setUnitContributors } from '../../services/units/unit-targets.service.js';

const errors = errorResponses(400, 401, 403, 404, 409);

export function unitRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/institutions/:code/units',
    {
      config: { permission: 'unit.read' },
      schema: {
        tags: ['units'],
        summary: "An institution's work units (OPD, eselon I units), by code, with their targets and contributors",
        params: institutionCodeParams,
        querystring: unitListQuerySchema,
        response: { 200: unitListSchema, ...errors },
      },
    },
    async (request) => {
      const { active } = request.query;
      return {
        items: await listUnits(
          context,
          callerOf(request),
          request.params.code,
          active === undefined ? undefined : active === 'true',
        ),
      };
    },
  );

  app.post(
    '/api/institutions/:code/units',
    {
      config: { permission: 'unit.manage' },
      schema: {
        tags: ['units'],
        summary: 'Add a work unit to an institution (its code is local to the institution)',
        params: institutionCodeParams,
        body: unitCreateSchema,
        response: { 201: unitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const unit = await createUnit(context, callerOf(request), request.params.code, request.body);
      return reply.status(201).send(unit);
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { permission: 'unit.manage' },
      schema: {
        tags: ['units'],
        summary: 'Change a work unit, or wind it up (active: false); units are never deleted',
        params: idParams,
        body: unitUpdateSchema,
        response: { 200: unitSchema, ...errors },
      },
    },
    (request) => changeUnit(context, callerOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/institutions/:code/unit-targets',
    {
      config: { permission: 'unit.manage' },
      schema: {
        tags: ['units'],
        summary: 'Make a work unit responsible for targets, or every target of outputs (unitId null: no unit); audited',
        params: institutionCodeParams,
        body: unitTargetsRequestSchema,
        response: { 200: unitTargetsResultSchema, ...errors },
      },
    },
    (request) => assignUnitTargets(context, callerOf(request), request.params.code, request.body),
  );

  app.put(
    '/api/units/:id/contributors',
    {
      config: { permission: 'unit.manage' },
      schema: {
        tags: ['units'],
        summary: "The institution's contributors limited to this unit (they reach its targets, besides any outputs)",
        params: idParams,
        body: unitContributorsRequestSchema,
        response: { 200: z.object({ userIds: z.array(z.number().int()) }), ...errors },
      },
    },
    (request) => setUnitContributors(context, callerOf(request), request.params.id, request.body.userIds),
  );
}
