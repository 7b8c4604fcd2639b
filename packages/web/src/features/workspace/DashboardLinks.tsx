/** The national monitoring views, as a section of a home: for admin, observers and verifiers. */
import type { ReactNode } from 'react';
import { Tool } from '../../components/work/Tool';
import { useI18n } from '../../i18n/I18nProvider';
import { DASHBOARD_LINKS } from './dashboard-links';

/** `children`: further tools (list items) shown with the views. */
export function DashboardLinks({ id, children }: { id: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="work-subsection" aria-labelledby={id}>
      <h3 id={id}>{t('observer.dashboards')}</h3>
      <ul className="tool-grid">
        {DASHBOARD_LINKS.map((link) => (
          <Tool key={link.href} href={link.href} title={t(link.title)} text={t(link.text)} />
        ))}
        {children}
      </ul>
    </section>
  );
}
