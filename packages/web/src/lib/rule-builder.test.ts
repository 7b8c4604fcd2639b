import { describe, expect, it } from 'vitest';
import { addCodes, draftOfRule, parseCodeList, RULE_KINDS, ruleKey, ruleOfDraft } from './rule-builder';

describe('parseCodeList', () => {
  it('splits on any separator, capitalises and drops repeats', () => {
    expect(parseCodeList(' 33.74, kemendagri;\n33.01\t33.74  ')).toEqual(['33.74', 'KEMENDAGRI', '33.01']);
  });

  it('gives nothing for blank text', () => {
    expect(parseCodeList(' \n , ')).toEqual([]);
  });
});

describe('ruleOfDraft', () => {
  it('makes a type rule whatever the typed list says', () => {
    expect(ruleOfDraft({ kind: 'all_pemda', codesText: '33.74' })).toEqual({ kind: 'all_pemda' });
  });

  it('makes a list rule from the typed codes', () => {
    expect(ruleOfDraft({ kind: 'list', codesText: '33.74 33.01' })).toEqual({
      kind: 'list',
      codes: ['33.74', '33.01'],
    });
  });

  it('makes no rule from an empty list', () => {
    expect(ruleOfDraft({ kind: 'list', codesText: '  ' })).toBeNull();
  });
});

describe('draftOfRule', () => {
  it('round-trips every kind', () => {
    for (const kind of RULE_KINDS.filter((k) => k !== 'list')) {
      expect(ruleOfDraft(draftOfRule({ kind } as never))).toEqual({ kind });
    }
    expect(ruleOfDraft(draftOfRule({ kind: 'list', codes: ['KPK', '33'] }))).toEqual({
      kind: 'list',
      codes: ['KPK', '33'],
    });
  });
});

describe('addCodes', () => {
  it('appends new codes after the typed ones without repeating any', () => {
    expect(addCodes('33.74, kpk', ['33.01', '33.74'])).toBe('33.74\nKPK\n33.01');
  });

  it('starts a list from nothing', () => {
    expect(addCodes('', ['33'])).toBe('33');
  });
});

describe('ruleKey', () => {
  it('differs when the rule differs and is empty without a rule', () => {
    expect(ruleKey(null)).toBe('');
    expect(ruleKey({ kind: 'all_kota' })).toBe('all_kota');
    expect(ruleKey({ kind: 'list', codes: ['33', '34'] })).not.toBe(ruleKey({ kind: 'list', codes: ['33'] }));
  });
});
