/**
 * The focal point sends a report back: the contributors who work on its output hear of it with the
 * comment, in the app and by e-mail through a real SMTP server, each as they chose and in their
 * language; a contributor of another output, the focal point and other institutions do not.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { Config } from '../config.js';
import { Scheduler } from '../jobs/scheduler.js';
import { buildTestApp } from '../test-support/app.js';
import { testConfig, testContext } from '../test-support/context.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../test-support/principals.js';
import { type SmtpSink, startSmtpSink } from '../test-support/smtp-sink.js';

const PUBLIC_URL = 'https://pantau.example.go.id';
const COMMENT = 'Lampirkan daftar hadir rapat dan foto kegiatan.';

describeEachDatabase('send-back notice', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let scheduler: Scheduler;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    sink = await startSmtpSink();
    const overrides: Partial<Config> = {
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: sink.url, from: 'Pantau <no-reply@pantau.example.go.id>' },
      scheduler: { ...testConfig().scheduler },
    };
    app = await buildTestApp(database(), clock, overrides);
    cycle = await startCycle(app, database(), clock);
    scheduler = new Scheduler(testContext(database(), clock, overrides), { jobs: [], workerId: 'penjadwal' });
  });
  afterEach(async () => {
    await scheduler.stop();
    await app.close();
    await sink.close();
  });

  const inbox = async (who: Principal) => (await callAs(app, who, { url: '/api/notifications' })).json();
  const contributorOf = (name: string) =>
    createPrincipal(app, database(), clock, {
      name,
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });

  it('tells the contributors of the output, with the comment, in the app and by e-mail as each chose', async () => {
    await database()
      .db.updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', cycle.contributor.userId as number)
      .execute();
    // One contributor works on another output only; one wants this kind in the app, not by e-mail.
    const otherOutput = await contributorOf('pic dinkes');
    await database()
      .db.insertInto('contributor_outputs')
      .values({ user_id: otherOutput.userId as number, output_id: cycle.fixture.outputIds[1] as number })
      .execute();
    const inAppOnly = await contributorOf('pic dpmptsp');
    const chose = await callAs(app, inAppOnly, {
      method: 'PUT',
      url: '/api/notifications/preferences',
      payload: { items: [{ kind: 'report_sent_back', channel: 'in_app', digest: false }] },
    });
    expect(chose.statusCode).toBe(200);

    const api = cycleApi(app);
    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    const ready = (
      await api.move(cycle.contributor, opened.id, { action: 'mark_ready', version: opened.version })
    ).json();
    await scheduler.tick();
    sink.received.length = 0;

    const sentBack = await api.move(cycle.focalPoint, ready.id, {
      action: 'send_back',
      version: ready.version,
      reason: COMMENT,
    });
    expect(sentBack.json().state).toBe('draft');

    const [note] = (await inbox(cycle.contributor)).items;
    expect(note).toMatchObject({
      kind: 'report_sent_back',
      title: 'Sent back: report 1.1-TW2',
      link: `${PUBLIC_URL}/kerja/laporan/${opened.id}`,
      readAt: null,
    });
    expect(note.body).toContain(COMMENT);
    expect(note.body).toContain('Uji inspektorat semarang');
    const [inAppNote] = (await inbox(inAppOnly)).items;
    expect(inAppNote).toMatchObject({ kind: 'report_sent_back', title: 'Dikembalikan: laporan 1.1-TW2' });
    expect(inAppNote.body).toContain(`Catatan: ${COMMENT}`);
    for (const nobody of [otherOutput, cycle.focalPoint, cycle.otherFocalPoint]) {
      expect((await inbox(nobody)).items.map((n: { kind: string }) => n.kind)).not.toContain('report_sent_back');
    }

    expect((await scheduler.tick()).mail).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.to).toEqual([cycle.contributor.email]);
    expect(mail?.subject).toBe('[Pantau] Sent back: report 1.1-TW2');
    expect(mail?.text).toContain(`Comment: ${COMMENT}`);
    expect(mail?.text).toContain(`Open the report: ${PUBLIC_URL}/kerja/laporan/${opened.id}`);
    expect(mail?.html).toContain(`href="${PUBLIC_URL}/kerja/laporan/${opened.id}"`);
  });
});
