/** Orders dotted numeric codes naturally: 2 < 10, 1.2 < 1.10. (Kept here so core's zod stays out of the bundle.) */
export function byNumericCode(a: { code: string }, b: { code: string }): number {
  return a.code.localeCompare(b.code, 'en', { numeric: true });
}
