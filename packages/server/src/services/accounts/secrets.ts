/** Random secrets and their stored form. Secrets go to the client once; only hashes are kept. */
import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random secret of `bytes` bytes, optionally with a recognisable prefix. */
export function newSecret(prefix = '', bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** SHA-256 (hex) of a secret: what the database stores and looks up by. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
