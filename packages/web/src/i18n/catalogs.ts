/**
 * The interface text in use. The first paint has only the shell catalogue (messages.shell.id.ts:
 * the frame of every page and the sign-in page, in the main bundle), to keep the sign-in page
 * small on slow phones. The full catalogue of the language in use, Indonesian or English, is a
 * chunk of its own, fetched on first need: before any other page renders (App.tsx), or when
 * someone switches language. The provider re-renders once it arrives.
 */
import { LANGS, type Lang } from '../lib/format';
import type { Messages } from './messages.id';
import { shellMessagesId } from './messages.shell.id';

/** The text shown now: the full catalogue of `lang` once it is loaded, the shell until then. */
export interface Catalogue {
  lang: Lang;
  messages: Partial<Messages>;
}

const STORAGE_KEY = 'pantau.lang';
const loading: Partial<Record<Lang, Promise<Messages>>> = {};
const listeners = new Set<() => void>();
let shown: Catalogue = { lang: 'id', messages: shellMessagesId };

function show(next: Catalogue): void {
  shown = next;
  for (const listener of listeners) listener();
}

/**
 * One function per chunk: written as one conditional, the minifier merged the two imports into
 * one call and Vite then preloaded the Indonesian chunk for English as well.
 */
const importCatalogue: Record<Lang, () => Promise<Messages>> = {
  id: () => import('./messages.id').then((module) => module.messagesId),
  en: () => import('./messages.en').then((module) => module.messagesEn),
};

/** Loads (once) the full catalogue of `lang`; it replaces the shell if that language is shown. */
function loadMessages(lang: Lang): Promise<Messages> {
  let messages = loading[lang];
  if (!messages) {
    messages = importCatalogue[lang]().then((loaded) => {
      if (shown.lang === lang) show({ lang, messages: loaded });
      return loaded;
    });
    // A failed download (offline, a stale deployment) is tried again on the next need.
    messages.catch(() => delete loading[lang]);
    loading[lang] = messages;
  }
  return messages;
}

/** The full catalogue of the language shown: what every page but sign-in waits for. */
export function loadShownMessages(): Promise<Messages> {
  return loadMessages(shown.lang);
}

/** Shows `lang` once its full catalogue is there, and remembers the choice for the next visit. */
export async function switchLang(lang: Lang): Promise<void> {
  const messages = await loadMessages(lang);
  storeLang(lang);
  show({ lang, messages });
}

/**
 * Before the first render: Indonesian starts at once from the shell; English (a returning
 * visitor's choice) is fetched first, so they do not see Indonesian flash by.
 */
export function startIn(lang: Lang): Promise<void> {
  return lang === 'id' ? Promise.resolve() : switchLang(lang);
}

/** The text shown now (a snapshot for `useSyncExternalStore`). */
export function shownCatalogue(): Catalogue {
  return shown;
}

/** Calls `listener` whenever the text shown changes; returns the way to stop. */
export function subscribeCatalogue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language chosen on an earlier visit, or Indonesian. */
export function readStoredLang(): Lang {
  // A link from the public site carries its language (`?lang=en`): it wins, and is remembered.
  const asked = new URLSearchParams(window.location.search).get('lang');
  if ((LANGS as readonly (string | null)[]).includes(asked)) {
    storeLang(asked as Lang);
    return asked as Lang;
  }
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return (LANGS as readonly (string | null)[]).includes(stored) ? (stored as Lang) : 'id';
  } catch {
    return 'id'; // storage blocked (private mode, strict settings): keep the default
  }
}

/** Remembers the chosen language for the next visit. */
function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not fatal: the choice simply lasts for this visit only.
  }
}
