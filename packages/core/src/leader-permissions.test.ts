import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type PermissionName, scopeOf } from './permissions.js';

/** What a leader may use beyond its own account, notifications and calendar: reading its institution. */
const LEADER_READS: readonly PermissionName[] = [
  'report.read',
  'unit.read',
  'performance.read',
  'meeting.read',
  'followup.read',
  'publication.read',
  'document.report_card',
  'support.read',
  'brief.read',
  'province.read',
];

describe('the leader role', () => {
  it('reads its own institution and writes nothing but its own account and receipts', () => {
    const granted = (Object.keys(PERMISSIONS) as PermissionName[]).filter(
      (name) => !('public' in PERMISSIONS[name]) && scopeOf(['leader'], name) !== null,
    );
    const institutional = granted.filter((name) => scopeOf(['leader'], name) !== 'self');
    expect(institutional.sort()).toEqual([...LEADER_READS].sort());
    for (const name of institutional) expect(scopeOf(['leader'], name), name).toBe('own_institution');
  });
});
