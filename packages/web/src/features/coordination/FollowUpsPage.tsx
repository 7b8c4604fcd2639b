/** /kerja/koordinasi/tindak-lanjut — follow-ups of meetings (an institution: its own), overdue ones on request. */
import { useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { FollowUpList } from './FollowUpList';
import '../../components/work/work.css';

export default function FollowUpsPage() {
  const { t, tn } = useI18n();
  useDocumentTitle(t('coordination.followUps.title'));
  const [overdueOnly, setOverdueOnly] = useState(false);
  const followUps = useApiGet('/api/follow-ups', { query: { overdue: overdueOnly ? 'true' : undefined, limit: 200 } });
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('coordination.followUps.title')}</h1>
      <label className="check">
        <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
        {t('coordination.followUps.overdueOnly')}
      </label>
      <AsyncContent state={followUps}>
        {(page) => (
          <>
            <p className="muted">{tn('coordination.followUps.count', page.total)}</p>
            <ScrollRegion label={t('coordination.followUps.title')}>
              <FollowUpList items={page.items} showMeeting />
            </ScrollRegion>
          </>
        )}
      </AsyncContent>
    </>
  );
}
