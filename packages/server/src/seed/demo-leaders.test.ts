/** The demo's leaders (one with the province view) and the support log of the demo Pemda, printed with the other logins. */
import { expect, it } from 'vitest';
import { testBlobStore } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { seedDemo } from './demo-seed.js';

describeEachDatabase('demo leaders and support log', (database) => {
  it('adds a leader of the demo Pemda, a provincial leader with the province view, and support entries with follow-ups', async () => {
    const result = await seedDemo(database(), {
      asOf: new Date('2026-11-27T03:00:00.000Z'),
      password: 'kata-sandi-contoh-yang-panjang',
      blobs: testBlobStore(),
    });
    const leaders = result.accounts.filter((a) => a.role === 'leader');
    const focalPoint = result.accounts.find((a) => a.role === 'focal_point');
    expect(leaders.map((a) => a.email)).toEqual(['pimpinan@demo.pantau.id', 'pimpinan.provinsi@demo.pantau.id']);
    expect(leaders[0]?.institutionCode).toBe(focalPoint?.institutionCode);
    const { db } = database();
    const flagged = await db
      .selectFrom('province_views')
      .innerJoin('users', 'users.id', 'province_views.user_id')
      .select('users.email')
      .execute();
    expect(flagged.map((row) => row.email)).toEqual(['pimpinan.provinsi@demo.pantau.id']);
    const entries = await db.selectFrom('support_entries').select(['id', 'held_on']).execute();
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.every((e) => e.held_on <= '2026-11-27')).toBe(true);
    const followUps = await db.selectFrom('support_follow_ups').select('status').execute();
    expect(new Set(followUps.map((f) => f.status))).toEqual(new Set(['open', 'in_progress', 'done']));
  });
});
