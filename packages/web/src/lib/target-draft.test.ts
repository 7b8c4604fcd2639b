import { describe, expect, it } from 'vitest';
import { contentOfDraft, draftOfTarget, EMPTY_TARGET_DRAFT, parseDecimal } from './target-draft';

describe('contentOfDraft', () => {
  it('trims the texts, keeps one checklist item a non-blank line and reads the numbers', () => {
    expect(
      contentOfDraft({
        successMeasure: '  Perda disahkan ',
        checklist: 'Salinan perda\n\n  Berita acara  \n',
        weight: ' 20 ',
        impactName: ' Waktu layanan ',
        impactUnit: 'hari',
        impactBaseline: '12,5',
        impactTarget: '5',
        impactDirection: 'lower',
        impactSource: ' SIMPEL ',
      }),
    ).toEqual({
      successMeasure: 'Perda disahkan',
      evidenceChecklist: ['Salinan perda', 'Berita acara'],
      weight: 20,
      impact: { name: 'Waktu layanan', unit: 'hari', baseline: 12.5, target: 5, direction: 'lower', source: 'SIMPEL' },
    });
  });

  it('sends no target value when it is left blank', () => {
    const impact = contentOfDraft({ ...EMPTY_TARGET_DRAFT, impactName: 'Aduan', impactUnit: 'aduan' }).impact;
    expect(impact).toMatchObject({ target: null, direction: 'higher', source: null });
  });

  it('declares no impact when its name is blank', () => {
    expect(contentOfDraft({ ...EMPTY_TARGET_DRAFT, impactUnit: 'hari', impactBaseline: '3' }).impact).toBeNull();
  });

  it('turns a weight that is not a whole number into NaN for the server to refuse', () => {
    expect(contentOfDraft({ ...EMPTY_TARGET_DRAFT, weight: '2.5' }).weight).toBeNaN();
    expect(contentOfDraft({ ...EMPTY_TARGET_DRAFT, weight: '' }).weight).toBeNaN();
  });

  it('round-trips a target with its impact indicator', () => {
    const content = {
      successMeasure: 'Tercapainya integrasi data',
      evidenceChecklist: ['Dokumen'],
      weight: 10,
      impact: {
        name: 'Waktu layanan',
        unit: 'hari',
        baseline: 14,
        target: 5,
        direction: 'lower' as const,
        source: null,
      },
    };
    expect(contentOfDraft(draftOfTarget(content))).toEqual(content);
  });

  it('round-trips a target', () => {
    const content = {
      successMeasure: 'Tercapainya integrasi data',
      evidenceChecklist: ['Dokumen', 'Tangkapan layar'],
      weight: 10,
      impact: null,
    };
    expect(contentOfDraft(draftOfTarget(content))).toEqual(content);
  });
});

describe('parseDecimal', () => {
  it('reads Indonesian and plain decimals', () => {
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1234.5')).toBe(1234.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal(' ')).toBe(0);
  });

  it('gives NaN for text that is not a number', () => {
    expect(parseDecimal('dua')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });
});
