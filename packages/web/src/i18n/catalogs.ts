/**
 * Loading the message catalogues. Indonesian, the default, ships in the main bundle; English
 * is fetched only when someone chooses it, to keep the first download small on slow phones.
 */
import { LANGS, type Lang } from '../lib/format';
import { type Messages, messagesId } from './messages.id';

const STORAGE_KEY = 'pantau.lang';
const loaded: Partial<Record<Lang, Messages>> = { id: messagesId };

/** The catalogue of `lang` if it has been loaded already. */
export function loadedMessages(lang: Lang): Messages | undefined {
  return loaded[lang];
}

/** Loads (once) and returns the catalogue of `lang`. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const cached = loaded[lang];
  if (cached) return cached;
  const { messagesEn } = await import('./messages.en');
  loaded.en = messagesEn;
  return messagesEn;
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
export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not fatal: the choice simply lasts for this visit only.
  }
}
