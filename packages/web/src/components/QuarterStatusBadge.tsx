import type { PeriodDto } from '@pantau/core';
import { useT } from '../i18n/I18nProvider';
import { type BadgeTone, StatusBadge } from './StatusBadge';

type QuarterStatus = PeriodDto['quarters'][number]['status'];

const TONE: Record<QuarterStatus, BadgeTone> = { planned: 'planned', open: 'open', closed: 'neutral' };

/** "Belum dibuka" / "Dibuka" / "Ditutup". */
export function QuarterStatusBadge({ status }: { status: QuarterStatus }) {
  const t = useT();
  return <StatusBadge tone={TONE[status]}>{t(`quarter.status.${status}`)}</StatusBadge>;
}
