/** An output's assignment in one line: its rules in words and how many institutions they reach. */
import type { AssignmentRule } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { useRuleText } from '../catalogue/useRuleText';

export function AssignmentSummary({
  rules,
  institutionCount,
}: {
  rules: readonly AssignmentRule[];
  institutionCount: number;
}) {
  const { t, tn } = useI18n();
  const ruleText = useRuleText();
  return (
    <p className="assignment">
      <span className="assignment__label">{t('catalogue.assignment')}:</span> {ruleText(rules)} ·{' '}
      {tn('catalogue.institutions', institutionCount)}
    </p>
  );
}
