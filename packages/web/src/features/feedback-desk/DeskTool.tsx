/**
 * The feedback desk as a tool on a role's home, with what waits there: for admin what to moderate,
 * for a focal point what to answer (and how much is overdue).
 */
import { scopeOf } from '@pantau/core';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { can } from '../coordination/can';

export function DeskTool() {
  const { t, tn } = useI18n();
  const { roles } = useAccount();
  const moderator = can(roles, 'feedback.moderate');
  const text = moderator
    ? 'desk.tool.textAdmin'
    : scopeOf(roles, 'feedback.read') === 'all'
      ? 'desk.tool.textObserver'
      : 'desk.tool.textFocal';
  const counts = useApiGet('/api/feedback', { query: { limit: 1 } }).data?.counts;
  const waiting = counts ? (moderator ? counts.submitted : counts.forwarded) : 0;
  return (
    <li className="tool">
      <Link href={`/kerja/aduan?antrean=${moderator ? 'moderasi' : 'jawab'}`} className="tool__link">
        {t('desk.tool')}
      </Link>
      <p className="muted">{t(text)}</p>
      {counts && (waiting > 0 || counts.overdue > 0) ? (
        <p className="work-summary">
          {tn(moderator ? 'desk.tool.toModerate' : 'desk.tool.toAnswer', waiting)}
          {counts.overdue > 0 ? ` · ${tn('desk.tool.overdue', counts.overdue)}` : ''}
        </p>
      ) : null}
    </li>
  );
}
