/** Sending a spreadsheet to the import: a check (dry run) or the commit. Both answer the same result. */
import type { ImportResultDto } from '@pantau/core';
import { ApiError, toApiError } from '../../api/client';
import { getCsrfToken, notifyUnauthorized } from '../../auth/session';
import type { Lang } from '../../lib/format';
import { type ImportKind, importUrl } from './download-urls';

/** Uploads `file`; resolves with the result (also for a refused commit, 422), rejects with an ApiError. */
export async function uploadImport(
  kind: ImportKind,
  file: File,
  dryRun: boolean,
  { lang, signal }: { lang: Lang; signal?: AbortSignal },
): Promise<ImportResultDto> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(importUrl(kind, dryRun), {
      method: 'POST',
      headers,
      body: form,
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', '');
  }
  const requestId = response.headers.get('x-request-id');
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'bad_response', '', requestId);
  }
  if (response.ok || response.status === 422) return body as ImportResultDto;
  if (response.status === 401) notifyUnauthorized();
  throw toApiError(response.status, body, requestId);
}
