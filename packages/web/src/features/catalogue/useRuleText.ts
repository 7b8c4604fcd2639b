import type { AssignmentRule } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { summariseRule } from '../../lib/assignment-rules';
import { INTL_LOCALE } from '../../lib/format';

/** Says an output's assignment rules in words: "Semua provinsi", "Daftar: 5 instansi", joined by " + ". */
export function useRuleText(): (rules: readonly AssignmentRule[]) => string {
  const { lang, t, tn } = useI18n();
  const list = new Intl.ListFormat(INTL_LOCALE[lang], { style: 'long', type: 'conjunction' });
  return (rules) => {
    if (rules.length === 0) return t('catalogue.noRules');
    return rules
      .map((rule) => {
        const summary = summariseRule(rule);
        if (summary.kind !== 'list') return t(`rule.${summary.kind}`);
        const text = tn('rule.list', summary.count);
        if (summary.breakdown.length === 0) return text;
        const parts = list.format(summary.breakdown.map(({ type, count }) => tn(`rule.part.${type}`, count)));
        return t('rule.listWithBreakdown', { list: text, parts });
      })
      .join(t('rule.join'));
  };
}
