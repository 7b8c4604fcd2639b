/** A target's version history (reorganisasi target) and the form to revise it. */
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';

type Catalogue = ResponseOf<'/api/periods/{code}/catalogue', 'get'>;
type Target = Catalogue['fokus'][number]['aksi'][number]['outputs'][number]['targets'][number];

function RevisionForm({ period, target, onRevised }: { period: string; target: Target; onRevised: () => void }) {
  const { t, lang } = useI18n();
  const id = target.code;
  const [measure, setMeasure] = useState(target.successMeasure);
  const [checklist, setChecklist] = useState(target.evidenceChecklist.join('\n'));
  const [weight, setWeight] = useState(String(target.weight));
  const [impactName, setImpactName] = useState(target.impact?.name ?? '');
  const [impactUnit, setImpactUnit] = useState(target.impact?.unit ?? '');
  const [impactBaseline, setImpactBaseline] = useState(target.impact ? String(target.impact.baseline) : '');
  const [reason, setReason] = useState('');
  const revise = useAction(async () => {
    await apiSend(
      'post',
      '/api/periods/{code}/targets/{target}/versions',
      {
        path: { code: period, target: target.code },
        body: {
          successMeasure: measure.trim(),
          evidenceChecklist: checklist
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          weight: Number(weight),
          impact: impactName.trim()
            ? { name: impactName.trim(), unit: impactUnit.trim(), baseline: Number(impactBaseline || '0') }
            : null,
          reason: reason.trim(),
        },
      },
      { lang },
    );
    setReason('');
    onRevised();
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void revise.run();
  };
  return (
    <form className="revision-form" onSubmit={submit}>
      <div className="field field--wide">
        <label htmlFor={`measure-${id}`}>{t('catalogue.successMeasure')}</label>
        <textarea id={`measure-${id}`} rows={2} value={measure} onChange={(event) => setMeasure(event.target.value)} />
      </div>
      <div className="field field--wide">
        <label htmlFor={`checklist-${id}`}>{t('catalogue.evidence')}</label>
        <textarea
          id={`checklist-${id}`}
          rows={4}
          value={checklist}
          aria-describedby={`checklist-hint-${id}`}
          onChange={(event) => setChecklist(event.target.value)}
        />
        <p id={`checklist-hint-${id}`} className="field__hint">
          {t('revision.checklistHint')}
        </p>
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`weight-${id}`}>{t('catalogue.weight')}</label>
          <input
            id={`weight-${id}`}
            inputMode="numeric"
            value={weight}
            onChange={(event) => setWeight(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`impact-name-${id}`}>{t('revision.impactName')}</label>
          <input id={`impact-name-${id}`} value={impactName} onChange={(event) => setImpactName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`impact-unit-${id}`}>{t('revision.impactUnit')}</label>
          <input id={`impact-unit-${id}`} value={impactUnit} onChange={(event) => setImpactUnit(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`impact-baseline-${id}`}>{t('revision.impactBaseline')}</label>
          <input
            id={`impact-baseline-${id}`}
            inputMode="decimal"
            value={impactBaseline}
            onChange={(event) => setImpactBaseline(event.target.value)}
          />
        </div>
      </div>
      <div className="field field--wide">
        <label htmlFor={`reason-${id}`}>{t('revision.reason')}</label>
        <input id={`reason-${id}`} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <p className="field__hint">{t('revision.effect')}</p>
      <button type="submit" className="button" disabled={revise.busy}>
        {t('revision.save')}
      </button>
      <ActionError error={revise.error} />
    </form>
  );
}

export function TargetVersions({ period, target }: { period: string; target: Target }) {
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
          }}
        />
      ) : null}
    </div>
  );
}
