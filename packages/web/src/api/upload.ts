/**
 * Evidence upload with progress (XMLHttpRequest: fetch reports no upload progress). The same
 * Idempotency-Key is sent on every attempt for one file, so resending after a dropped connection
 * never stores the file twice: the server answers the retry with the first result.
 */
import { getCsrfToken, notifyUnauthorized } from '../auth/session';
import type { Lang } from '../lib/format';
import { ApiError, toApiError } from './client';
import type { ResponseOf } from './typed';

export type EvidenceDto = ResponseOf<'/api/reports/{id}/evidence', 'post'>;

export interface UploadRequest {
  reportId: number;
  checklistIndex: number;
  file: File;
  /** Kept for the file across retries (crypto.randomUUID()). */
  idempotencyKey: string;
  lang: Lang;
  onProgress: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** Uploads one file; resolves with the stored evidence or rejects with an ApiError (status 0: connection lost). */
export function uploadEvidenceFile(request: UploadRequest): Promise<EvidenceDto> {
  const { reportId, checklistIndex, file, idempotencyKey, lang, onProgress, signal } = request;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ checklistIndex: String(checklistIndex) });
    xhr.open('POST', `/api/reports/${encodeURIComponent(String(reportId))}/evidence?${query}`);
    xhr.responseType = 'text';
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', lang);
    xhr.setRequestHeader('idempotency-key', idempotencyKey);
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', ''));
    xhr.ontimeout = () => reject(new ApiError(0, 'network_error', ''));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    xhr.onload = () => {
      const requestId = xhr.getResponseHeader('x-request-id');
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new ApiError(xhr.status, 'bad_response', '', requestId));
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as EvidenceDto);
        return;
      }
      if (xhr.status === 401) notifyUnauthorized();
      reject(toApiError(xhr.status, body, requestId));
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
