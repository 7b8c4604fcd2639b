/** One output in the catalogue admin: rename, assignment rules, targets with their versions, a new target. */
import { useState } from 'react';
import type { ResponseOf } from '../../api/typed';
import { useQuarterName } from '../../components/useQuarterName';
import { ImpactIndicatorText } from '../../components/work/ImpactText';
import { useI18n } from '../../i18n/I18nProvider';
import { AssignmentEditor } from './AssignmentEditor';
import { AssignmentSummary } from './AssignmentSummary';
import { CatalogueEntryToggle } from './CatalogueEntryForm';
import { FormToggle } from './FormToggle';
import { NewTargetForm } from './NewTargetForm';
import { TargetVersions } from './TargetVersions';

type Catalogue = ResponseOf<'/api/periods/{code}/catalogue', 'get'>;
export type Output = Catalogue['fokus'][number]['aksi'][number]['outputs'][number];

export function OutputAdmin({
  period,
  quarterCount,
  output,
  onChanged,
}: {
  period: string;
  quarterCount: number;
  output: Output;
  /** Called after anything of the output changed, to reload the catalogue. */
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const quarterName = useQuarterName();
  const [openTarget, setOpenTarget] = useState<string | null>(null);
  const taken = new Set(output.targets.map((target) => target.quarter));
  const freeQuarters = Array.from({ length: quarterCount }, (_, i) => i + 1).filter((n) => !taken.has(n));
  return (
    <details className="output">
      <summary className="output__summary">
        <span className="output__title">
          <span className="output__code">{output.code}</span> {output.name}
        </span>
      </summary>
      <div className="output__body">
        <div className="admin-actions">
          <CatalogueEntryToggle
            kind="output"
            period={period}
            existing={output}
            label={t('admin.output.edit', { code: output.code })}
            onChanged={onChanged}
          />
        </div>
        <AssignmentSummary rules={output.rules} institutionCount={output.institutionCount} />
        <div className="admin-actions">
          <FormToggle label={t('admin.rule.edit', { code: output.code })}>
            {() => <AssignmentEditor period={period} outputCode={output.code} onChanged={onChanged} />}
          </FormToggle>
        </div>
        <ul className="admin-targets">
          {[...output.targets]
            .sort((a, b) => a.quarter - b.quarter)
            .map((target) => (
              <li key={target.code}>
                <p className="admin-targets__head">
                  <strong>{quarterName(target.quarter)}</strong> <span className="code">{target.code}</span>{' '}
                  <span className="muted">
                    {t('catalogue.version', { version: target.version })} · {t('catalogue.weight')} {target.weight}
                  </span>
                </p>
                <p>{target.successMeasure}</p>
                {target.impact ? (
                  <p className="muted">
                    {t('catalogue.impact')}: <ImpactIndicatorText indicator={target.impact} />
                  </p>
                ) : null}
                <button
                  type="button"
                  className="button--link"
                  aria-expanded={openTarget === target.code}
                  onClick={() => setOpenTarget(openTarget === target.code ? null : target.code)}
                >
                  {t('revision.history', { code: target.code })}
                </button>
                {openTarget === target.code ? (
                  <TargetVersions period={period} target={target} onRevised={onChanged} />
                ) : null}
              </li>
            ))}
        </ul>
        {freeQuarters.length > 0 ? (
          <div className="admin-actions">
            <FormToggle label={t('admin.target.newFor', { code: output.code })}>
              {(close) => (
                <NewTargetForm
                  period={period}
                  outputCode={output.code}
                  freeQuarters={freeQuarters}
                  onSaved={() => {
                    close();
                    onChanged();
                  }}
                />
              )}
            </FormToggle>
          </div>
        ) : null}
      </div>
    </details>
  );
}
