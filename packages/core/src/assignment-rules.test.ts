import { describe, expect, it } from 'vitest';
import { assignmentRuleSchema, resolveAssignmentRule } from './assignment-rules.js';
import type { InstitutionType } from './institutions.js';

const institutions: { code: string; type: InstitutionType }[] = [
  { code: 'KEMENDAGRI', type: 'kl' },
  { code: 'KEMENKEU', type: 'kl' },
  { code: '33', type: 'provinsi' },
  { code: '33.01', type: 'kabupaten' },
  { code: '33.71', type: 'kota' },
  { code: '35', type: 'provinsi' },
];

const codes = (rule: Parameters<typeof resolveAssignmentRule>[0]) =>
  resolveAssignmentRule(rule, institutions).institutions.map((i) => i.code);

describe('assignment rules', () => {
  it('selects by institution type', () => {
    expect(codes({ kind: 'all_provinces' })).toEqual(['33', '35']);
    expect(codes({ kind: 'all_kabupaten_kota' })).toEqual(['33.01', '33.71']);
    expect(codes({ kind: 'all_pemda' })).toEqual(['33', '33.01', '33.71', '35']);
    expect(codes({ kind: 'all_kl' })).toEqual(['KEMENDAGRI', 'KEMENKEU']);
  });

  it('selects a list and reports codes that match nothing', () => {
    const result = resolveAssignmentRule({ kind: 'list', codes: ['KEMENKEU', '33.71', '99.99'] }, institutions);
    expect(result.institutions.map((i) => i.code)).toEqual(['KEMENKEU', '33.71']);
    expect(result.unknownCodes).toEqual(['99.99']);
  });

  it('validates rules at the edge', () => {
    expect(assignmentRuleSchema.safeParse({ kind: 'list', codes: [] }).success).toBe(false);
    expect(assignmentRuleSchema.safeParse({ kind: 'everyone' }).success).toBe(false);
    expect(assignmentRuleSchema.safeParse({ kind: 'list', codes: ['33', 'BPKP'] }).success).toBe(true);
  });
});
