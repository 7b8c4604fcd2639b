/** "Sebelumnya · 1–20 dari 57 · Berikutnya" under a list paged by offset; nothing when it fits on one page. */
import { useI18n } from '../../i18n/I18nProvider';

export function ListPager({
  offset,
  pageSize,
  total,
  onChange,
}: {
  offset: number;
  pageSize: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useI18n();
  if (total <= pageSize && offset === 0) return null;
  return (
    <nav className="list-pager" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - pageSize))}
      >
        {t('pager.previous')}
      </button>
      <span>{t('pager.range', { from: offset + 1, to: Math.min(offset + pageSize, total), total })}</span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={offset + pageSize >= total}
        onClick={() => onChange(offset + pageSize)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
