import { describe, expect, it } from 'vitest';
import { changedFields, parseNumberInput, parseProgressInput, type ReportDraft } from './report-draft';

const saved: ReportDraft = {
  narrative: 'Rapat koordinasi',
  progress: 40,
  impactValue: null,
  notApplicable: false,
  notApplicableReason: null,
};

describe('report draft', () => {
  it('sends only what changed', () => {
    expect(changedFields(saved, saved)).toEqual({});
    expect(changedFields({ ...saved, narrative: 'Rapat koordinasi dan pelatihan', progress: 60 }, saved)).toEqual({
      narrative: 'Rapat koordinasi dan pelatihan',
      progress: 60,
    });
    expect(changedFields({ ...saved, notApplicableReason: '' }, saved)).toEqual({});
  });

  it('reads numbers as each language writes them', () => {
    expect(parseNumberInput('1.234,5', 'id')).toBe(1234.5);
    expect(parseNumberInput('12,5', 'id')).toBe(12.5);
    expect(parseNumberInput('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumberInput('', 'id')).toBeNull();
    expect(parseNumberInput('dua', 'id')).toBe('invalid');
  });

  it('reads progress 0–100', () => {
    expect(parseProgressInput('75')).toBe(75);
    expect(parseProgressInput('')).toBeNull();
    expect(parseProgressInput('101')).toBe('invalid');
    expect(parseProgressInput('7,5')).toBe('invalid');
  });
});
