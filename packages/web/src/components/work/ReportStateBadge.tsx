import type { ReportState } from '@pantau/core';
import { useT } from '../../i18n/I18nProvider';
import type { BoardStatus } from '../../lib/report-board';

const TONE: Record<BoardStatus, string> = {
  not_started: 'neutral',
  draft: 'neutral',
  ready: 'planned',
  submitted: 'planned',
  in_review: 'planned',
  accepted: 'open',
  revision_requested: 'warn',
};

/** A report's state in words ("Draf", "Siap ditinjau", …); the colour only supports the text. */
export function ReportStateBadge({ state }: { state: ReportState | BoardStatus }) {
  const t = useT();
  return <span className={`badge badge--${TONE[state]}`}>{t(`reportState.${state}`)}</span>;
}
