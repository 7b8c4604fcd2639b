import type { CatalogueDto } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { countCatalogue, outputAnchor } from './catalogue';

const target = (quarter: number) => ({
  code: `x-TW${quarter}`,
  quarter,
  version: 1,
  successMeasure: 'Tersusunnya dokumen',
  evidenceChecklist: ['Dokumen'],
  weight: 1,
  impact: null,
});

const output = (code: string, quarters: number[]) => ({
  code,
  name: `Output ${code}`,
  institutionCount: 1,
  rules: [{ kind: 'all_kl' as const }],
  targets: quarters.map(target),
});

describe('countCatalogue', () => {
  it('counts every level', () => {
    const catalogue: CatalogueDto = {
      period: '2025-2026',
      fokus: [
        {
          code: 'F1',
          name: 'Perizinan',
          aksi: [{ code: '1', name: 'A', outputs: [output('1.1', [2, 4]), output('1.2', [8])] }],
        },
        {
          code: 'F2',
          name: 'Keuangan',
          aksi: [
            { code: '2', name: 'B', outputs: [output('2.1', [1, 2, 3])] },
            { code: '3', name: 'C', outputs: [] },
          ],
        },
      ],
    };
    expect(countCatalogue(catalogue)).toEqual({ fokus: 2, aksi: 3, outputs: 3, targets: 6 });
  });
});

describe('outputAnchor', () => {
  it('makes a stable element id', () => {
    expect(outputAnchor('1.2')).toBe('output-1.2');
  });
});
