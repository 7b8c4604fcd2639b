/**
 * The OpenAPI document in one place: its header (servers, licence, security schemes) and what
 * every operation gets without its route file saying so — an `operationId` derived from method and
 * path, its `security` from the permission matrix, and the documented answers a generated client
 * needs (a file download's 200, the 401 any call with a bad token may get).
 */

import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { errorResponseSchema, isPublic, type PermissionName } from '@pantau/core';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { VERSION } from '../version.js';

/** Names of the security schemes, as operations' `security` refer to them. */
export const SECURITY_SCHEMES = {
  session: 'sessionCookie',
  csrf: 'csrfHeader',
  bearer: 'apiToken',
} as const;

/** The scopes of an API token (`read` is refused on every write). */
const TOKEN_SCOPE = { read: 'read', write: 'read-write' } as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The document's header: everything but the paths. */
export function openapiHeader(config: Pick<Config, 'publicUrl'>): NonNullable<FastifyDynamicSwaggerOptions['openapi']> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pantau API',
      version: VERSION,
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      description:
        'API Pantau: pemantauan dan evaluasi aksi pencegahan korupsi (Stranas PK). ' +
        'Errors use one shape: `{ error: { code, message, details, requestId } }`; messages are in ' +
        'Bahasa Indonesia, or English with `Accept-Language: en` or `?lang=en`. ' +
        'Machine clients send an API token (`Authorization: Bearer pantau_…`, created under My account); ' +
        'a `read` token is refused on every write. See docs/api.md.',
    },
    servers: [{ url: config.publicUrl, description: 'This installation' }],
    components: {
      securitySchemes: {
        [SECURITY_SCHEMES.session]: {
          type: 'apiKey',
          in: 'cookie',
          name: 'pantau_session',
          description: 'The session cookie set by `POST /api/auth/login` (browsers).',
        },
        [SECURITY_SCHEMES.csrf]: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description:
            'With the session cookie, every write carries the session’s CSRF token (`csrfToken` of the sign-in answer).',
        },
        [SECURITY_SCHEMES.bearer]: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API token (`pantau_…`) created by a signed-in user under My account, acting as that user. ' +
            'Its scope is `read` (GET only) or `read-write`; operations list the scope they need.',
        },
      },
    },
  };
}

/** The `security` of an operation: none for public ones; otherwise a session (with CSRF on writes) or a token. */
export function securityOf(permission: PermissionName, method: string): Record<string, string[]>[] {
  if (isPublic(permission)) return [];
  if (SAFE_METHODS.has(method)) {
    return [{ [SECURITY_SCHEMES.session]: [] }, { [SECURITY_SCHEMES.bearer]: [TOKEN_SCOPE.read] }];
  }
  return [
    { [SECURITY_SCHEMES.session]: [], [SECURITY_SCHEMES.csrf]: [] },
    { [SECURITY_SCHEMES.bearer]: [TOKEN_SCOPE.write] },
  ];
}

const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const VERBS: Record<string, string> = { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'delete' };

/**
 * A readable camelCase id from method and path: the verb, the path's words after `/api`, and
 * `By<Param>` for parameters at the end — `GET /api/periods/:code` → `getPeriodsByCode`,
 * `POST /api/users/:id/disable` → `postUsersDisable`.
 */
export function operationIdOf(method: string, url: string): string {
  const segments = url.replace(/^\/api\//, '').split('/');
  const parts: string[] = [];
  const params: string[] = [];
  segments.forEach((segment, index) => {
    for (const piece of segment.split(/(?=[:.])/)) {
      if (!piece.startsWith(':')) parts.push(...words(piece).map(capitalised));
      // Parameters inside the path are implied by the words around them; the last ones name the call.
      else if (index === segments.length - 1) params.push(capitalised(words(piece)[0] ?? ''));
    }
  });
  const by = params.length > 0 ? `By${params.join('And')}` : '';
  return `${VERBS[method] ?? method.toLowerCase()}${parts.join('')}${by}`;
}

/** The shape the swagger plugin hands to a transform. */
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

interface DocumentedSchema {
  operationId?: string;
  consumes?: string[];
  body?: unknown;
  security?: unknown;
  produces?: string[];
  response?: Record<string, unknown>;
  hide?: boolean;
}

/**
 * The transform of every route into its operation: the zod schemas become JSON Schema, then the
 * operation gets its id (unless the route's schema names one), its security (unless the route's
 * schema sets one) and the answers every operation has.
 */
export function transformOperation(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const result = jsonSchemaTransform(input);
  const schema = result.schema as DocumentedSchema | undefined;
  if (!schema || schema.hide) return result;
  const route = (input as { route?: { method: string | string[]; config?: { permission?: PermissionName } } }).route;
  const method = String(Array.isArray(route?.method) ? route.method[0] : route?.method).toUpperCase();
  schema.operationId ??= operationIdOf(method, input.url);
  const permission = route?.config?.permission;
  if (permission && schema.security === undefined) schema.security = securityOf(permission, method);
  schema.response ??= {};
  const response = schema.response;
  const codes = Object.keys(response);
  // A download declares its media types with `produces`; its 200 is the file itself.
  if (!codes.some((code) => code.startsWith('2') || code.startsWith('3')) && schema.produces?.length) {
    response['200'] = {
      description: 'The file',
      content: Object.fromEntries(
        schema.produces.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    };
    // The errors of a download are still the JSON error shape, not the file's media type.
    delete schema.produces;
  }
  // An upload reads one file part (`http/upload-part.ts`); the document names it so a client can send it.
  if (schema.consumes?.includes('multipart/form-data') && schema.body === undefined) {
    schema.body = {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'The file (the first file part is read)' } },
    };
  }
  // Access control checks a bearer token wherever one is sent, so any operation may answer 401.
  if (!codes.some((code) => code.startsWith('4'))) response['401'] = errorJson(input);
  return result;
}

let cachedErrorJson: unknown;
/** The one error shape as JSON Schema, converted exactly as the routes' own error answers are. */
function errorJson(input: TransformInput): unknown {
  cachedErrorJson ??= (
    jsonSchemaTransform({ ...input, schema: { response: { 401: errorResponseSchema } } }).schema as DocumentedSchema
  ).response?.['401'];
  return cachedErrorJson;
}
