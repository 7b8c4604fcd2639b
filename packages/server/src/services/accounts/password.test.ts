import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWork, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the password it hashed and refuses another', async () => {
    const stored = await hashPassword('kata-sandi-yang-panjang');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'kata-sandi-yang-panjang')).toBe(true);
    expect(await verifyPassword(stored, 'kata-sandi-yang-lain')).toBe(false);
  });

  it('computes two hashes at once and queues the rest', async () => {
    const stored = await hashPassword('kata-sandi-yang-panjang');
    const checks = Array.from({ length: 6 }, () => verifyPassword(stored, 'kata-sandi-yang-panjang'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(passwordWork.activeCount).toBe(2);
    expect(passwordWork.pendingCount).toBe(4);
    expect(await Promise.all(checks)).toEqual(Array(6).fill(true));
    expect(passwordWork.activeCount + passwordWork.pendingCount).toBe(0);
  });
});
