import {
  accountListQuerySchema,
  accountPageSchema,
  accountSchema,
  inviteRequestSchema,
  inviteResponseSchema,
  issuedLinkSchema,
  reasonRequestSchema,
  updateAccountRequestSchema,
} from '@pantau/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { callerOf, callerScopeOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  getAccount,
  inviteAccount,
  issuePasswordReset,
  listAccountsPage,
  setAccountActive,
  updateAccount,
} from '../../services/accounts/account.service.js';

const errors = errorResponses(400, 401, 403, 404, 409);
const who = (request: FastifyRequest) => [callerOf(request), callerScopeOf(request)] as const;

export function userRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/users',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['users'],
        summary: 'Accounts I may see (a focal point: its own institution)',
        querystring: accountListQuerySchema,
        response: { 200: accountPageSchema, ...errors },
      },
    },
    (request) => {
      const { institution, role, status, q, limit, offset } = request.query;
      return listAccountsPage(
        context,
        ...who(request),
        { institutionCode: institution, role, status, search: q },
        { limit, offset },
      );
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['users'],
        summary: 'One account',
        params: idParams,
        response: { 200: accountSchema, ...errors },
      },
    },
    (request) => getAccount(context, ...who(request), request.params.id),
  );

  app.post(
    '/api/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Invite a user; returns the single-use invitation link to hand over',
        body: inviteRequestSchema,
        response: { 201: inviteResponseSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteAccount(context, ...who(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Change name, language, roles, institution or verifier aksi',
        params: idParams,
        body: updateAccountRequestSchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    (request) => updateAccount(context, ...who(request), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/disable',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Disable an account (reason required); its sessions end at once',
        params: idParams,
        body: reasonRequestSchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    (request) => setAccountActive(context, ...who(request), request.params.id, false, request.body.reason),
  );

  app.post(
    '/api/users/:id/enable',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Enable a disabled account',
        params: idParams,
        response: { 200: accountSchema, ...errors },
      },
    },
    (request) => setAccountActive(context, ...who(request), request.params.id, true, undefined),
  );

  app.post(
    '/api/users/:id/password-reset-link',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Issue a single-use password-reset link (24 h) to hand to the account holder',
        params: idParams,
        response: { 201: issuedLinkSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issuePasswordReset(context, ...who(request), request.params.id)),
  );
}
