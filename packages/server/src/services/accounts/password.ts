/** Password hashing with argon2id (the library's default algorithm). */
import { hash, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';

/**
 * Hashes computed at once. Each holds 19 MiB while it runs, on a thread of the pool that also
 * writes uploads and compresses answers: two hundred people signing in together at the deadline
 * would otherwise take the whole pool and 80 MiB at once (four threads), for no gain on a machine
 * with few cores. The others wait their turn.
 */
export const passwordWork = pLimit(2);

/** Hashes a password with argon2id and a random salt (OWASP's minimum: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return passwordWork(() => hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }));
}

/** Whether `password` matches `passwordHash`. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwordWork(() => verify(passwordHash, password));
}
