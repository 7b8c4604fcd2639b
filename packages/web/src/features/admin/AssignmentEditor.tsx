/** An output's assignment rules: the current ones (each can be ended with a reason), the ended ones, and a new one. */
import { useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { useRuleText } from '../catalogue/useRuleText';
import { AssignedInstitutions } from './AssignedInstitutions';
import { EndWithReasonForm } from './EndWithReasonForm';
import { RuleBuilder } from './RuleBuilder';

type RuleView = ResponseOf<'/api/periods/{code}/outputs/{output}/rules', 'get'>['rules'][number];

function EndRuleForm({
  period,
  outputCode,
  rule,
  label,
  onEnded,
}: {
  period: string;
  outputCode: string;
  rule: RuleView;
  label: string;
  onEnded: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <EndWithReasonForm
      id={`end-rule-${rule.id}`}
      label={t('admin.rule.end', { rule: label })}
      confirm={t('admin.rule.endConfirm')}
      end={async (reason) => {
        await apiSend(
          'post',
          '/api/periods/{code}/outputs/{output}/rules/{id}/end',
          { path: { code: period, output: outputCode, id: rule.id }, body: { reason } },
          { lang },
        );
        onEnded();
      }}
    />
  );
}

function CurrentRule({
  period,
  outputCode,
  rule,
  onEnded,
}: {
  period: string;
  outputCode: string;
  rule: RuleView;
  onEnded: () => void;
}) {
  const { t, tn } = useI18n();
  const ruleText = useRuleText();
  const [ending, setEnding] = useState(false);
  const label = ruleText([rule.rule]);
  return (
    <li>
      <p>
        {label} · {tn('catalogue.institutions', rule.institutionCount)}{' '}
        <button type="button" className="button--link" aria-expanded={ending} onClick={() => setEnding(!ending)}>
          {t('admin.rule.end', { rule: label })}
        </button>
      </p>
      {ending ? (
        <EndRuleForm period={period} outputCode={outputCode} rule={rule} label={label} onEnded={onEnded} />
      ) : null}
    </li>
  );
}

export function AssignmentEditor({
  period,
  outputCode,
  onChanged,
}: {
  period: string;
  outputCode: string;
  /** Called after a rule is added or ended, to refresh the catalogue's counts. */
  onChanged: () => void;
}) {
  const { t, formatDate } = useI18n();
  const ruleText = useRuleText();
  const [reload, setReload] = useState(0);
  const rules = useApiGet(
    '/api/periods/{code}/outputs/{output}/rules',
    { path: { code: period, output: outputCode } },
    String(reload),
  );
  const changed = () => {
    setReload((n) => n + 1);
    onChanged();
  };
  return (
    <div className="target-versions assignment-editor">
      <AsyncContent state={rules}>
        {(list) => {
          const current = list.rules.filter((rule) => rule.endedAt === null);
          const ended = list.rules.filter((rule) => rule.endedAt !== null);
          return (
            <>
              <ul className="versions" aria-label={t('admin.rule.current', { code: outputCode })}>
                {current.map((rule) => (
                  <CurrentRule key={rule.id} period={period} outputCode={outputCode} rule={rule} onEnded={changed} />
                ))}
              </ul>
              {current.length === 0 ? <p className="muted">{t('catalogue.noRules')}</p> : null}
              {ended.length > 0 ? (
                <details>
                  <summary>{t('admin.rule.ended', { count: ended.length })}</summary>
                  <ul className="versions">
                    {ended.map((rule) => (
                      <li key={rule.id}>
                        {ruleText([rule.rule])} ·{' '}
                        {t('admin.rule.endedOn', {
                          date: formatDate(rule.endedAt ?? ''),
                          reason: rule.endedReason ?? '',
                        })}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          );
        }}
      </AsyncContent>
      <AssignedInstitutions period={period} outputCode={outputCode} reloadKey={String(reload)} onChanged={changed} />
      <RuleBuilder period={period} outputCode={outputCode} onAdded={changed} />
    </div>
  );
}
