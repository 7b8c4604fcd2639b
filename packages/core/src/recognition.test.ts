import { describe, expect, it } from 'vitest';
import { meritOf, qualityOf, type RecognitionCandidate, type RecognitionStanding, recognise } from './recognition.js';

const grades = (administratif: number, terlaksana: number, berdampak: number) => ({
  administratif,
  terlaksana,
  berdampak,
});
const standing = (achievement: number | null, g = grades(0, 0, 1), verified = 1): RecognitionStanding => ({
  achievement,
  verified,
  grades: g,
});
const kota = (
  name: string,
  now: RecognitionStanding,
  previous: RecognitionStanding | null = null,
): RecognitionCandidate => ({
  code: name,
  name,
  type: 'kota',
  now,
  previous,
});

describe('recognition rule', () => {
  it('weighs grades 0.5 / 0.8 / 1 and multiplies achievement by quality', () => {
    expect(qualityOf(grades(1, 1, 1))).toBe(0.767);
    expect(qualityOf(grades(0, 0, 0))).toBeNull();
    expect(meritOf(standing(80, grades(2, 0, 0)))).toBe(40);
    expect(meritOf(standing(80, grades(0, 1, 0)))).toBe(64);
    // No verified result, no achievement or no grade: no place.
    expect(meritOf(standing(80, grades(0, 0, 1), 0))).toBeNull();
    expect(meritOf(standing(null))).toBeNull();
    expect(meritOf(standing(80, grades(0, 0, 0)))).toBeNull();
  });

  it('ranks per type, ties share a place, and stops after place 3', () => {
    const entries = recognise([
      kota('Kota A', standing(90)),
      kota('Kota B', standing(80)),
      kota('Kota C', standing(80)),
      kota('Kota D', standing(70)),
      kota('Kota E', standing(70)),
      kota('Kota F', standing(60)),
      kota('Kota G', standing(99, grades(0, 0, 1), 0)),
      { ...kota('Provinsi X', standing(50)), type: 'provinsi' },
    ]);
    const best = entries.filter((e) => e.category === 'best');
    expect(best.filter((e) => e.type === 'kota').map((e) => [e.place, e.name])).toEqual([
      [1, 'Kota A'],
      [2, 'Kota B'],
      [2, 'Kota C'],
    ]);
    expect(best.filter((e) => e.type === 'provinsi').map((e) => [e.place, e.name])).toEqual([[1, 'Provinsi X']]);
    expect(entries.some((e) => e.name === 'Kota G')).toBe(false);
  });

  it('keeps every institution tied at place 3', () => {
    const best = recognise([
      kota('Kota A', standing(90)),
      kota('Kota B', standing(80)),
      kota('Kota C', standing(70)),
      kota('Kota D', standing(70)),
      kota('Kota E', standing(60)),
    ]).filter((e) => e.category === 'best');
    expect(best.map((e) => [e.place, e.name])).toEqual([
      [1, 'Kota A'],
      [2, 'Kota B'],
      [3, 'Kota C'],
      [3, 'Kota D'],
    ]);
  });

  it('counts as most improved only a rise over a comparable previous standing', () => {
    const improved = recognise([
      kota('Kota A', standing(90), standing(85)),
      kota('Kota B', standing(60, grades(0, 1, 0)), standing(30, grades(1, 0, 0))),
      kota('Kota C', standing(50), standing(70)),
      kota('Kota D', standing(95), null),
    ]).filter((e) => e.category === 'improved');
    expect(improved.map((e) => [e.place, e.name, e.improvement, e.previousMerit])).toEqual([
      [1, 'Kota B', 33, 15],
      [2, 'Kota A', 5, 85],
    ]);
  });
});
