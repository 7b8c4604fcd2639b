/** The three views of work units: the list (with contributors), targets by unit, and the unit board. */
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';

const TABS = [
  { href: '/kerja/unit', label: 'units.tab.list' },
  { href: '/kerja/unit/target', label: 'units.tab.targets' },
  { href: '/kerja/unit/papan', label: 'units.tab.board' },
] as const;

/** The tabs; `board`: whether the caller may see the unit board (focal point, admin, observer). */
export function UnitTabs({
  current,
  query = '',
  board = true,
}: {
  current: (typeof TABS)[number]['href'];
  query?: string;
  board?: boolean;
}) {
  const { t } = useI18n();
  return (
    <nav className="unit-tabs" aria-label={t('units.tabs')}>
      <ul>
        {TABS.filter((tab) => board || tab.href !== '/kerja/unit/papan').map((tab) => (
          <li key={tab.href}>
            <Link
              href={`${tab.href}${query}`}
              className="unit-tabs__link"
              aria-current={tab.href === current ? 'page' : undefined}
            >
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
