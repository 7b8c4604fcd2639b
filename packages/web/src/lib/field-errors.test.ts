import { describe, expect, it } from 'vitest';
import { fieldOfPath, sortFieldErrors } from './field-errors';

describe('fieldOfPath', () => {
  it('names the first segment after body or params', () => {
    expect(fieldOfPath('body.name')).toBe('name');
    expect(fieldOfPath('body.evidenceChecklist.2')).toBe('evidenceChecklist');
    expect(fieldOfPath('body.impact.unit')).toBe('impact');
    expect(fieldOfPath('params.aksi')).toBe('aksi');
  });

  it('names nothing for other places or a bare location', () => {
    expect(fieldOfPath('querystring.limit')).toBeNull();
    expect(fieldOfPath('body')).toBeNull();
    expect(fieldOfPath('')).toBeNull();
    expect(fieldOfPath('allowedActions')).toBeNull();
  });
});

describe('sortFieldErrors', () => {
  it("puts each field's first message beside it and keeps the others for the form", () => {
    const sorted = sortFieldErrors(
      [
        { path: 'body.weight', message: 'too big' },
        { path: 'body.evidenceChecklist.0', message: 'too short' },
        { path: 'body.evidenceChecklist.3', message: 'also too short' },
        { path: 'params.period', message: 'bad period' },
        { path: 'body.unexpected', message: 'unknown key' },
      ],
      ['weight', 'evidenceChecklist', 'successMeasure'] as const,
    );
    expect(sorted.fields).toEqual({ weight: 'too big', evidenceChecklist: 'too short' });
    expect(sorted.rest).toEqual([
      { path: 'params.period', message: 'bad period' },
      { path: 'body.unexpected', message: 'unknown key' },
    ]);
  });

  it('leaves the fields empty when nothing was refused', () => {
    expect(sortFieldErrors([], ['name'] as const)).toEqual({ fields: {}, rest: [] });
  });
});
