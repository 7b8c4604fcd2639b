/**
 * The whole quarterly cycle through the API, as the real roles would walk it (docs/design.md#the-quarterly-cycle):
 * draft and evidence → sent back → fixed → submitted an hour late → revision requested →
 * resubmitted with the change visible → accepted with a score → figures follow.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';

describeEachDatabase('quarterly cycle', (database) => {
  let app: FastifyInstance;
  let clock: ReturnType<typeof fixedClock>;
  let cycle: Cycle;
  let api: ReturnType<typeof cycleApi>;

  beforeEach(async () => {
    clock = fixedClock('2025-07-01T03:00:00.000Z');
    // The story spans weeks of a fixed clock: keep everyone signed in throughout.
    app = await buildTestApp(database(), clock, { sessionIdleMs: 90 * 86_400_000, sessionMaxMs: 90 * 86_400_000 });
    cycle = await startCycle(app, database(), clock);

    api = cycleApi(app);
  });
  afterEach(() => app.close());

  it('walks the whole cycle as the real roles, and the figures follow', async () => {
    const { contributor, focalPoint, verifier } = cycle;
    const before = (await api.performance(focalPoint, '33.74')).json().quarters[1];
    expect(before).toMatchObject({ expected: 10, submitted: 0, verified: 0, achievement: 0 });

    // The contributor drafts and uploads evidence.
    const opened = await api.open(contributor, '1.1-TW2');
    expect(opened.statusCode).toBe(201);
    let report = opened.json();
    expect(report).toMatchObject({
      state: 'draft',
      version: 1,
      deadline: '2025-07-10',
      allowedActions: ['mark_ready'],
      editable: true,
    });
    report = (
      await api.edit(contributor, report.id, {
        version: report.version,
        narrative: 'Rapat koordinasi telah dilaksanakan.',
        progress: 60,
      })
    ).json();
    const upload = await api.upload(contributor, report.id, 'Notulen Rapat.pdf', PDF, 0);
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({
      fileName: 'Notulen Rapat.pdf',
      mimeType: 'application/pdf',
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect((await api.link(contributor, report.id, 'https://semarangkota.go.id/berita/rakor', 1)).statusCode).toBe(201);
    report = (await api.move(contributor, report.id, { action: 'mark_ready', version: report.version })).json();
    expect(report.state).toBe('ready');

    // The focal point sends it back with a comment; the contributor fixes it.
    const sentBack = await api.move(focalPoint, report.id, {
      action: 'send_back',
      version: report.version,
      reason: 'Lengkapi daftar hadir.',
    });
    expect(sentBack.json()).toMatchObject({ state: 'draft' });
    report = (
      await api.edit(contributor, report.id, {
        version: sentBack.json().version,
        narrative: 'Rapat koordinasi telah dilaksanakan bersama 12 perangkat daerah.',
      })
    ).json();
    report = (await api.move(contributor, report.id, { action: 'mark_ready', version: report.version })).json();

    // The focal point submits one hour after the deadline day ended (WIB): accepted, flagged late.
    clock.set('2025-07-10T17:59:59.000Z');
    report = (await api.move(focalPoint, report.id, { action: 'submit', version: report.version })).json();
    expect(report).toMatchObject({ state: 'submitted', onTime: false, submittedAt: '2025-07-10T17:59:59.000Z' });

    // The verifier asks for a revision; the reason is mandatory.
    clock.set('2025-07-15T03:00:00.000Z');
    report = (await api.move(verifier, report.id, { action: 'start_review', version: report.version })).json();
    const noReason = await api.move(verifier, report.id, { action: 'request_revision', version: report.version });
    expect(noReason.statusCode).toBe(400);
    report = (
      await api.move(verifier, report.id, {
        action: 'request_revision',
        version: report.version,
        reason: 'Unggah daftar hadir rapat.',
      })
    ).json();
    expect(report).toMatchObject({
      state: 'revision_requested',
      round: 1,
      verifierComment: 'Unggah daftar hadir rapat.',
    });

    // The institution revises and resubmits; the verifier sees what changed.
    report = (
      await api.edit(contributor, report.id, {
        version: report.version,
        narrative: 'Rapat koordinasi telah dilaksanakan bersama 12 perangkat daerah; daftar hadir terlampir.',
      })
    ).json();
    const attendance = await api.upload(
      contributor,
      report.id,
      'daftar-hadir.pdf',
      Buffer.concat([PDF, Buffer.from('% hadir')]),
      1,
    );
    expect(attendance.statusCode).toBe(201);
    report = (await api.move(focalPoint, report.id, { action: 'submit', version: report.version })).json();
    expect(report).toMatchObject({ state: 'submitted', onTime: false, firstSubmittedAt: '2025-07-10T17:59:59.000Z' });
    const changes = (
      await app.inject({ url: `/api/reports/${report.id}/changes`, headers: { cookie: verifier.cookie as string } })
    ).json();
    expect(
      changes.narrative
        .filter((p: { op: string }) => p.op === 'added')
        .map((p: { text: string }) => p.text)
        .join(''),
    ).toContain('daftar hadir terlampir');
    expect(changes.evidenceAdded.map((e: { fileName: string }) => e.fileName)).toEqual(['daftar-hadir.pdf']);
    expect(changes.evidenceRemoved).toEqual([]);

    // Accepted with a score: the report locks, and achievement and compliance change.
    report = (
      await api.move(verifier, report.id, {
        action: 'accept',
        version: report.version,
        score: 85,
        qualityGrade: 'terlaksana',
        reason: 'Lengkap.',
      })
    ).json();
    expect(report).toMatchObject({
      state: 'accepted',
      score: 85,
      qualityGrade: 'terlaksana',
      editable: false,
      allowedActions: [],
    });
    const locked = await api.edit(contributor, report.id, { version: report.version, narrative: 'ubah' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('report_locked');

    const after = (await api.performance(focalPoint, '33.74')).json().quarters[1];
    // Ten TW II targets of weight 1: one accepted at 85 → 8.5. One submitted, late, with both checklist items covered.
    expect(after).toMatchObject({
      expected: 10,
      submitted: 1,
      onTime: 0,
      complete: 1,
      verified: 1,
      achievement: 8.5,
      band: 'kurang',
    });
    expect(after.rates).toEqual({ submitted: 10, onTime: 0, complete: 10, verified: 10 });
    expect(report.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'mark_ready',
      'send_back',
      'mark_ready',
      'submit',
      'start_review',
      'request_revision',
      'submit',
      'accept',
    ]);
  });

  it('refuses a step the state or the role does not allow, and says what is allowed', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    // A draft is not there for the verifier at all; admin sees it and is told what is allowed.
    expect((await api.move(cycle.verifier, report.id, { action: 'start_review', version: 1 })).statusCode).toBe(404);
    const accept = await api.move(cycle.admin, report.id, {
      action: 'accept',
      version: report.version,
      score: 90,
      qualityGrade: 'berdampak',
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toMatch(/tidak dapat "terima".*Yang dapat dilakukan sekarang/);
    const submit = await api.move(cycle.contributor, report.id, { action: 'submit', version: report.version });
    expect(submit.statusCode).toBe(403);
    expect(submit.json().error.message).toContain('"tandai siap ditinjau"');
  });

  it('keeps reports out of reach of other institutions and of verifiers of other aksi', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    for (const outsider of [cycle.otherFocalPoint, cycle.otherVerifier]) {
      expect((await api.get(outsider, report.id)).statusCode).toBe(404);
      expect(
        (await api.move(outsider, report.id, { action: 'start_review', version: report.version })).statusCode,
      ).toBe(404);
    }
    const foreignEdit = await api.edit(cycle.otherFocalPoint, report.id, { version: report.version, narrative: 'x' });
    expect(foreignEdit.statusCode).toBe(404);
    expect((await api.get(cycle.observer, report.id)).statusCode).toBe(200);
  });

  it('refuses a stale edit with 409 and the current version, and loses nothing', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    const first = await api.edit(cycle.contributor, report.id, {
      version: report.version,
      narrative: 'Versi dari laptop kantor.',
    });
    expect(first.statusCode).toBe(200);
    const stale = await api.edit(cycle.focalPoint, report.id, {
      version: report.version,
      narrative: 'Versi dari ponsel.',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'stale_version',
      details: [{ path: 'version', message: String(first.json().version) }],
    });
    expect((await api.get(cycle.contributor, report.id)).json().narrative).toBe('Versi dari laptop kantor.');
  });

  it('runs a retried submission with the same Idempotency-Key once', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.upload(cycle.contributor, report.id, 'laporan.pdf', PDF, 0);
    const key = 'submit-7f3a9c2e-1b4d';
    const first = await api.move(cycle.focalPoint, report.id, { action: 'submit', version: report.version }, key);
    const retry = await api.move(cycle.focalPoint, report.id, { action: 'submit', version: report.version }, key);
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const events = (await api.get(cycle.focalPoint, report.id))
      .json()
      .events.filter((e: { action: string }) => e.action === 'submit');
    expect(events).toHaveLength(1);
    const reused = await api.move(cycle.focalPoint, report.id, { action: 'start_review', version: 2 }, key);
    expect(reused.statusCode).toBe(422);
    const opened = await api.open(cycle.contributor, '2.1-TW2', 'open-2.1-key');
    const reopened = await api.open(cycle.contributor, '2.1-TW2', 'open-2.1-key');
    expect(reopened.json().id).toBe(opened.json().id);
  });

  it('accepts a not-applicable claim, leaving the target out of the score', async () => {
    const { contributor, focalPoint, verifier } = cycle;
    let report = (await api.open(contributor, '1.1-TW2')).json();
    report = (await api.edit(contributor, report.id, { version: report.version, notApplicable: true })).json();
    const noReason = await api.move(focalPoint, report.id, { action: 'submit', version: report.version });
    expect(noReason.statusCode).toBe(400);
    report = (
      await api.edit(contributor, report.id, {
        version: report.version,
        notApplicableReason: 'Kewenangan perizinan ada di pemerintah provinsi.',
      })
    ).json();
    report = (await api.move(focalPoint, report.id, { action: 'submit', version: report.version })).json();
    const withScore = await api.move(verifier, report.id, {
      action: 'accept',
      version: report.version,
      score: 50,
      qualityGrade: 'administratif',
    });
    expect(withScore.statusCode).toBe(400);
    report = (await api.move(verifier, report.id, { action: 'accept', version: report.version })).json();
    expect(report).toMatchObject({ state: 'accepted', notApplicableAccepted: true, score: null });
    const q2 = (await api.performance(focalPoint, '33.74')).json().quarters[1];
    expect(q2).toMatchObject({ expected: 10, verified: 1, notApplicable: 1, achievement: 0 });
  });

  it('lets only admin reopen an accepted report, with a reason, and audits it', async () => {
    const report = (await api.get(cycle.admin, await acceptedId())).json();
    expect(
      (await api.move(cycle.verifier, report.id, { action: 'reopen', version: report.version, reason: 'Skor keliru' }))
        .statusCode,
    ).toBe(403);
    expect((await api.move(cycle.admin, report.id, { action: 'reopen', version: report.version })).statusCode).toBe(
      400,
    );
    const reopened = await api.move(cycle.admin, report.id, {
      action: 'reopen',
      version: report.version,
      reason: 'Skor keliru dimasukkan',
    });
    expect(reopened.json().state).toBe('in_review');
    const audit = (
      await app.inject({
        url: `/api/audit?entity=report&entityId=${report.id}`,
        headers: { cookie: cycle.admin.cookie as string },
      })
    ).json();
    expect(audit[0]).toMatchObject({
      action: 'report.reopen',
      change: { reason: 'Skor keliru dimasukkan', from: 'accepted', to: 'in_review' },
    });
    const q2 = (await api.performance(cycle.admin, '33.74')).json().quarters[1];
    expect(q2.verified).toBe(0);
  });

  it('counts a submission within an institution’s extension as on time', async () => {
    const extension = await app.inject({
      method: 'PUT',
      url: '/api/periods/2025-2026/quarters/2/extensions/33.74',
      payload: { deadline: '2025-07-20', reason: 'Banjir melanda kantor pemerintah kota.' },
      headers: { cookie: cycle.admin.cookie as string, 'x-csrf-token': cycle.admin.csrfToken as string },
    });
    expect(extension.statusCode).toBe(200);
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    expect(report.deadline).toBe('2025-07-20');
    await api.upload(cycle.contributor, report.id, 'laporan.pdf', PDF, 0);
    clock.set('2025-07-18T03:00:00.000Z');
    expect(
      (await api.move(cycle.focalPoint, report.id, { action: 'submit', version: report.version })).json().onTime,
    ).toBe(true);
  });

  it('gives each verifier a queue of its own aksi, oldest submission first', async () => {
    for (const [code, at] of [
      ['2.1-TW2', '2025-07-03T03:00:00.000Z'],
      ['1.1-TW2', '2025-07-02T03:00:00.000Z'],
      ['7.1-TW2', '2025-07-04T03:00:00.000Z'],
    ] as const) {
      clock.set(at);
      const report = (await api.open(cycle.contributor, code)).json();
      await api.upload(cycle.contributor, report.id, 'laporan.pdf', PDF, 0);
      await api.move(cycle.focalPoint, report.id, { action: 'submit', version: report.version });
    }
    clock.set('2025-07-06T03:00:00.000Z');
    const queue = (
      await app.inject({ url: '/api/review-queue', headers: { cookie: cycle.verifier.cookie as string } })
    ).json();
    expect(queue.items.map((i: { targetCode: string }) => i.targetCode)).toEqual(['1.1-TW2', '2.1-TW2']);
    expect(queue.items[0]).toMatchObject({ ageDays: 4, institution: { code: '33.74' } });
    expect(queue.counts).toEqual({ submitted: 2, inReview: 0 });
    const other = (
      await app.inject({ url: '/api/review-queue', headers: { cookie: cycle.otherVerifier.cookie as string } })
    ).json();
    expect(other.items.map((i: { targetCode: string }) => i.targetCode)).toEqual(['7.1-TW2']);
  });

  async function acceptedId(): Promise<number> {
    const { acceptedReport } = await import('../../test-support/cycle.js');
    return acceptedReport(app, cycle, '1.1-TW2', 90);
  }
});
