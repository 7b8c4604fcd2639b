/**
 * The evidence upload list as a reducer: each file waits, uploads with progress, and ends stored
 * or failed. A failure the connection caused can be resent (with the same idempotency key, so the
 * server never stores it twice); a refusal (wrong type, too large) cannot, and says why.
 */

export type UploadStatus = 'uploading' | 'done' | 'failed';

export interface UploadItem {
  /** Local id of this row. */
  id: string;
  /** Sent as Idempotency-Key on every attempt for this file. */
  idempotencyKey: string;
  fileName: string;
  size: number;
  checklistIndex: number;
  status: UploadStatus;
  loaded: number;
  attempts: number;
  /** The server's (or the app's) explanation when failed. */
  error: string | null;
  /** Whether sending the same file again may succeed. */
  retryable: boolean;
}

export type UploadAction =
  | { type: 'start'; id: string; idempotencyKey: string; fileName: string; size: number; checklistIndex: number }
  | { type: 'progress'; id: string; loaded: number }
  | { type: 'done'; id: string }
  | { type: 'failed'; id: string; error: string; retryable: boolean }
  | { type: 'retry'; id: string }
  | { type: 'dismiss'; id: string };

function update(items: UploadItem[], id: string, change: (item: UploadItem) => UploadItem): UploadItem[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

export function uploadsReducer(items: UploadItem[], action: UploadAction): UploadItem[] {
  switch (action.type) {
    case 'start':
      return [
        ...items,
        {
          id: action.id,
          idempotencyKey: action.idempotencyKey,
          fileName: action.fileName,
          size: action.size,
          checklistIndex: action.checklistIndex,
          status: 'uploading',
          loaded: 0,
          attempts: 1,
          error: null,
          retryable: false,
        },
      ];
    case 'progress':
      return update(items, action.id, (item) =>
        item.status === 'uploading' ? { ...item, loaded: Math.min(action.loaded, item.size) } : item,
      );
    case 'done':
      return update(items, action.id, (item) => ({ ...item, status: 'done', loaded: item.size, error: null }));
    case 'failed':
      return update(items, action.id, (item) => ({
        ...item,
        status: 'failed',
        error: action.error,
        retryable: action.retryable,
      }));
    case 'retry':
      return update(items, action.id, (item) =>
        item.status === 'failed' && item.retryable
          ? { ...item, status: 'uploading', loaded: 0, attempts: item.attempts + 1, error: null }
          : item,
      );
    case 'dismiss':
      return items.filter((item) => item.id !== action.id);
    default:
      return items;
  }
}

/** Progress of an item in whole percent, 0–100. */
export function uploadPercent(item: Pick<UploadItem, 'loaded' | 'size' | 'status'>): number {
  if (item.status === 'done') return 100;
  if (item.size <= 0) return 0;
  return Math.min(100, Math.floor((item.loaded / item.size) * 100));
}

/**
 * Whether an upload that failed with `status` is worth sending again: the connection dropped (0),
 * the server timed out or was busy (408, 429, 5xx). Refusals (400, 409, 413, 415, 422) are not.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}
