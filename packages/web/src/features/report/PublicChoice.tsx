/**
 * Whether one evidence item is public: a checkbox for whoever may add evidence, a plain label for
 * everyone else (focal point, verifier). Private by default; public items show on the portal's
 * institution page once the report is verified.
 */
import { useId, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import type { Report } from './useAutosave';

type Evidence = Report['evidence'][number];

export function PublicChoice({
  evidence,
  reportId,
  editable,
  onChanged,
}: {
  evidence: Evidence;
  reportId: number;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const hintId = useId();
  const [isPublic, setPublic] = useState(evidence.public);
  const save = useAction(async (next: boolean) => {
    const saved = await apiSend(
      'put',
      '/api/reports/{id}/evidence/{evidenceId}/public',
      { path: { id: reportId, evidenceId: evidence.id }, body: { public: next } },
      { lang },
    );
    setPublic(saved.public);
    onChanged();
  });
  if (!editable) {
    return (
      <p className="evidence-item__visibility">
        <span className={`badge ${isPublic ? 'badge--public' : ''}`}>
          {t(isPublic ? 'evidence.publicYes' : 'evidence.publicNo')}
        </span>
      </p>
    );
  }
  return (
    <div className="evidence-item__visibility">
      <label className="check">
        <input
          type="checkbox"
          checked={isPublic}
          disabled={save.busy}
          aria-describedby={hintId}
          onChange={(event) => void save.run(event.target.checked)}
        />
        {t('evidence.publicLabel')}
      </label>
      <p id={hintId} className="field__hint">
        {t('evidence.publicHint')}
      </p>
      <ActionError error={save.error} />
    </div>
  );
}
