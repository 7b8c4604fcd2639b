import { describe, expect, it } from 'vitest';
import { currentTab, deskQuery, deskTabs, tabCount, urgencyOf } from './desk-tabs';

const COUNTS = { submitted: 4, forwarded: 3, overdue: 1, answered: 7, rejected: 2 };

describe('feedback desk tabs', () => {
  it('give admin and observers every queue, a focal point only what reaches its institution', () => {
    expect(deskTabs(['admin'])).toEqual(['moderasi', 'jawab', 'terlambat', 'dijawab', 'ditolak', 'semua']);
    expect(deskTabs(['observer'])).toContain('moderasi');
    expect(deskTabs(['focal_point'])).toEqual(['jawab', 'terlambat', 'dijawab', 'semua']);
  });

  it('open on the work of the role unless the address asks for a queue the role has', () => {
    expect(currentTab(['admin'], null)).toBe('moderasi');
    expect(currentTab(['observer'], null)).toBe('jawab');
    expect(currentTab(['focal_point'], null)).toBe('jawab');
    expect(currentTab(['focal_point'], 'terlambat')).toBe('terlambat');
    expect(currentTab(['focal_point'], 'moderasi')).toBe('jawab');
    expect(currentTab(['admin'], 'ngawur')).toBe('moderasi');
  });

  it('ask the API for the right items and count them from the answer', () => {
    expect(deskQuery('moderasi')).toEqual({ status: 'submitted' });
    expect(deskQuery('terlambat')).toEqual({ overdue: 'true' });
    expect(deskQuery('semua')).toEqual({});
    expect(tabCount('terlambat', COUNTS)).toBe(1);
    expect(tabCount('semua', COUNTS)).toBe(16);
  });

  it('call an item late, due today, due soon or ahead by its working days left', () => {
    expect(urgencyOf(null)).toBeNull();
    expect(urgencyOf(-3)).toBe('late');
    expect(urgencyOf(0)).toBe('today');
    expect(urgencyOf(2)).toBe('soon');
    expect(urgencyOf(3)).toBe('ahead');
  });
});
