/** The header of a dashboard view, with the trail back to the workspace and the national view. */
import type { GradeWeightRule } from '@pantau/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { ViewHeader } from './ViewHeader';

export function DashboardTop({
  title,
  frame,
  national = true,
  children,
}: {
  title: string;
  frame: {
    period: string;
    quarter: number;
    label: string;
    today: string;
    figuresAt?: string | undefined;
    gradeWeight?: GradeWeightRule | null | undefined;
  };
  /** Whether the trail includes the national view (every view but the national one). */
  national?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const query = `?periode=${encodeURIComponent(frame.period)}&triwulan=${frame.quarter}`;
  const trail = [
    { href: '/kerja', label: t('work.title') },
    ...(national ? [{ href: `/pantauan${query}`, label: t('dashboard.national.title') }] : []),
  ];
  return (
    <ViewHeader title={title} trail={trail} frame={frame}>
      {children}
    </ViewHeader>
  );
}
