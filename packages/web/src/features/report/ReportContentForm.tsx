/** The report's own words and figures: narrative, progress, impact value, a not-applicable claim. */
import { useState } from 'react';
import { ImpactIndicatorText, JudgedImpactText } from '../../components/work/ImpactText';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { parseNumberInput, parseProgressInput } from '../../lib/report-draft';
import type { Autosave, Report } from './useAutosave';

const NARRATIVE_MAX = 20_000;

function SaveState({
  autosave,
  onReload,
  invalid,
}: {
  autosave: Autosave;
  onReload: () => void;
  /** A field holds a value that cannot be saved: nothing of it is saved, so nothing is claimed saved. */
  invalid: boolean;
}) {
  const { t, lang } = useI18n();
  const { status, savedAt } = autosave;
  if (invalid && status !== 'conflict') {
    return (
      <p className="save-state save-state--error" role="alert">
        {t('autosave.invalid')}
      </p>
    );
  }
  if (status === 'conflict') {
    return (
      <div className="notice notice--warn" role="alert">
        <p className="notice__title">{t('autosave.conflictTitle')}</p>
        <p>{t('autosave.conflict')}</p>
        <div className="notice__actions">
          <button type="button" className="button" onClick={onReload}>
            {t('autosave.loadLatest')}
          </button>
        </div>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('autosave.failed')}</p>
        <div className="notice__actions">
          <button type="button" className="button button--small" onClick={() => void autosave.flush()}>
            {t('autosave.retry')}
          </button>
        </div>
      </div>
    );
  }
  const text =
    status === 'saving'
      ? t('autosave.saving')
      : status === 'pending'
        ? t('autosave.pending')
        : savedAt
          ? t('autosave.savedAt', { time: formatDateTime(savedAt.toISOString(), lang) })
          : t('autosave.upToDate');
  return (
    <p className={`save-state save-state--${status}`} role="status">
      {text}
    </p>
  );
}

export function ReportContentForm({
  report,
  autosave,
  onReload,
}: {
  report: Report;
  autosave: Autosave;
  onReload: () => void;
}) {
  const { t, lang, formatNumber } = useI18n();
  const { draft, edit } = autosave;
  // What the user typed in the number fields, kept as text so a half-typed value is not lost.
  const [progressText, setProgressText] = useState(draft.progress === null ? '' : String(draft.progress));
  const [impactText, setImpactText] = useState(draft.impactValue === null ? '' : formatNumber(draft.impactValue));
  // The narrative as typed: a paste over the limit stays on screen (and unsaved) until shortened.
  const [narrativeText, setNarrativeText] = useState(draft.narrative);
  const over = Math.max(0, narrativeText.length - NARRATIVE_MAX);
  const progress = parseProgressInput(progressText);
  const impact = parseNumberInput(impactText, lang);
  const impactIndicator = report.target.impact;

  return (
    <form
      className="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        void autosave.flush();
      }}
    >
      <div className="field field--wide">
        <label htmlFor="report-narrative">{t('report.narrative')}</label>
        <p id="report-narrative-hint" className="field__hint">
          {t('report.narrativeHint')}
        </p>
        <textarea
          id="report-narrative"
          rows={10}
          aria-invalid={over > 0 || undefined}
          aria-describedby="report-narrative-hint report-narrative-count"
          value={narrativeText}
          onChange={(event) => {
            const text = event.target.value;
            setNarrativeText(text);
            if (text.length <= NARRATIVE_MAX) edit({ narrative: text });
          }}
          onBlur={() => void autosave.flush()}
        />
        <p id="report-narrative-count" className={over > 0 ? 'field__error' : 'field__hint'}>
          {over > 0
            ? t('report.charactersOver', { over: formatNumber(over), max: formatNumber(NARRATIVE_MAX) })
            : t('report.characters', { count: narrativeText.length, max: NARRATIVE_MAX })}
        </p>
      </div>
      <div className="report-form__row">
        <div className="field">
          <label htmlFor="report-progress">{t('report.progress')}</label>
          <input
            id="report-progress"
            inputMode="numeric"
            value={progressText}
            aria-invalid={progress === 'invalid'}
            aria-describedby="report-progress-hint"
            onChange={(event) => {
              setProgressText(event.target.value);
              const value = parseProgressInput(event.target.value);
              if (value !== 'invalid') edit({ progress: value });
            }}
            onBlur={() => void autosave.flush()}
          />
          <p id="report-progress-hint" className={progress === 'invalid' ? 'field__error' : 'field__hint'}>
            {t(progress === 'invalid' ? 'report.progressInvalid' : 'report.progressHint')}
          </p>
        </div>
        {impactIndicator ? (
          <div className="field">
            <label htmlFor="report-impact">
              {t('report.impactValue', { name: impactIndicator.name, unit: impactIndicator.unit })}
            </label>
            <input
              id="report-impact"
              inputMode="decimal"
              value={impactText}
              aria-invalid={impact === 'invalid'}
              aria-describedby="report-impact-hint"
              onChange={(event) => {
                setImpactText(event.target.value);
                const value = parseNumberInput(event.target.value, lang);
                if (value !== 'invalid') edit({ impactValue: value });
              }}
              onBlur={() => void autosave.flush()}
            />
            <p id="report-impact-hint" className={impact === 'invalid' ? 'field__error' : 'field__hint'}>
              {impact === 'invalid' ? t('report.numberInvalid') : <ImpactIndicatorText indicator={impactIndicator} />}
            </p>
            <p className="field__hint" aria-live="polite">
              {t('report.impactJudged')}:{' '}
              <JudgedImpactText
                id="report-impact-judged"
                indicator={impactIndicator}
                value={impact === 'invalid' ? draft.impactValue : impact}
              />
            </p>
          </div>
        ) : null}
      </div>
      <fieldset className="report-form__na">
        <legend>{t('report.naLegend')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.notApplicable}
            onChange={(event) => edit({ notApplicable: event.target.checked })}
          />
          {t('report.naClaim')}
        </label>
        {draft.notApplicable ? (
          <div className="field field--wide">
            <label htmlFor="report-na-reason">{t('report.naReason')}</label>
            <textarea
              id="report-na-reason"
              rows={3}
              value={draft.notApplicableReason ?? ''}
              onChange={(event) => edit({ notApplicableReason: event.target.value || null })}
              onBlur={() => void autosave.flush()}
            />
          </div>
        ) : null}
      </fieldset>
      <div className="report-form__save">
        <SaveState
          autosave={autosave}
          onReload={onReload}
          invalid={over > 0 || progress === 'invalid' || impact === 'invalid'}
        />
        <button type="submit" className="button button--secondary" disabled={autosave.status === 'saving'}>
          {t('autosave.saveNow')}
        </button>
      </div>
    </form>
  );
}
