/** The audit chain's head (as published) and a check of the whole chain on request. */
import type { AuditVerificationDto } from '@pantau/core';
import { useState } from 'react';
import type { ResponseOf } from '../../api/typed';
import { apiGet } from '../../api/typed';
import type { AsyncState } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';

/** The head as `/api/public/audit/head` answers it. */
export type AuditHead = ResponseOf<'/api/public/audit/head', 'get'>;

function Verdict({ result }: { result: AuditVerificationDto }) {
  const { t, lang } = useI18n();
  const when = t('audit.chain.checkedAt', { when: formatDateTime(result.checkedAt, lang) });
  if (result.ok) {
    return (
      <div className="notice notice--success" role="status">
        <p>{t('audit.chain.ok', { entries: result.entries, seq: result.head.seq })}</p>
        <p className="notice__meta">{when}</p>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <p>
        {t('audit.chain.broken', {
          seq: result.brokenAt ?? 0,
          problem: result.problem ? t(`audit.problem.${result.problem}`) : '',
          entries: result.entries,
        })}
      </p>
      <p className="notice__meta">{when}</p>
    </div>
  );
}

/** `head`: the published head, loaded by the page (the entry view needs it too). */
export function ChainStatus({ head }: { head: AsyncState<AuditHead> }) {
  const { t, lang, formatNumber } = useI18n();
  const [result, setResult] = useState<AuditVerificationDto | null>(null);
  const verify = useAction(() => apiGet('/api/audit/verification', {}, { lang }));
  const run = async () => {
    setResult(null);
    const outcome = await verify.run();
    if (outcome) {
      setResult(outcome);
      head.retry();
    }
  };
  return (
    <section className="panel" aria-labelledby="audit-chain">
      <h2 id="audit-chain">{t('audit.chain.heading')}</h2>
      <AsyncContent state={head}>
        {(data) => (
          <dl className="facts">
            <div>
              <dt>{t('audit.chain.head')}</dt>
              <dd>{t('audit.chain.headValue', { seq: formatNumber(data.seq) })}</dd>
            </div>
            {data.at ? (
              <div>
                <dt>{t('audit.chain.lastAt')}</dt>
                <dd>{formatDateTime(data.at, lang)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('audit.chain.hash')}</dt>
              <dd className="audit-hash">{data.hash}</dd>
            </div>
          </dl>
        )}
      </AsyncContent>
      <p className="field__hint">{t('audit.chain.headHint')}</p>
      <button type="button" className="button" disabled={verify.busy} onClick={() => void run()}>
        {verify.busy ? t('audit.chain.verifying') : t('audit.chain.verify')}
      </button>
      <div aria-live="polite">
        {result ? <Verdict result={result} /> : null}
        <ActionError error={verify.error} />
      </div>
    </section>
  );
}
