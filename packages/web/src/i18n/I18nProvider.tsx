/**
 * Interface language: Bahasa Indonesia by default, English on request. The choice is kept in
 * localStorage and mirrored on <html lang> so screen readers pronounce the text correctly.
 * The text itself comes from catalogs.ts: the shell first, the full catalogue once a page needs
 * it. Call `startIn(readStoredLang())` before the first render so a returning English visitor
 * does not see Indonesian first.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { formatDate, formatDateRange, formatNumber, INTL_LOCALE, type Lang } from '../lib/format';
import { shownCatalogue, subscribeCatalogue, switchLang } from './catalogs';
import type { MessageKey, Messages } from './messages.id';

/** Values put into a message's `{placeholders}`; numbers are formatted for the language. */
export type MessageValues = Record<string, string | number>;

/** Message keys that come in plural forms (`key.one`, `key.other`), without the suffix. */
export type PluralKey<K = MessageKey> = K extends `${infer Base}.other` ? Base : never;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The text of `key` with `values` filled in. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** The plural form of `key` for `count`, with `{count}` and `values` filled in. */
  tn: (key: PluralKey, count: number, values?: MessageValues) => string;
  formatDate: (iso: string) => string;
  formatDateRange: (startIso: string, endIso: string) => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function fill(template: string, values: MessageValues | undefined, lang: Lang): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

const reportedMissing = new Set<MessageKey>();

/**
 * The text of `key`, or the key itself when the catalogue shown lacks it: a page rendered before
 * the full catalogue arrived (App.tsx waits for it), or a key missing from the shell. Said once
 * per key on the console, which the browser tests treat as a failure.
 */
function lookUp(messages: Partial<Messages>, key: MessageKey): string {
  const text = messages[key];
  if (text !== undefined) return text;
  if (!reportedMissing.has(key)) {
    reportedMissing.add(key);
    console.error(`Message "${key}" is not in the catalogue loaded yet (see i18n/messages.shell.id.ts).`);
  }
  return key;
}

/** Switches language; offline or on a stale deployment, stays in the current one rather than break the page. */
function setLang(next: Lang): void {
  switchLang(next).catch((error: unknown) => console.error(error));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const { lang, messages } = useSyncExternalStore(subscribeCatalogue, shownCatalogue);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const plurals = new Intl.PluralRules(INTL_LOCALE[lang]);
    const t = (key: MessageKey, values?: MessageValues) => fill(lookUp(messages, key), values, lang);
    return {
      lang,
      setLang,
      t,
      tn: (key, count, values) => {
        const form = plurals.select(count) === 'one' ? 'one' : 'other';
        return t(`${key}.${form}` as MessageKey, { ...values, count });
      },
      formatDate: (iso) => formatDate(iso, lang),
      formatDateRange: (startIso, endIso) => formatDateRange(startIso, endIso, lang),
      formatNumber: (n) => formatNumber(n, lang),
    };
  }, [lang, messages]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its formatting helpers. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

/** The translate function of the current language. */
export function useT(): I18n['t'] {
  return useI18n().t;
}
