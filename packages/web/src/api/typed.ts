/**
 * A typed client for the signed-in API, from the types generated out of the server's OpenAPI
 * document (`schema.d.ts`, `npm run api:types`). Types only: nothing of the document reaches the
 * bundle. Path, query, body and answer are checked against the route:
 *
 *   const report = await apiGet('/api/reports/{id}', { path: { id } }, { lang });
 *   await apiSend('post', '/api/reports/{id}/transitions', { path: { id }, body: { action, version } }, { lang });
 *
 * State-changing requests carry the session's CSRF token; a 401 tells the session it has ended.
 */
import { getCsrfToken, notifyUnauthorized } from '../auth/session';
import type { Lang } from '../lib/format';
import { ApiError, toApiError } from './client';
import type { paths } from './schema';

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
type WriteMethod = Exclude<HttpMethod, 'get'>;
type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

/** The API paths that answer `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

type Parameters<O> = O extends { parameters: infer X } ? X : never;
type PathParameters<O> = Parameters<O> extends { path?: infer A } ? NonNullable<A> : never;
type QueryParameters<O> = Parameters<O> extends { query?: infer Q } ? NonNullable<Q> : never;
type JsonBody<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type Success<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201 | 204>] : never;

/** The JSON body of a successful answer of `M path`. */
export type ResponseOf<P extends keyof paths, M extends HttpMethod> = Json<Success<Operation<P, M>>>;
/** The JSON body `M path` takes. */
export type BodyOf<P extends keyof paths, M extends HttpMethod> = JsonBody<Operation<P, M>>;
/** The query parameters of `M path`. */
export type QueryOf<P extends keyof paths, M extends HttpMethod> = QueryParameters<Operation<P, M>>;

/** What a request fills in: `{placeholders}` of the path are required when it has any. */
export type RequestArgs<P extends keyof paths, M extends HttpMethod> = (P extends `${string}{${string}}${string}`
  ? { path: PathParameters<Operation<P, M>> }
  : { path?: never }) & {
  query?: Partial<QueryOf<P, M>>;
  body?: BodyOf<P, M>;
  headers?: Record<string, string>;
};

export interface CallOptions {
  lang: Lang;
  signal?: AbortSignal;
}

/** `/api/reports/{id}` with `{ id: 5 }` → `/api/reports/5`; query values left undefined are omitted. */
export function buildUrl(
  template: string,
  path: Record<string, string | number> | undefined,
  query: Record<string, unknown> | undefined,
): string {
  const url = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path?.[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${url}?${text}` : url;
}

async function call(
  method: HttpMethod,
  url: string,
  body: unknown,
  extraHeaders: Record<string, string> | undefined,
  { lang, signal }: CallOptions,
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang, ...extraHeaders };
  if (method !== 'get') {
    const token = getCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', '');
  }
  const requestId = response.headers.get('x-request-id');
  if (response.status === 204) return undefined;
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(response.status, 'bad_response', '', requestId);
  }
  if (!response.ok) {
    if (response.status === 401) notifyUnauthorized();
    throw toApiError(response.status, parsed, requestId);
  }
  return parsed;
}

/** GETs a typed API path. Throws ApiError on failure (a 401 also ends the session in the app). */
export function apiGet<P extends PathsWith<'get'>>(
  path: P,
  args: RequestArgs<P, 'get'>,
  options: CallOptions,
): Promise<ResponseOf<P, 'get'>> {
  const url = buildUrl(path, args.path as Record<string, string | number> | undefined, args.query);
  return call('get', url, undefined, args.headers, options) as Promise<ResponseOf<P, 'get'>>;
}

/** Sends a state-changing request (with the CSRF token) to a typed API path. */
export function apiSend<M extends WriteMethod, P extends PathsWith<M>>(
  method: M,
  path: P,
  args: RequestArgs<P, M>,
  options: CallOptions,
): Promise<ResponseOf<P, M>> {
  const url = buildUrl(path, args.path as Record<string, string | number> | undefined, args.query);
  return call(method, url, args.body, args.headers, options) as Promise<ResponseOf<P, M>>;
}
