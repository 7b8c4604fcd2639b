/**
 * The leaders' monthly digest: on the 1st each leader is mailed the brief of their institution,
 * with a link that lands on the brief (the web app's /kerja); a repeated run mails no one twice;
 * a leader who turned the digest off gets nothing.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { OutgoingMail } from '../mail/mail-transport.js';
import { buildTestApp } from '../test-support/app.js';
import { testContext } from '../test-support/context.js';
import { startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';
import { landingOf, serverPageRoutes, webAppRoutes } from '../test-support/page-routes.js';
import { callAs, createPrincipal, type Principal } from '../test-support/principals.js';
import { leaderDigestJob } from './leader-digest.job.js';
import { Scheduler } from './scheduler.js';

const PUBLIC_URL = 'https://pantau.example.go.id';

describeEachDatabase('leader digest', (database) => {
  let app: FastifyInstance;
  let semarang: Principal;
  let surabaya: Principal;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    await startCycle(app, database(), clock);
    semarang = await createPrincipal(app, database(), clock, {
      name: 'sekda semarang',
      roles: ['leader'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
    surabaya = await createPrincipal(app, database(), clock, {
      name: 'sekda surabaya',
      roles: ['leader'],
      institutionCode: FIXTURE_INSTITUTIONS.surabaya,
    });
  });
  afterEach(() => app.close());

  it('mails each leader the brief once a month with a link to it, unless turned off', async () => {
    // Surabaya's leader turns the monthly digest off in the notification settings.
    const off = await callAs(app, surabaya, {
      method: 'PUT',
      url: '/api/notifications/preferences',
      payload: { items: [{ kind: 'leader_digest', channel: 'none', digest: false }] },
    });
    expect(off.statusCode).toBe(200);

    const sent: OutgoingMail[] = [];
    const transport = { send: async (mail: OutgoingMail) => void sent.push(mail), close: () => undefined };
    const jobs = new Scheduler(testContext(database(), clock, { publicUrl: PUBLIC_URL }), {
      jobs: [leaderDigestJob],
      transport,
      workerId: 'uji',
    });

    clock.set('2025-08-01T01:00:00.000Z'); // 08:00 WIB on the 1st
    const tick = await jobs.tick();
    expect(tick.runs).toMatchObject([{ kind: 'leader_digest', key: '2025-08', status: 'done' }]);
    expect(sent.map((mail) => mail.to)).toEqual([semarang.email]);
    const [mail] = sent as [OutgoingMail];
    expect(mail.subject).toContain('Kota Semarang');
    expect(mail.text).toContain('Capaian');

    // The link opens the brief: the leader's home in the web app.
    const links = [...mail.text.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => new URL(m[0]));
    const brief = links.find((url) => url.pathname === '/kerja');
    expect(brief?.origin).toBe(PUBLIC_URL);
    const tables = { web: webAppRoutes(), server: serverPageRoutes(app) };
    for (const url of links) expect(landingOf(url.pathname, tables), url.href).not.toBeNull();

    // Later the same month: no second mail.
    clock.set('2025-08-20T01:00:00.000Z');
    await jobs.tick();
    expect(sent).toHaveLength(1);
    const queued = await database()
      .db.selectFrom('outbox')
      .select('user_id')
      .where('kind', '=', 'leader_digest')
      .execute();
    expect(queued.map((row) => row.user_id)).toEqual([semarang.userId]);
  });
});
