import { useT } from '../../i18n/I18nProvider';
import { Link } from '../../router';

export interface Crumb {
  href: string;
  label: string;
}

/** "Ruang kerja › …": where this page sits, as links back up. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const t = useT();
  return (
    <nav className="crumbs" aria-label={t('institution.breadcrumb')}>
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
