/**
 * The evidence uploads of one report: each file uploads at once with its own progress bar; a
 * dropped connection can be resent with the same idempotency key (never stored twice); a refusal
 * keeps the server's reason on screen.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ApiError } from '../../api/client';
import { uploadEvidenceFile } from '../../api/upload';
import { useI18n } from '../../i18n/I18nProvider';
import { newIdempotencyKey } from '../../lib/ids';
import { isRetryableStatus, type UploadItem, uploadsReducer } from '../../lib/uploads';

export interface Uploads {
  items: UploadItem[];
  add: (files: readonly File[], checklistIndex: number) => void;
  retry: (id: string) => void;
  dismiss: (id: string) => void;
  /** Whether any file is still on its way. */
  busy: boolean;
}

export function useUploads(reportId: number, onStored: () => void): Uploads {
  const { t, lang } = useI18n();
  const [items, dispatch] = useReducer(uploadsReducer, []);
  const files = useRef(new Map<string, { file: File; key: string; checklistIndex: number }>());
  const controllers = useRef(new Map<string, AbortController>());
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;

  const send = useCallback(
    (id: string) => {
      const entry = files.current.get(id);
      if (!entry) return;
      const controller = new AbortController();
      controllers.current.set(id, controller);
      uploadEvidenceFile({
        reportId,
        checklistIndex: entry.checklistIndex,
        file: entry.file,
        idempotencyKey: entry.key,
        lang,
        signal: controller.signal,
        onProgress: (loaded) => dispatch({ type: 'progress', id, loaded }),
      }).then(
        () => {
          dispatch({ type: 'done', id });
          onStoredRef.current();
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const apiError = error instanceof ApiError ? error : null;
          const status = apiError?.status ?? 0;
          const message = status === 0 ? t('upload.connectionLost') : apiError?.message || t('error.badResponse');
          dispatch({ type: 'failed', id, error: message, retryable: isRetryableStatus(status) });
        },
      );
    },
    [reportId, lang, t],
  );

  const add = useCallback(
    (list: readonly File[], checklistIndex: number) => {
      for (const file of list) {
        const id = newIdempotencyKey();
        const key = newIdempotencyKey();
        files.current.set(id, { file, key, checklistIndex });
        dispatch({ type: 'start', id, idempotencyKey: key, fileName: file.name, size: file.size, checklistIndex });
        send(id);
      }
    },
    [send],
  );

  const retry = useCallback(
    (id: string) => {
      dispatch({ type: 'retry', id });
      send(id);
    },
    [send],
  );

  const dismiss = useCallback((id: string) => {
    controllers.current.get(id)?.abort();
    controllers.current.delete(id);
    files.current.delete(id);
    dispatch({ type: 'dismiss', id });
  }, []);

  // Leaving the page cancels uploads still running (their rows would have nowhere to report to).
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  return { items, add, retry, dismiss, busy: items.some((item) => item.status === 'uploading') };
}
