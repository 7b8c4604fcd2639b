/** The top of every dashboard view: where it sits, its name, the quarter shown and the picker. */
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs, type Crumb } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPeriodCode } from '../../lib/format';
import { FramePicker } from './FramePicker';

export function ViewHeader({
  title,
  trail,
  frame,
  children,
}: {
  title: string;
  trail: readonly Crumb[];
  frame: { period: string; quarter: number; label: string; today: string };
  children?: ReactNode;
}) {
  const { t, formatDate } = useI18n();
  useDocumentTitle(title);
  return (
    <header className="dash-header">
      <Breadcrumbs trail={trail} />
      <h1>{title}</h1>
      {children}
      <p className="muted">
        {t('dashboard.asOf', {
          quarter: frame.label,
          period: formatPeriodCode(frame.period),
          today: formatDate(frame.today),
        })}
      </p>
      <FramePicker period={frame.period} quarter={frame.quarter} />
    </header>
  );
}
