import { expect, it } from 'vitest';
import { isEmptyReport } from './report-content.js';

it('calls a report with no narrative and no evidence empty', () => {
  expect(isEmptyReport({ narrative: '  \n ', evidenceCount: 0, notApplicable: false })).toBe(true);
  expect(isEmptyReport({ narrative: 'Perda disahkan', evidenceCount: 0, notApplicable: false })).toBe(false);
  expect(isEmptyReport({ narrative: '', evidenceCount: 1, notApplicable: false })).toBe(false);
  expect(isEmptyReport({ narrative: '', evidenceCount: 0, notApplicable: true })).toBe(false);
});
