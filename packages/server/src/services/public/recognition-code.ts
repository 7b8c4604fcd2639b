/**
 * The verification code printed on a recognition certificate: deterministic, so nothing is
 * stored. It names the period and the point judged (`T3`: Triwulan III; `P3`: the period as it
 * stood at Triwulan III) and ends with 8 characters of a SHA-256 over what the certificate says
 * (category, type, institution, place). Anyone may recompute a genuine code; a changed character
 * names no recognition and the portal answers "tidak ditemukan".
 */
import { createHash } from 'node:crypto';

/** Which recognition a code belongs to. */
export interface RecognitionPoint {
  period: string;
  scope: 'quarter' | 'period';
  quarter: number;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE = /^AP-(\d{4})(\d{4})-([TP])([1-8])-([0-9A-Z]{8})$/;

function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= length) break;
  }
  return out;
}

/** The code of one recognised place. */
export function recognitionCode(
  point: RecognitionPoint,
  entry: { category: string; type: string; code: string; place: number },
): string {
  const scope = `${point.scope === 'quarter' ? 'T' : 'P'}${point.quarter}`;
  const digest = createHash('sha256')
    .update(['pantau-apresiasi', point.period, scope, entry.category, entry.type, entry.code, entry.place].join('|'))
    .digest();
  return `AP-${point.period.replace('-', '')}-${scope}-${base32(digest, 8)}`;
}

/** The point a code names, or null when it is not shaped like a code. */
export function pointOfCode(code: string): RecognitionPoint | null {
  const match = CODE.exec(code.trim().toUpperCase());
  if (!match) return null;
  const [, from, to, scope, quarter] = match;
  return { period: `${from}-${to}`, scope: scope === 'T' ? 'quarter' : 'period', quarter: Number(quarter) };
}
