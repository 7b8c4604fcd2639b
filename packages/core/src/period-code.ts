/**
 * Period codes as people write them. Screens show a period as "2025–2026" (with an en dash, as
 * typeset text does); the code is "2025-2026". Every request field that takes a period accepts
 * either, so copying what a screen shows never fails.
 */
import { z } from './zod.js';

/** Dashes people type or paste between the two years: hyphen, en dash, em dash, minus sign… */
const DASH_BETWEEN_YEARS = /^(\d{4})\s*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]\s*(\d{4})$/;

/** "2025 – 2026", "2025—2026" → "2025-2026"; any other text comes back trimmed, unchanged. */
export function normalisePeriodCode(text: string): string {
  const trimmed = text.trim();
  const match = DASH_BETWEEN_YEARS.exec(trimmed);
  return match ? `${match[1]}-${match[2]}` : trimmed;
}

/**
 * A period code in a request: written with any dash, read as `2025-2026`. (As a response field it
 * is always the hyphenated code.)
 */
export const periodCodeSchema = z
  .string()
  .transform(normalisePeriodCode)
  .pipe(z.string().regex(/^\d{4}-\d{4}$/, 'Kode periode berformat 2025-2026'))
  .describe('Period code, e.g. 2025-2026 (written with a dash of any kind)');
