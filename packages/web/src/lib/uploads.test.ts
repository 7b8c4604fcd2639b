import { describe, expect, it } from 'vitest';
import { isRetryableStatus, type UploadItem, uploadPercent, uploadsReducer } from './uploads';

const start = {
  type: 'start',
  id: 'a',
  idempotencyKey: 'k1',
  fileName: 'bukti.pdf',
  size: 1000,
  checklistIndex: 0,
} as const;

describe('uploads', () => {
  it('track progress to done', () => {
    let items: UploadItem[] = uploadsReducer([], start);
    items = uploadsReducer(items, { type: 'progress', id: 'a', loaded: 400 });
    expect(uploadPercent(items[0] as UploadItem)).toBe(40);
    items = uploadsReducer(items, { type: 'done', id: 'a' });
    expect(items[0]).toMatchObject({ status: 'done', loaded: 1000, error: null });
    expect(uploadPercent(items[0] as UploadItem)).toBe(100);
  });

  it('resend a dropped upload with the same key, counting attempts', () => {
    let items = uploadsReducer([], start);
    items = uploadsReducer(items, { type: 'progress', id: 'a', loaded: 500 });
    items = uploadsReducer(items, { type: 'failed', id: 'a', error: 'koneksi putus', retryable: true });
    items = uploadsReducer(items, { type: 'retry', id: 'a' });
    expect(items[0]).toMatchObject({ status: 'uploading', loaded: 0, attempts: 2, idempotencyKey: 'k1', error: null });
  });

  it('do not resend a refusal', () => {
    let items = uploadsReducer([], start);
    items = uploadsReducer(items, { type: 'failed', id: 'a', error: 'jenis berkas ditolak', retryable: false });
    expect(uploadsReducer(items, { type: 'retry', id: 'a' })[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(uploadsReducer(items, { type: 'dismiss', id: 'a' })).toEqual([]);
  });

  it('tell retryable failures from refusals', () => {
    expect([0, 408, 429, 500, 503].every(isRetryableStatus)).toBe(true);
    expect([400, 409, 413, 415, 422].some(isRetryableStatus)).toBe(false);
  });
});
