import { useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';

/** Sets the tab title to "<page> — Pantau", so history, bookmarks and screen readers name the page. */
export function useDocumentTitle(pageTitle: string | null): void {
  const t = useT();
  useEffect(() => {
    if (pageTitle === null) return;
    document.title = `${pageTitle} — ${t('app.titleSuffix')}`;
  }, [pageTitle, t]);
}
