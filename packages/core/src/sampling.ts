/**
 * Field-verification sampling (docs/design.md#field-verification-sampling): a random sample of accepted reports that anyone can
 * draw again. The seed is published (the audit chain head at quarter close); the population is
 * ordered by stable codes, not database ids, so the same seed gives the same sample everywhere.
 */

/** The generator's four 32-bit state words: every 8-hex-digit block of the seed XORed in turn. */
function seedWords(seedHex: string): [number, number, number, number] {
  if (!/^[0-9a-f]{32,}$/i.test(seedHex)) throw new RangeError('The seed must be at least 32 hex digits');
  const words: [number, number, number, number] = [0, 0, 0, 0];
  for (let block = 0; block * 8 < seedHex.length; block++) {
    const value = Number.parseInt(seedHex.slice(block * 8, block * 8 + 8), 16) >>> 0;
    words[block % 4] = ((words[block % 4] as number) ^ value) >>> 0;
  }
  if (words.every((w) => w === 0)) words[0] = 1;
  return words;
}

/** xoshiro128**: small, fast, and fully specified, so other tools can reproduce it. */
function xoshiro128(seedHex: string): () => number {
  let [a, b, c, d] = seedWords(seedHex);
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4_294_967_296;
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/**
 * Draws `size` distinct keys from `population` (sorted first, so callers need not) with a partial
 * Fisher–Yates shuffle driven by xoshiro128** seeded from `seedHex`. Returns them in draw order.
 */
export function drawSample(population: readonly string[], size: number, seedHex: string): string[] {
  const items = [...new Set(population)].sort();
  const random = xoshiro128(seedHex);
  const count = Math.min(Math.max(0, Math.floor(size)), items.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j] as string, items[i] as string];
  }
  return items.slice(0, count);
}

/** The key of a report in a sample: institution code and target code, e.g. `33.74/1.2-TW4`. */
export function sampleKey(institutionCode: string, targetCode: string): string {
  return `${institutionCode}/${targetCode}`;
}

/** Default sample size: 10 % of the accepted reports, at least 5 (or all when fewer). */
export function defaultSampleSize(populationSize: number): number {
  return Math.min(populationSize, Math.max(5, Math.ceil(populationSize * 0.1)));
}
