import { describe, expect, it } from 'vitest';
import { throttleWait } from './throttle.js';

const rule = { maxFailures: 3, windowMs: 15 * 60_000 };
const now = new Date('2026-11-27T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('sign-in throttling', () => {
  it('lets attempts through below the limit', () => {
    expect(throttleWait([minutesAgo(1), minutesAgo(2)], now, rule)).toBe(0);
  });

  it('blocks at the limit until the oldest counted failure leaves the window', () => {
    expect(throttleWait([minutesAgo(1), minutesAgo(2), minutesAgo(10)], now, rule)).toBe(5 * 60_000);
  });

  it('ignores failures older than the window', () => {
    expect(throttleWait([minutesAgo(1), minutesAgo(2), minutesAgo(16)], now, rule)).toBe(0);
  });
});
