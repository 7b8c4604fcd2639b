import type { PeriodDto } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { aksiOfSampleKey, itemsInScope, sampleQuarter } from './field-sample';

const period = {
  quarters: [
    { number: 1, status: 'closed' },
    { number: 2, status: 'closed' },
    { number: 3, status: 'open' },
    { number: 4, status: 'planned' },
  ],
} as unknown as PeriodDto;

describe('sampleQuarter', () => {
  it('takes the quarter asked for in the URL', () => {
    expect(sampleQuarter(period, '1', 3)).toBe(1);
  });
  it('otherwise opens on the latest closed quarter', () => {
    expect(sampleQuarter(period, null, 3)).toBe(2);
    expect(sampleQuarter(period, '9', 3)).toBe(2);
  });
  it('falls back when no quarter is closed', () => {
    const fresh = { quarters: [{ number: 1, status: 'open' }] } as unknown as PeriodDto;
    expect(sampleQuarter(fresh, null, 1)).toBe(1);
  });
});

describe('sample scope', () => {
  const items = [{ key: '33.74/1.2-TW4' }, { key: '32/12.1-TW4' }, { key: 'K001/2.3-TW4' }];
  it('reads the aksi from the output code of the key', () => {
    expect(aksiOfSampleKey('33.74/12.1-TW4')).toBe('12');
    expect(aksiOfSampleKey('broken')).toBeNull();
  });
  it('keeps only the verifier aksi, or everything when not limited', () => {
    expect(itemsInScope(items, ['1', '2']).map((i) => i.key)).toEqual(['33.74/1.2-TW4', 'K001/2.3-TW4']);
    expect(itemsInScope(items, null)).toHaveLength(3);
  });
});
