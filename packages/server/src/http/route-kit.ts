/**
 * What every route file needs besides its own schemas: the signed-in caller, the shared error
 * responses for the OpenAPI document and the `:id` path parameter.
 */
import { errorResponseSchema, type Scope } from '@pantau/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserActor } from '../audit/actor.js';
import { AppError } from '../errors.js';
import { UNAUTHENTICATED } from './access-control.js';

/**
 * The signed-in user behind a request on a non-public route. Access control has already refused
 * anonymous callers; the check here keeps a route that forgot its permission from running with none.
 */
export function callerOf(request: FastifyRequest): UserActor {
  if (!request.actor) throw new AppError(401, 'unauthenticated', UNAUTHENTICATED);
  return request.actor;
}

/** The scope the caller's permission reaches on this route (set by access control). */
export function callerScopeOf(request: FastifyRequest): Scope {
  if (!request.scope) throw new AppError(401, 'unauthenticated', UNAUTHENTICATED);
  return request.scope;
}

/** HTTP statuses a route may answer with the one error shape. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 429 | 503;

/** The documented error answers of a route: `errorResponses(400, 404)` → `{ 400: …, 404: … }`. */
export function errorResponses<const S extends ErrorStatus>(...statuses: S[]): Record<S, typeof errorResponseSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponseSchema])) as Record<
    S,
    typeof errorResponseSchema
  >;
}

/** The error answers of a route behind sign-in that reads or changes one object. */
export const signedInErrors = errorResponses(400, 401, 403, 404, 409);

/** `/…/:id` with a positive integer id. */
export const idParams = z.object({ id: z.coerce.number().int().positive() });
