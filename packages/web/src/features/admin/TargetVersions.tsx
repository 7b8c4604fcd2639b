/** A target's version history (reorganisasi target) and the form to revise it. */
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ImpactIndicatorText } from '../../components/work/ImpactText';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { contentOfDraft, draftOfTarget, type TargetDraft } from '../../lib/target-draft';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from './FormErrors';
import { TARGET_CONTENT_FIELDS, TargetContentFields } from './TargetContentFields';

type Catalogue = ResponseOf<'/api/periods/{code}/catalogue', 'get'>;
type Target = Catalogue['fokus'][number]['aksi'][number]['outputs'][number]['targets'][number];

const REVISION_FIELDS = [...TARGET_CONTENT_FIELDS, 'reason'] as const;

function RevisionForm({ period, target, onRevised }: { period: string; target: Target; onRevised: () => void }) {
  const { t, lang } = useI18n();
  const id = `revision-${target.code}`;
  const [draft, setDraft] = useState<TargetDraft>(() => draftOfTarget(target));
  const [reason, setReason] = useState('');
  const revise = useAction(async () => {
    await apiSend(
      'post',
      '/api/periods/{code}/targets/{target}/versions',
      { path: { code: period, target: target.code }, body: { ...contentOfDraft(draft), reason: reason.trim() } },
      { lang },
    );
    setReason('');
    onRevised();
  });
  const refused = fieldErrorsOf(revise.error, REVISION_FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void revise.run();
  };
  return (
    <form className="revision-form" onSubmit={submit} noValidate>
      <TargetContentFields idPrefix={id} draft={draft} onChange={setDraft} refused={refused.fields} />
      <div className="field field--wide">
        <label htmlFor={`${id}-reason`}>{t('revision.reason')}</label>
        <input
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          {...invalidProps(`${id}-reason`, 'reason' in refused.fields)}
        />
        <FieldError id={`${id}-reason`} refused={'reason' in refused.fields} rule="admin.invalid.reason" />
      </div>
      <p className="field__hint">{t('revision.effect')}</p>
      <button type="submit" className="button" disabled={revise.busy}>
        {t('revision.save')}
      </button>
      <FormError error={revise.error} rest={refused.rest} />
    </form>
  );
}

export function TargetVersions({
  period,
  target,
  onRevised,
}: {
  period: string;
  target: Target;
  /** Called after a new version is saved, to refresh what shows the current one. */
  onRevised: () => void;
}) {
  const { t, lang } = useI18n();
  const [reload, setReload] = useState(0);
  const [revising, setRevising] = useState(false);
  const versions = useApiGet(
    '/api/periods/{code}/targets/{target}/versions',
    { path: { code: period, target: target.code } },
    String(reload),
  );
  return (
    <div className="target-versions">
      <AsyncContent state={versions}>
        {(list) => (
          <ol className="versions" aria-label={t('revision.versions', { code: target.code })}>
            {[...list].reverse().map((version) => (
              <li key={version.version}>
                <p>
                  <strong>{t('catalogue.version', { version: version.version })}</strong>
                  {version.current ? <span className="badge badge--open">{t('revision.current')}</span> : null}{' '}
                  <span className="muted">{formatDateTime(version.createdAt, lang)}</span>
                </p>
                <p>{version.successMeasure}</p>
                {version.impact ? (
                  <p>
                    {t('catalogue.impact')}: <ImpactIndicatorText indicator={version.impact} />
                  </p>
                ) : null}
                {version.reason ? <p className="muted">{t('revision.because', { reason: version.reason })}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </AsyncContent>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={revising}
        onClick={() => setRevising(!revising)}
      >
        {t('revision.open', { code: target.code })}
      </button>
      {revising ? (
        <RevisionForm
          period={period}
          target={target}
          onRevised={() => {
            setRevising(false);
            setReload((n) => n + 1);
            onRevised();
          }}
        />
      ) : null}
    </div>
  );
}
