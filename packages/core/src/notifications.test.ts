import { describe, expect, it } from 'vitest';
import {
  CONFIGURABLE_NOTIFICATION_KINDS,
  deliversEmail,
  deliversInApp,
  parseReminderDays,
  retryDelayMs,
} from './notifications.js';

describe('notification channels', () => {
  it('tells e-mail and in-app apart', () => {
    expect([deliversEmail('email'), deliversEmail('both'), deliversEmail('in_app'), deliversEmail('none')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([deliversInApp('email'), deliversInApp('both'), deliversInApp('in_app'), deliversInApp('none')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('keeps account links out of the configurable kinds', () => {
    expect(CONFIGURABLE_NOTIFICATION_KINDS).not.toContain('invitation');
    expect(CONFIGURABLE_NOTIFICATION_KINDS).not.toContain('password_reset');
    expect(CONFIGURABLE_NOTIFICATION_KINDS).toContain('deadline_reminder');
  });
});

describe('retryDelayMs', () => {
  it('backs off 1, 5, 15, 60 minutes and then stays at the cap', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelayMs(n) / 60_000);
    expect(minutes).toEqual([1, 5, 15, 60, 180, 360, 360, 360]);
  });
});

describe('parseReminderDays', () => {
  it('reads a list, largest first, without duplicates', () => {
    expect(parseReminderDays('7,3,1')).toEqual([7, 3, 1]);
    expect(parseReminderDays(' 1, 14 ,3,3')).toEqual([14, 3, 1]);
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'a', '7,,1', '0', '61', '-1', '1.5']) expect(parseReminderDays(bad)).toBeNull();
  });
});
