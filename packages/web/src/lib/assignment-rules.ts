/**
 * Assignment rules put in a shape the UI can say in words ("Semua provinsi",
 * "Daftar: 26 instansi — 5 provinsi, 21 kabupaten/kota"). The words themselves live in
 * the message files; this only decides what to say.
 */
import type { AssignmentRule, InstitutionType } from '@pantau/core';

/** The type of institution a code names, read from its shape (K/L codes are letters). */
export function institutionTypeOfCode(code: string): InstitutionType | null {
  if (/^[A-Z][A-Z0-9]{1,15}$/.test(code)) return 'kl';
  const match = /^(\d{2})(?:\.(\d{2}))?$/.exec(code);
  if (!match) return null;
  if (match[2] === undefined) return 'provinsi';
  return Number(match[2]) >= 71 ? 'kota' : 'kabupaten';
}

/** Counts per institution type, only for types present, in the order K/L, provinsi, kabupaten, kota. */
export type TypeCount = { type: InstitutionType | 'other'; count: number };

/** What one rule says: a whole type ("all provinces") or an explicit list with its make-up. */
export type RuleSummary =
  | { kind: Exclude<AssignmentRule['kind'], 'list'> }
  | { kind: 'list'; count: number; breakdown: TypeCount[] };

const TYPE_ORDER: readonly (InstitutionType | 'other')[] = ['kl', 'provinsi', 'kabupaten', 'kota', 'other'];

/** Summarises a rule; a list is broken down by type only when it mixes types. */
export function summariseRule(rule: AssignmentRule): RuleSummary {
  if (rule.kind !== 'list') return { kind: rule.kind };
  const unique = [...new Set(rule.codes)];
  const counts = new Map<InstitutionType | 'other', number>();
  for (const code of unique) {
    const type = institutionTypeOfCode(code) ?? 'other';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const breakdown = TYPE_ORDER.filter((type) => counts.has(type)).map((type) => ({
    type,
    count: counts.get(type) ?? 0,
  }));
  return { kind: 'list', count: unique.length, breakdown: breakdown.length > 1 ? breakdown : [] };
}
