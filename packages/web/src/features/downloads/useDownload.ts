/** One download's life in a component: start, progress, cancel, failure with retry, done. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { type DownloadProgress, fetchFile, saveFile } from './fetch-file';

export type DownloadState =
  | { status: 'idle' }
  | ({ status: 'running' } & DownloadProgress)
  | { status: 'done'; fileName: string; bytes: number }
  | { status: 'failed'; error: unknown }
  | { status: 'cancelled' };

export interface Download {
  state: DownloadState;
  start: () => void;
  cancel: () => void;
}

/** Downloads `url` when started and saves it; a new start while one runs is ignored. */
export function useDownload(url: string, fallbackName: string): Download {
  const { lang } = useI18n();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);
  // A different file (another quarter, format, institution): forget the last outcome.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the url is the trigger
  useEffect(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: 'idle' });
  }, [url]);

  const start = useCallback(() => {
    if (controller.current) return;
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'running', received: 0, total: null });
    fetchFile(url, {
      lang,
      fallbackName,
      signal: current.signal,
      onProgress: (progress) => {
        if (!current.signal.aborted) setState({ status: 'running', ...progress });
      },
    }).then(
      (file) => {
        if (current.signal.aborted) return;
        controller.current = null;
        saveFile(file.blob, file.fileName);
        setState({ status: 'done', fileName: file.fileName, bytes: file.bytes });
      },
      (error: unknown) => {
        if (controller.current === current) controller.current = null;
        if (current.signal.aborted) return;
        setState({ status: 'failed', error });
      },
    );
  }, [url, lang, fallbackName]);

  const cancel = useCallback(() => {
    const current = controller.current;
    if (!current) return;
    controller.current = null;
    current.abort();
    setState({ status: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
