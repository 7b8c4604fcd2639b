/**
 * Loading data in components with explicit loading / error / data states and a retry.
 * While the same resource reloads (retry, language switch) the data already shown stays.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Lang } from '../lib/format';
import { getJson } from './client';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, e.g. from a "Coba lagi" button. */
  retry: () => void;
}

type Loader<T> = (options: { lang: Lang; signal: AbortSignal }) => Promise<T>;

interface Snapshot<T> {
  key: string | null;
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` (or the language) changes; a null key waits (e.g. for another
 * request to finish first). `load` may change on every render: only `key` decides when to reload.
 */
export function useAsync<T>(key: string | null, load: Loader<T>): AsyncState<T> {
  const { lang } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [snapshot, setSnapshot] = useState<Snapshot<T>>({
    key,
    data: undefined,
    error: undefined,
    loading: key !== null,
  });
  const loadRef = useRef(load);
  // Declared before the loading effect, so that effect always calls the latest loader.
  useEffect(() => {
    loadRef.current = load;
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger; `load` is read through a ref
  useEffect(() => {
    if (key === null) {
      setSnapshot({ key, data: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setSnapshot((previous) =>
      previous.key === key
        ? { ...previous, error: undefined, loading: true }
        : { key, data: undefined, error: undefined, loading: true },
    );
    loadRef.current({ lang, signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setSnapshot({ key, data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSnapshot((previous) => ({ ...previous, key, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, lang, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Until the effect has run for a new key, report that key as loading rather than show stale data.
  if (snapshot.key !== key) return { data: undefined, error: undefined, loading: key !== null, retry };
  return { data: snapshot.data, error: snapshot.error, loading: snapshot.loading, retry };
}

/** GETs an API path (null: not yet) and tracks its state. */
export function useApi<T>(path: string | null): AsyncState<T> {
  return useAsync<T>(path, ({ lang, signal }) => getJson<T>(path as string, { lang, signal }));
}
