/** A picker's two questions to its source: which options match what is typed, and what the chosen codes are called. */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import type { PickerOption } from './picker-options';
import type { PickerSource } from './picker-sources';

/** How long typing must pause before a server search goes out. */
const PAUSE_MS = 200;

export interface OptionSearch {
  options: PickerOption[];
  /** What the list says instead of (or below) options: type more, searching, nothing found, failed. */
  message: MessageKey | null;
  /** Whether `options` answer the current query (for the spoken result count). */
  settled: boolean;
}

/**
 * The options of `source` matching `query` (null: the list is closed, nothing is asked). The
 * newest query wins: an earlier answer arriving late is dropped.
 */
export function useOptionSearch(source: PickerSource, query: string | null, exclude: readonly string[]): OptionSearch {
  const { lang } = useI18n();
  const [state, setState] = useState<{ key: string; options: PickerOption[]; failed: boolean } | null>(null);
  const tooShort = query !== null && query.trim().length < source.minQuery;
  const key = query === null || tooShort ? null : `${source.key}\n${query.trim()}\n${exclude.join(',')}`;
  const sourceRef = useRef(source);
  sourceRef.current = source;
  const excludeRef = useRef(exclude);
  excludeRef.current = exclude;

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const text = key.split('\n')[1] ?? '';
    const timer = setTimeout(
      () => {
        sourceRef.current.search(text, excludeRef.current, { lang, signal: controller.signal }).then(
          (options) => {
            if (controller.signal.aborted) return;
            remember(sourceRef.current, options);
            setState({ key, options, failed: false });
          },
          () => {
            if (!controller.signal.aborted) setState({ key, options: [], failed: true });
          },
        );
      },
      source.minQuery === 0 ? 0 : PAUSE_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, lang, source.minQuery]);

  if (query === null) return { options: [], message: null, settled: false };
  if (tooShort) return { options: [], message: 'picker.typeMore', settled: false };
  const settled = state !== null && state.key === key;
  // While a new answer is on its way, the previous options stay (no flicker on every key).
  const options = state?.options ?? [];
  if (settled && state.failed) return { options: [], message: 'picker.failed', settled };
  if (settled && options.length === 0) return { options, message: 'picker.none', settled };
  if (!settled && options.length === 0) return { options, message: 'picker.searching', settled };
  return { options, message: null, settled };
}

/** Options seen on this page, by list and code: what a chosen code is called, without asking again. */
const named = new Map<string, PickerOption>();
const nameKey = (source: PickerSource, code: string) => `${source.key}\n${code}`;

function remember(source: PickerSource, options: readonly PickerOption[]): void {
  for (const option of options) named.set(nameKey(source, option.code), option);
}

/**
 * The chosen codes as options, in their order, named by the source (codes it does not know stay as
 * they are). Options a search listed are named at once; others are looked up, once.
 */
export function useChosenOptions(source: PickerSource, codes: readonly string[]): PickerOption[] {
  const { lang } = useI18n();
  const [, setLookedUp] = useState(0);
  const missingKey = codes.filter((code) => !named.has(nameKey(source, code))).join(',');
  const sourceRef = useRef(source);
  sourceRef.current = source;

  useEffect(() => {
    if (!missingKey) return;
    const controller = new AbortController();
    const wanted = missingKey.split(',');
    const list = sourceRef.current;
    list.lookup(wanted, { lang, signal: controller.signal }).then(
      (found) => {
        if (controller.signal.aborted) return;
        // Codes the source does not know are remembered as themselves, so they are not asked for again.
        remember(
          list,
          wanted.map((code) => ({ code, name: code })),
        );
        remember(list, found);
        setLookedUp((count) => count + 1);
      },
      () => {},
    );
    return () => controller.abort();
  }, [missingKey, lang]);

  return codes.map((code) => named.get(nameKey(source, code)) ?? { code, name: code });
}
