/** "My account": the signed-in user's own details and password (GET/PATCH /api/account). */
import {
  accountSessionSchema,
  changePasswordRequestSchema,
  myAccountSchema,
  updateMyAccountRequestSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { changeMyPassword, getMyAccount, updateMyAccount } from '../../services/accounts/my-account.service.js';
import { endMyOtherSessions, listMySessions } from '../../services/accounts/my-sessions.service.js';

const errors = errorResponses(400, 401, 403, 404);

export function accountRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/account',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'My account: name, phone, language and roles of the signed-in user',
        response: { 200: myAccountSchema, ...errors },
      },
    },
    (request) => getMyAccount(context, callerOf(request)),
  );

  app.patch(
    '/api/account',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'Change my name, phone or language (the language of the web app, e-mails and notifications)',
        body: updateMyAccountRequestSchema,
        response: { 200: myAccountSchema, ...errors },
      },
    },
    (request) => updateMyAccount(context, callerOf(request), request.body),
  );

  app.post(
    '/api/account/password',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'Change my password (the current one is required); my other sessions end',
        body: changePasswordRequestSchema,
        response: { 200: z.object({ endedSessions: z.number().int() }), ...errors },
      },
    },
    (request) => changeMyPassword(context, callerOf(request), request.session?.idHash ?? null, request.body),
  );

  app.get(
    '/api/account/sessions',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'Where I am signed in: device, address, last seen',
        response: { 200: z.array(accountSessionSchema), ...errors },
      },
    },
    (request) => listMySessions(context, callerOf(request), request.session?.idHash ?? null),
  );

  app.post(
    '/api/account/sessions/end-others',
    {
      config: { permission: 'account.self' },
      schema: {
        tags: ['account'],
        summary: 'Sign out everywhere else: every session of mine but this one ends',
        response: { 200: z.object({ endedSessions: z.number().int() }), ...errors },
      },
    },
    (request) => endMyOtherSessions(context, callerOf(request), request.session?.idHash ?? null),
  );
}
