import { useI18n } from '../../i18n/I18nProvider';
import type { PageInfo } from '../../lib/institution-query';
import { Link } from '../../router';

interface PaginationProps {
  info: PageInfo;
  /** The URL of page `page` (1-based). */
  hrefFor: (page: number) => string;
}

/** "Sebelumnya / Halaman 2 dari 13 / Berikutnya", with real links so each page has its own URL. */
export function Pagination({ info, hrefFor }: PaginationProps) {
  const { t } = useI18n();
  if (info.pageCount <= 1 && !info.hasPrevious) return null;
  return (
    <nav className="pager" aria-label={t('institutions.pagination')}>
      {info.hasPrevious ? (
        <Link className="pager__link" href={hrefFor(info.page - 1)} rel="prev">
          <span aria-hidden="true">←</span>
          {t('institutions.previous')}
        </Link>
      ) : (
        <span className="pager__link pager__link--disabled" aria-disabled="true">
          <span aria-hidden="true">←</span>
          {t('institutions.previous')}
        </span>
      )}
      <span className="pager__position">{t('institutions.page', { page: info.page, pageCount: info.pageCount })}</span>
      {info.hasNext ? (
        <Link className="pager__link" href={hrefFor(info.page + 1)} rel="next">
          {t('institutions.next')}
          <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className="pager__link pager__link--disabled" aria-disabled="true">
          {t('institutions.next')}
          <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
