import { useRef } from 'react';
import { apiSend } from '../../api/typed';
import { useI18n } from '../../i18n/I18nProvider';
import { newIdempotencyKey } from '../../lib/ids';
import { useNavigate } from '../../router';
import { ActionError } from './ActionError';
import { useAction } from './useAction';

/** "Mulai laporan": opens the institution's report on a target (retry-safe) and goes to its editor. */
export function StartReportButton({ period, targetCode }: { period: string; targetCode: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  // One key per target for this page view: a double click or a retry opens one report, not two.
  const key = useRef(newIdempotencyKey());
  const start = useAction(async () => {
    const report = await apiSend(
      'post',
      '/api/reports',
      { body: { period, targetCode }, headers: { 'idempotency-key': key.current } },
      { lang },
    );
    navigate(`/kerja/laporan/${report.id}`);
  });
  return (
    <>
      <button type="button" className="button" disabled={start.busy} onClick={() => void start.run()}>
        {t('board.start')}
        <span className="visually-hidden"> {targetCode}</span>
      </button>
      <ActionError error={start.error} />
    </>
  );
}
