/** The top of every dashboard view: where it sits, its name, the quarter shown and the picker. */
import { type GradeWeightRule, gradeWeightLabel } from '@pantau/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs, type Crumb } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClockTime } from '../../lib/datetime';
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
  frame: {
    period: string;
    quarter: number;
    label: string;
    today: string;
    figuresAt?: string | undefined;
    gradeWeight?: GradeWeightRule | null | undefined;
  };
  children?: ReactNode;
}) {
  const { t, formatDate, lang } = useI18n();
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
        {frame.figuresAt ? ` ${t('dashboard.figuresAt', { time: formatClockTime(frame.figuresAt, lang) })}` : null}
      </p>
      {gradeWeightLabel(frame.gradeWeight, lang) && (
        <p className="grade-weight-note" data-testid="grade-weight-note">
          {t('dashboard.col.achievement')} {gradeWeightLabel(frame.gradeWeight, lang)}
        </p>
      )}
      <FramePicker period={frame.period} quarter={frame.quarter} />
    </header>
  );
}
