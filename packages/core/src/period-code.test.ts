import { describe, expect, it } from 'vitest';
import { normalisePeriodCode, periodCodeSchema } from './period-code.js';

describe('period codes as people write them', () => {
  it('reads the en dash screens show, and other dashes, as the code', () => {
    for (const written of ['2025–2026', '2025—2026', '2025 - 2026', ' 2025−2026 ', '2025-2026']) {
      expect(normalisePeriodCode(written)).toBe('2025-2026');
      expect(periodCodeSchema.parse(written)).toBe('2025-2026');
    }
  });

  it('still refuses what is not a period', () => {
    for (const text of ['2025', '2025–26', 'periode 2025-2026', '', '2025–2026–2027']) {
      expect(periodCodeSchema.safeParse(text).success).toBe(false);
    }
  });
});
