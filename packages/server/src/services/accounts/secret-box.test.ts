import { describe, expect, it } from 'vitest';
import { open, seal } from './secret-box.js';

const KEY = 'k'.repeat(43);

describe('sealed secrets', () => {
  it('opens with the same key and purpose, and differs each time it is sealed', () => {
    const a = seal(KEY, 'totp-secret', 'JBSWY3DPEHPK3PXP');
    const b = seal(KEY, 'totp-secret', 'JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(open(KEY, 'totp-secret', a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key, another purpose, and a tampered box', () => {
    const box = seal(KEY, 'totp-secret', 'JBSWY3DPEHPK3PXP');
    expect(() => open('x'.repeat(43), 'totp-secret', box)).toThrow();
    expect(() => open(KEY, 'other', box)).toThrow();
    const [version, iv, tag, body] = box.split('.') as [string, string, string, string];
    const flipped = `${body.slice(0, -2)}${body.endsWith('A') ? 'B' : 'A'}${body.slice(-1)}`;
    expect(() => open(KEY, 'totp-secret', [version, iv, tag, flipped].join('.'))).toThrow();
  });
});
