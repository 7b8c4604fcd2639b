/** The live preview of a rule being built: how many institutions it reaches, asked once typing pauses. */
import type { AssignmentRule } from '@pantau/core';
import { useEffect, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { type AsyncState, useAsync } from '../../api/useApi';
import { ruleKey } from '../../lib/rule-builder';

export type RulePreview = ResponseOf<'/api/periods/{code}/outputs/{output}/rules/preview', 'post'>;

const PAUSE_MS = 400;

/** `value`, once it has stayed the same for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The preview of `rule` for an output; waits while there is no rule. */
export function useRulePreview(
  period: string,
  outputCode: string,
  rule: AssignmentRule | null,
): AsyncState<RulePreview> {
  const key = useSettled(ruleKey(rule), PAUSE_MS);
  const settledRule = key === ruleKey(rule) ? rule : null;
  return useAsync(settledRule ? `preview:${period}:${outputCode}:${key}` : null, ({ lang, signal }) =>
    apiSend(
      'post',
      '/api/periods/{code}/outputs/{output}/rules/preview',
      { path: { code: period, output: outputCode }, body: { rule: settledRule as AssignmentRule } },
      { lang, signal },
    ),
  );
}
