/**
 * A small typed wrapper over fetch for the Pantau API. Errors carry the server's message,
 * already in the UI language (sent as Accept-Language), and the request id to quote.
 */
import type { Lang } from '../lib/format';

/** Why a request failed, as far as the UI needs to know. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The server's stable error code, or `network_error` / `bad_response` for failures on the way. */
    readonly code: string,
    /** The server's localised message; empty when the failure happened before the server could say. */
    message: string,
    readonly requestId: string | null = null,
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown };
}

/** The ApiError for a failed response: the server's code, message, details and request id. */
export function toApiError(status: number, body: unknown, headerRequestId: string | null): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : 'bad_response';
  const message = typeof error?.message === 'string' ? error.message : '';
  const requestId = typeof error?.requestId === 'string' ? error.requestId : headerRequestId;
  const details = Array.isArray(error?.details) ? (error.details as { path: string; message: string }[]) : [];
  return new ApiError(status, code, message, requestId, details);
}

export interface RequestOptions {
  lang: Lang;
  signal?: AbortSignal;
}

/** GETs `path` and returns its JSON body as `T`. Throws ApiError on any failure except an abort. */
export async function getJson<T>(path: string, { lang, signal }: RequestOptions): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json', 'accept-language': lang }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', '');
  }
  const requestId = response.headers.get('x-request-id');
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(response.status, 'bad_response', '', requestId);
  }
  if (!response.ok) throw toApiError(response.status, body, requestId);
  return body as T;
}
