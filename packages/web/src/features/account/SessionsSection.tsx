/** Where the user is signed in, with "sign out everywhere else". */
import { useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

export function SessionsSection({ reloadKey }: { reloadKey: string }) {
  const { t, lang, formatDate } = useI18n();
  const [ended, setEnded] = useState<number | null>(null);
  const sessions = useApiGet('/api/account/sessions', {}, reloadKey);
  const endOthers = useAction(async () => {
    const result = await apiSend('post', '/api/account/sessions/end-others', {}, { lang });
    setEnded(result.endedSessions);
    sessions.retry();
  });
  return (
    <section className="account-section" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions.heading')}</h2>
      <AsyncContent state={sessions}>
        {(list) => (
          <ul className="account-list">
            {list.map((session) => (
              <li key={`${session.signedInAt}-${session.address}-${session.device}`} className="account-list__item">
                <p className="account-list__title">
                  {session.device ?? t('account.sessions.unknown')}
                  {session.current ? <strong> · {t('account.sessions.current')}</strong> : null}
                </p>
                <p className="account-list__meta">
                  {t('account.sessions.address')}: {session.address ?? t('account.sessions.unknown')} ·{' '}
                  {t('account.sessions.lastSeen')}: {formatDate(session.lastSeenAt)} {session.lastSeenAt.slice(11, 16)}{' '}
                  UTC
                </p>
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
      <ActionError error={endOthers.error} />
      {ended !== null ? (
        <p className="notice notice--success" role="status">
          {t('account.sessions.ended', { count: ended })}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={endOthers.busy}
        onClick={() => void endOthers.run()}
      >
        {t('account.sessions.endOthers')}
      </button>
    </section>
  );
}
