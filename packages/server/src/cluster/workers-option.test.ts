import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { MAX_WORKERS, parseWorkers } from './workers-option.js';

describe('parseWorkers', () => {
  it('takes a whole number, or auto for one worker per core', () => {
    expect(parseWorkers('2', 8)).toBe(2);
    expect(parseWorkers('auto', 4)).toBe(4);
    expect(parseWorkers(' AUTO ', 1)).toBe(1);
    expect(parseWorkers('auto', 500)).toBe(MAX_WORKERS);
  });

  it('refuses anything else with a message in both languages', () => {
    for (const value of ['0', '-1', '1.5', 'two', '', '65']) {
      expect(() => parseWorkers(value, 2), value).toThrow(ValidationError);
    }
    try {
      parseWorkers('dua', 2);
    } catch (error) {
      expect((error as ValidationError).text.id).toContain('--workers harus');
      expect((error as ValidationError).text.en).toContain('--workers must');
    }
  });
});
