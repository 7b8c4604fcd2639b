/**
 * Two-factor sign-in: the second step of a sign-in, one's own authenticator (enrol, confirm,
 * state, disable) and an admin's reset of another account's authenticator.
 */
import {
  confirmSecondFactorRequestSchema,
  disableSecondFactorRequestSchema,
  meSchema,
  reasonRequestSchema,
  recoveryCodesSchema,
  secondFactorEnrolmentSchema,
  secondFactorStatusSchema,
  secondStepRequestSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  confirmEnrolment,
  disableSecondFactor,
  resetSecondFactor,
  secondFactorStatus,
  startEnrolment,
} from '../../services/accounts/second-factor.service.js';
import { completeSecondStep } from '../../services/accounts/second-step.service.js';
import { sendSession } from './auth.route.js';

const errors = errorResponses(400, 401, 403, 404, 409, 429);

export function secondFactorRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/auth/second-step',
    {
      config: { permission: 'auth.second_step' },
      schema: {
        tags: ['auth'],
        summary: 'Finish signing in with the authenticator code (or a recovery code): sets the session cookie',
        body: secondStepRequestSchema,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await completeSecondStep(context, { ...request.body, ip: request.ip });
      return sendSession(context, request, reply, session);
    },
  );

  app.get(
    '/api/account/second-factor',
    {
      config: { permission: 'account.second_factor' },
      schema: {
        tags: ['account'],
        summary: 'Whether two-factor sign-in is on for me, required for me, and how many recovery codes are left',
        response: { 200: secondFactorStatusSchema, ...errors },
      },
    },
    (request) => secondFactorStatus(context, callerOf(request)),
  );

  app.post(
    '/api/account/second-factor/enrolment',
    {
      config: { permission: 'account.second_factor' },
      schema: {
        tags: ['account'],
        summary: 'Start enrolling an authenticator app: a new secret with its QR code (confirm with a code)',
        response: { 201: secondFactorEnrolmentSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await startEnrolment(context, callerOf(request))),
  );

  app.post(
    '/api/account/second-factor/confirmation',
    {
      config: { permission: 'account.second_factor' },
      schema: {
        tags: ['account'],
        summary: 'Confirm the enrolment with a code from the app; answers the ten recovery codes, shown once',
        body: confirmSecondFactorRequestSchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    (request) => confirmEnrolment(context, callerOf(request), request.body.code),
  );

  app.post(
    '/api/account/second-factor/disable',
    {
      config: { permission: 'account.second_factor' },
      schema: {
        tags: ['account'],
        summary: 'Turn two-factor sign-in off: needs the password and a current code',
        body: disableSecondFactorRequestSchema,
        response: { 200: secondFactorStatusSchema, ...errors },
      },
    },
    (request) => disableSecondFactor(context, callerOf(request), request.body),
  );

  app.post(
    '/api/users/:id/second-factor/reset',
    {
      config: { permission: 'user.second_factor_reset' },
      schema: {
        tags: ['users'],
        summary: 'Remove the authenticator of another account (a lost phone; reason required); its sessions end',
        params: idParams,
        body: reasonRequestSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resetSecondFactor(context, callerOf(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );
}
