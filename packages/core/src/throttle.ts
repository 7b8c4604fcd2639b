/** Sign-in throttling: how many failures in a window before an account or address must wait. */

/** A throttling rule: at most `maxFailures` within `windowMs`. */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

/** Failures per account (e-mail) and per client address within 15 minutes. */
export const LOGIN_THROTTLE = {
  account: { maxFailures: 5, windowMs: 15 * 60_000 },
  ip: { maxFailures: 20, windowMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottleRule>;

/**
 * Whether another attempt must wait, given the failure times (ISO) within the window. Blocked
 * while the window holds `maxFailures` failures; it lifts when the oldest of them leaves it.
 */
export function throttleWait(failures: readonly string[], now: Date, rule: ThrottleRule): number {
  const since = now.getTime() - rule.windowMs;
  const recent = failures
    .map((at) => new Date(at).getTime())
    .filter((t) => t > since)
    .sort((a, b) => b - a);
  if (recent.length < rule.maxFailures) return 0;
  const oldestCounted = recent[rule.maxFailures - 1] as number;
  return Math.max(0, oldestCounted + rule.windowMs - now.getTime());
}

/** Password-reset requests per address (e-mail) and per client address within an hour. */
export const PASSWORD_RESET_THROTTLE = {
  account: { maxFailures: 3, windowMs: 60 * 60_000 },
  ip: { maxFailures: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, ThrottleRule>;
