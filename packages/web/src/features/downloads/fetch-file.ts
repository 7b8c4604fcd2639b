/**
 * Fetching a generated file with progress: the body is read chunk by chunk, counting bytes against
 * Content-Length when the server announces one (a streamed report does not), then handed to the
 * browser to save through an object URL.
 */
import { ApiError, toApiError } from '../../api/client';
import { notifyUnauthorized } from '../../auth/session';
import type { Lang } from '../../lib/format';
import { announcedLength, fileNameFromDisposition } from './download-progress';

export interface DownloadProgress {
  received: number;
  /** The announced size, or null when the file streams without one. */
  total: number | null;
}

export interface FetchedFile {
  blob: Blob;
  fileName: string;
  bytes: number;
}

/** The error of a download cut off before its end (connection lost, or the server stopped writing). */
export const INTERRUPTED = 'download_interrupted';

async function failure(response: Response): Promise<ApiError> {
  const requestId = response.headers.get('x-request-id');
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    return new ApiError(response.status, 'bad_response', '', requestId);
  }
  if (response.status === 401) notifyUnauthorized();
  return toApiError(response.status, body, requestId);
}

/** Downloads `url`, reporting progress; rejects with an ApiError, or the AbortError of `signal`. */
export async function fetchFile(
  url: string,
  options: {
    lang: Lang;
    fallbackName: string;
    signal: AbortSignal;
    onProgress: (progress: DownloadProgress) => void;
  },
): Promise<FetchedFile> {
  const { lang, fallbackName, signal, onProgress } = options;
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'accept-language': lang }, credentials: 'same-origin', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, 'network_error', '');
  }
  if (!response.ok) throw await failure(response);
  const total = announcedLength(response.headers.get('content-length'));
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = response.body?.getReader();
  try {
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        onProgress({ received, total });
      }
    } else {
      const whole = new Uint8Array(await response.arrayBuffer());
      chunks.push(whole);
      received = whole.byteLength;
      onProgress({ received, total });
    }
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, INTERRUPTED, '', response.headers.get('x-request-id'));
  }
  if (total !== null && received < total) {
    throw new ApiError(0, INTERRUPTED, '', response.headers.get('x-request-id'));
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName, bytes: received };
}

/** Hands a downloaded file to the browser to save under `fileName`. */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; free the memory soon after.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
