import { describe, expect, it } from 'vitest';
import { addSums, figuresOf } from './dashboard.js';
import { EMPTY_SUMS } from './figures.js';
import { gradeWeightLabel, gradeWeightOn, parseGradeWeight } from './grade-weight.js';
import { FIGURE_NAMES, headlineOf } from './headline.js';
import {
  formalityReason,
  gradeDistribution,
  gradeDistributionText,
  gradeSegments,
  isFormality,
} from './quality-grades.js';

describe('grade distribution', () => {
  const north = { ...EMPTY_SUMS, expected: 5, verified: 5, administratif: 1, terlaksana: 1, berdampak: 3 };
  const south = {
    ...EMPTY_SUMS,
    expected: 5,
    verified: 4,
    notApplicable: 1,
    administratif: 3,
    terlaksana: 0,
    berdampak: 0,
  };

  it('gives counts and shares of the graded reports', () => {
    expect(gradeDistribution(north)).toEqual({
      administratif: 1,
      terlaksana: 1,
      berdampak: 3,
      graded: 5,
      shares: { administratif: 20, terlaksana: 20, berdampak: 60 },
    });
  });

  it('adds groups’ counts and only then divides, like every figure', () => {
    const nation = headlineOf([north, south]).grades;
    expect(nation).toMatchObject({ administratif: 4, terlaksana: 1, berdampak: 3, graded: 8 });
    expect(nation.shares).toEqual({ administratif: 50, terlaksana: 12.5, berdampak: 37.5 });
    expect(figuresOf(addSums(north, south)).grades).toEqual(nation);
  });

  it('has no shares when nothing is graded', () => {
    expect(gradeDistribution(EMPTY_SUMS).shares).toEqual({ administratif: null, terlaksana: null, berdampak: null });
    expect(gradeDistributionText(gradeDistribution(EMPTY_SUMS))).toBe('Belum ada laporan terverifikasi yang dinilai');
  });

  it('says every value in words, in both languages', () => {
    expect(gradeDistributionText(gradeDistribution(north))).toBe(
      'Administratif 1 (20,0 %) · Terlaksana 1 (20,0 %) · Berdampak 3 (60,0 %)',
    );
    expect(gradeDistributionText(gradeDistribution(north), 'en')).toBe(
      'Administrative 1 (20.0 %) · Implemented 1 (20.0 %) · With impact 3 (60.0 %)',
    );
  });

  it('lays the bar’s segments end to end over the whole width', () => {
    const segments = gradeSegments(gradeDistribution({ administratif: 1, terlaksana: 0, berdampak: 3 }));
    expect(segments).toEqual([
      { grade: 'administratif', x: 0, width: 25 },
      { grade: 'berdampak', x: 25, width: 75 },
    ]);
  });

  it('has one name', () => {
    expect(FIGURE_NAMES.grades.id).toBe('Mutu laporan terverifikasi');
  });
});

describe('formality', () => {
  it('lists an institution with enough graded reports, more than half administratif, and says why', () => {
    const counts = { graded: 4, administratif: 3, terlaksana: 1, berdampak: 0 };
    expect(isFormality(counts, 3)).toBe(true);
    expect(isFormality({ ...counts, administratif: 2, terlaksana: 2 }, 3)).toBe(false);
    expect(isFormality({ graded: 2, administratif: 2, terlaksana: 0, berdampak: 0 }, 3)).toBe(false);
    expect(formalityReason(counts, 3).id).toBe(
      '3 dari 4 laporan terverifikasi (75,0 %) hanya administratif — lebih dari separuh, dengan sedikitnya 3 laporan dinilai; terlaksana 1, berdampak 0.',
    );
  });
});

describe('grade-weight rule', () => {
  it('is off by default and when set to 1 or "off"', () => {
    for (const value of ['', '1', '1.0', 'off', 'OFF'])
      expect(gradeWeightOn(parseGradeWeight(value) ?? { administratif: 0 })).toBe(false);
    expect(parseGradeWeight('0.5')).toEqual({ administratif: 0.5 });
    expect(parseGradeWeight('0')).toEqual({ administratif: 0 });
    for (const value of ['1.5', '-0.2', 'half', '0,5']) expect(parseGradeWeight(value)).toBeNull();
  });

  it('labels the achievement while on, and says nothing while off', () => {
    expect(gradeWeightLabel({ administratif: 0.5 })).toBe('dengan bobot mutu: administratif × 0,5');
    expect(gradeWeightLabel({ administratif: 0.25 }, 'en')).toBe('quality-weighted: administrative × 0.25');
    expect(gradeWeightLabel({ administratif: 1 })).toBeNull();
    expect(gradeWeightLabel(null)).toBeNull();
  });
});
