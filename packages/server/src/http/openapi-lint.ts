/**
 * The OpenAPI document checked with Redocly's recommended rules, as `npm run api:lint` and the
 * test of the document do: a machine client's generator needs it at 0 errors.
 */
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';

/** One problem as a line: severity, rule, where in the document, and what. */
export function describeProblem(problem: NormalizedProblem): string {
  // JSON pointer escapes (`~1` for "/") would hide the paths; show them as written.
  const where = decodeURIComponent(problem.location[0]?.pointer ?? '')
    .replaceAll('~1', '/')
    .replaceAll('~0', '~');
  return `${problem.severity} ${problem.ruleId} ${where}: ${problem.message}`;
}

/** Every problem Redocly's `recommended` rules find in `document`. */
export async function lintOpenapi(document: unknown): Promise<NormalizedProblem[]> {
  const config = await createConfig({ extends: ['recommended'] });
  return lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
}
