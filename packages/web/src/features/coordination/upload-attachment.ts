/** Uploading a file to attach to an announcement, a material, a publication or a follow-up update. */
import type { AttachmentDto } from '@pantau/core';
import { ApiError, toApiError } from '../../api/client';
import { getCsrfToken, notifyUnauthorized } from '../../auth/session';
import type { Lang } from '../../lib/format';

/** Sends `file` to POST /api/attachments; resolves with the stored attachment or rejects with an ApiError. */
export async function uploadAttachment(file: File, lang: Lang): Promise<AttachmentDto> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch('/api/attachments', { method: 'POST', headers, body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', '');
  }
  const requestId = response.headers.get('x-request-id');
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as AttachmentDto;
  if (response.status === 401) notifyUnauthorized();
  throw toApiError(response.status, body, requestId);
}

/** Uploads each chosen file in turn; resolves with their ids. */
export async function uploadAll(files: readonly File[], lang: Lang): Promise<number[]> {
  const ids: number[] = [];
  for (const file of files) ids.push((await uploadAttachment(file, lang)).id);
  return ids;
}
