import { describe, expect, it } from 'vitest';
import { atHourWib, dayIsOver, dueEscalation, dueReminder, latestDailySlot } from './schedule.js';

describe('atHourWib', () => {
  it('is seven hours ahead of UTC', () => {
    expect(atHourWib('2025-07-10', 8)).toBe('2025-07-10T01:00:00.000Z');
    expect(atHourWib('2025-07-10', 3)).toBe('2025-07-09T20:00:00.000Z');
  });
});

describe('dueReminder', () => {
  const deadline = '2025-07-10';
  const days = [7, 3, 1];

  it('is nothing before the first slot', () => {
    expect(dueReminder(deadline, days, new Date('2025-07-03T00:59:59Z'))).toBeNull();
  });

  it('is the latest slot that has come, so a late start catches up once', () => {
    expect(dueReminder(deadline, days, new Date('2025-07-03T01:00:00Z'))).toEqual({
      daysBefore: 7,
      at: '2025-07-03T01:00:00.000Z',
    });
    // Down from H-8 to H-2: only the H-3 reminder is due, not H-7 as well.
    expect(dueReminder(deadline, days, new Date('2025-07-08T05:00:00Z'))?.daysBefore).toBe(3);
    expect(dueReminder(deadline, days, new Date('2025-07-10T16:00:00Z'))?.daysBefore).toBe(1);
  });

  it('stops once the deadline day is over (WIB)', () => {
    expect(dueReminder(deadline, days, new Date('2025-07-10T17:00:00Z'))).toBeNull();
  });
});

describe('dueEscalation and dayIsOver', () => {
  it('is due the morning after the deadline', () => {
    expect(dueEscalation('2025-07-10', new Date('2025-07-11T00:59:00Z'))).toBeNull();
    expect(dueEscalation('2025-07-10', new Date('2025-07-11T01:00:00Z'))?.at).toBe('2025-07-11T01:00:00.000Z');
    expect(dayIsOver('2025-07-10', new Date('2025-07-10T16:59:59Z'))).toBe(false);
    expect(dayIsOver('2025-07-10', new Date('2025-07-10T17:00:00Z'))).toBe(true);
  });
});

describe('latestDailySlot', () => {
  it("is today's slot once its hour has passed, else yesterday's", () => {
    expect(latestDailySlot(new Date('2025-07-10T00:00:00Z'), 7)).toEqual({
      date: '2025-07-10',
      at: '2025-07-10T00:00:00.000Z',
    });
    expect(latestDailySlot(new Date('2025-07-09T23:59:00Z'), 7).date).toBe('2025-07-09');
    expect(latestDailySlot(new Date('2025-07-09T16:00:00Z'), 7).date).toBe('2025-07-09');
    expect(latestDailySlot(new Date('2025-07-08T23:00:00Z'), 7).date).toBe('2025-07-08');
  });
});
