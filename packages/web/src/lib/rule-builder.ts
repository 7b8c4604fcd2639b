/**
 * The assignment-rule builder's form state and the rule it stands for. A rule selects a whole
 * type of institution ("all provinces") or a list of institution codes; the list is typed or
 * pasted (any separator), and may be filled from a province's institutions.
 */
import type { AssignmentRule } from '@pantau/core';

export type RuleKind = AssignmentRule['kind'];

/** The kinds in the order the builder offers them: whole types first, the list last. */
export const RULE_KINDS: readonly RuleKind[] = [
  'all_kl',
  'all_provinces',
  'all_kabupaten',
  'all_kota',
  'all_kabupaten_kota',
  'all_pemda',
  'list',
];

export interface RuleDraft {
  kind: RuleKind;
  /** The list's codes as typed; only read when `kind` is `list`. */
  codesText: string;
}

export const EMPTY_RULE_DRAFT: RuleDraft = { kind: 'all_provinces', codesText: '' };

/** "33.74, kemendagri\n33.01" → ["33.74", "KEMENDAGRI", "33.01"]: trimmed, K/L codes in capitals, no repeats. */
export function parseCodeList(text: string): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)];
}

/** The rule a draft stands for, or null while a list has no code yet. */
export function ruleOfDraft(draft: RuleDraft): AssignmentRule | null {
  if (draft.kind !== 'list') return { kind: draft.kind };
  const codes = parseCodeList(draft.codesText);
  return codes.length > 0 ? { kind: 'list', codes } : null;
}

/** A draft that starts from an existing rule (to add a similar one). */
export function draftOfRule(rule: AssignmentRule): RuleDraft {
  return rule.kind === 'list' ? { kind: 'list', codesText: rule.codes.join('\n') } : { kind: rule.kind, codesText: '' };
}

/** Adds `codes` to the typed list, keeping what is there and its order, one code a line. */
export function addCodes(text: string, codes: readonly string[]): string {
  return parseCodeList(`${text}\n${codes.join('\n')}`).join('\n');
}

/** A stable key of a rule, for reloading its preview only when it changes. */
export function ruleKey(rule: AssignmentRule | null): string {
  if (!rule) return '';
  return rule.kind === 'list' ? `list:${rule.codes.join(',')}` : rule.kind;
}
