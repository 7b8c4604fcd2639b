/** The leader's brief of an institution, and the province view of a province's kabupaten/kota. */
import {
  briefQuerySchema,
  briefSchema,
  institutionCodeParams,
  provinceProgressSchema,
  provinceViewGrantSchema,
  provinceViewStateSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { readBrief } from '../../services/leader/brief.service.js';
import { provinceMemberBrief, provinceProgress, setProvinceView } from '../../services/leader/province-view.service.js';

const errors = errorResponses(400, 401, 403, 404);

export function leaderRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/institutions/:code/brief',
    {
      config: { permission: 'brief.read' },
      schema: {
        tags: ['leader'],
        summary:
          "An institution's one-page brief: this quarter against the last, late and stuck targets by unit, formality, open follow-ups, publications",
        params: institutionCodeParams,
        querystring: briefQuerySchema,
        response: { 200: briefSchema, ...errors },
      },
    },
    (request) => readBrief(context, callerOf(request), request.params.code, request.query),
  );

  app.get(
    '/api/province-view',
    {
      config: { permission: 'province.read' },
      schema: {
        tags: ['leader'],
        summary:
          "A province's kabupaten/kota with their figures (read-only): the caller's own province with the province view, or any for admin and observers",
        querystring: briefQuerySchema.extend({
          province: z
            .string()
            .regex(/^\d{2}$/)
            .optional()
            .describe('Province code (admin and observers)'),
        }),
        response: { 200: provinceProgressSchema, ...errors },
      },
    },
    (request) => provinceProgress(context, callerOf(request), request.query),
  );

  app.get(
    '/api/province-view/:code',
    {
      config: { permission: 'province.read' },
      schema: {
        tags: ['leader'],
        summary: 'The brief of one kabupaten/kota of the province (read-only)',
        params: institutionCodeParams,
        querystring: briefQuerySchema,
        response: { 200: briefSchema, ...errors },
      },
    },
    (request) => provinceMemberBrief(context, callerOf(request), request.params.code, request.query),
  );

  app.put(
    '/api/users/:id/province-view',
    {
      config: { permission: 'province.grant' },
      schema: {
        tags: ['users'],
        summary: "Give or take away a province focal point's or leader's read-only view of its kabupaten/kota; audited",
        params: idParams,
        body: provinceViewGrantSchema,
        response: { 200: provinceViewStateSchema, ...errors },
      },
    },
    (request) => setProvinceView(context, callerOf(request), request.params.id, request.body.enabled),
  );
}
