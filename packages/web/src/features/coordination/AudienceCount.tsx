/** The live count beside an audience being composed: how many institutions and people it reaches, and some by name. */
import type { Audience } from '@pantau/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useAsync } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { type AudienceFields, audienceIsComplete, audienceOf } from './audience-form';

type Preview = ResponseOf<'/api/audiences/preview', 'post'>;

const PAUSE_MS = 300;

/** `value`, once it has stayed the same for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function PreviewText({ preview }: { preview: Preview }) {
  const { t, tn } = useI18n();
  if (preview.institutions === 0) return <p>{t('coordination.audience.count.none')}</p>;
  const more = preview.institutions - preview.sample.length;
  return (
    <>
      <p>
        <strong>{tn('coordination.audience.count.reach', preview.institutions)}</strong>
        {' ('}
        {preview.byType.map((entry) => `${t(`institutionType.${entry.type}`)}: ${entry.count}`).join(' · ')}
        {'). '}
        {tn('coordination.audience.count.people', preview.people)}
      </p>
      <p className="audience-count__names">
        {preview.sample.map((institution) => institution.name).join(', ')}
        {more > 0 ? ` ${t('coordination.audience.count.more', { count: more })}` : ''}
      </p>
      {preview.withoutPeople > 0 ? (
        <p className="muted">{tn('coordination.audience.count.withoutPeople', preview.withoutPeople)}</p>
      ) : null}
      {preview.unknownCodes.length > 0 ? (
        <p className="field__error">
          {t('coordination.audience.count.unknown', { codes: preview.unknownCodes.join(', ') })}
        </p>
      ) : null}
    </>
  );
}

/** Asks the server who `fields` would reach once the sender pauses; says what is missing before that. */
export function AudienceCount({ fields }: { fields: AudienceFields }) {
  const { t } = useI18n();
  const audience = audienceOf(fields);
  const complete = audienceIsComplete(audience);
  const key = useSettled(complete ? JSON.stringify(audience) : '', PAUSE_MS);
  const preview = useAsync(key ? `audience-preview:${key}` : null, ({ lang, signal }) =>
    apiSend('post', '/api/audiences/preview', { body: { audience: JSON.parse(key) as Audience } }, { lang, signal }),
  );
  const stale = key !== (complete ? JSON.stringify(audience) : '');
  return (
    <section className="audience-count" aria-label={t('coordination.audience.count.heading')}>
      <div role="status">
        {!complete ? (
          <p className="muted">{t('coordination.audience.count.incomplete')}</p>
        ) : preview.data && !stale ? (
          <PreviewText preview={preview.data} />
        ) : preview.error && !stale ? (
          <p className="field__error">
            {preview.error instanceof ApiError && preview.error.message
              ? preview.error.message
              : t('coordination.audience.count.failed')}
          </p>
        ) : (
          <p className="muted">{t('coordination.audience.count.counting')}</p>
        )}
      </div>
    </section>
  );
}
