/**
 * Assignment rules: which institutions carry an output. The programme assigns by rule
 * ("all provinces", "these 5 provinces and 64 kabupaten", "one ministry"), so rules are data
 * and resolve against the institution list of the day.
 */

import { type InstitutionType, klCodeSchema, regionCodeSchema } from './institutions.js';
import { z } from './zod.js';

/** Rule kinds that select by institution type. */
export const TYPE_RULE_KINDS = {
  all_kl: ['kl'],
  all_provinces: ['provinsi'],
  all_kabupaten: ['kabupaten'],
  all_kota: ['kota'],
  all_kabupaten_kota: ['kabupaten', 'kota'],
  all_pemda: ['provinsi', 'kabupaten', 'kota'],
} as const satisfies Record<string, readonly InstitutionType[]>;

type TypeRuleKind = keyof typeof TYPE_RULE_KINDS;
const typeRuleKinds = Object.keys(TYPE_RULE_KINDS) as [TypeRuleKind, ...TypeRuleKind[]];

/** An assignment rule as stored and as accepted by the API. */
export const assignmentRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(typeRuleKinds) }),
  z.object({
    kind: z.literal('list'),
    codes: z.array(z.union([klCodeSchema, regionCodeSchema])).min(1, 'Daftar instansi tidak boleh kosong'),
  }),
]);
export type AssignmentRule = z.infer<typeof assignmentRuleSchema>;

/** The fields of an institution that rules look at. */
export interface RuleCandidate {
  code: string;
  type: InstitutionType;
}

/** Result of resolving a rule: the matching institutions and any listed code that matched nothing. */
export interface RuleResolution<T extends RuleCandidate> {
  institutions: T[];
  unknownCodes: string[];
}

/** Resolves `rule` against `institutions`, keeping their order. */
export function resolveAssignmentRule<T extends RuleCandidate>(
  rule: AssignmentRule,
  institutions: readonly T[],
): RuleResolution<T> {
  if (rule.kind === 'list') {
    const wanted = new Set(rule.codes);
    const matched = institutions.filter((institution) => wanted.has(institution.code));
    const found = new Set(matched.map((institution) => institution.code));
    return { institutions: matched, unknownCodes: rule.codes.filter((code) => !found.has(code)) };
  }
  const types: readonly InstitutionType[] = TYPE_RULE_KINDS[rule.kind];
  return { institutions: institutions.filter((institution) => types.includes(institution.type)), unknownCodes: [] };
}
