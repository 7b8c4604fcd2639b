import type { CatalogueDto } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { outputAnchor } from '../../lib/catalogue';
import { Link } from '../../router';
import { TargetList } from './TargetList';
import { useRuleText } from './useRuleText';

type Output = CatalogueDto['fokus'][number]['aksi'][number]['outputs'][number];

/** One output, folded: code, name and who carries it; unfolded: its quarterly targets. */
export function OutputDetails({ output }: { output: Output }) {
  const { t, tn, formatNumber } = useI18n();
  const ruleText = useRuleText()(output.rules);
  const listedCodes = [...new Set(output.rules.flatMap((rule) => (rule.kind === 'list' ? rule.codes : [])))];
  return (
    <details className="output" id={outputAnchor(output.code)}>
      <summary className="output__summary">
        <span className="output__title">
          <span className="output__code">{output.code}</span> {output.name}
        </span>
        <span className="output__meta">
          {tn('catalogue.institutions', output.institutionCount)} · {ruleText}
        </span>
      </summary>
      <div className="output__body">
        <dl className="facts">
          <div>
            <dt>{t('catalogue.assignment')}</dt>
            <dd>{ruleText}</dd>
          </div>
          <div>
            <dt>{t('catalogue.institutionCount')}</dt>
            <dd>{formatNumber(output.institutionCount)}</dd>
          </div>
          {listedCodes.length > 0 ? (
            <div>
              <dt>{t('catalogue.listed')}</dt>
              <dd>
                <ul className="code-list">
                  {listedCodes.map((code) => (
                    <li key={code}>
                      <Link className="code" href={`/instansi/${encodeURIComponent(code)}`}>
                        {code}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
        <h4 className="output__subheading">{t('catalogue.targets')}</h4>
        <TargetList targets={output.targets} />
      </div>
    </details>
  );
}
