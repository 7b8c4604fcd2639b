/**
 * A coordination meeting walked through the API (docs/design.md#coordination): admin invites three provinces'
 * Inspektorat and Humas → two confirm → after the meeting, attendance, minutes and two follow-ups
 * → one owner closes its follow-up with evidence → the other becomes overdue and shows in early
 * warning. Scopes hold throughout.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { listOverdueFollowUps } from '../../services/coordination/follow-up.service.js';
import { buildTestApp } from '../../test-support/app.js';
import { addCoordinationInstitutions, coordinationApi, uploadAttachment } from '../../test-support/coordination.js';
import { PDF } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { createPrincipal, type Principal } from '../../test-support/principals.js';

describeEachDatabase('coordination meetings', (database) => {
  let app: FastifyInstance;
  let clock: ReturnType<typeof fixedClock>;
  let api: ReturnType<typeof coordinationApi>;
  let admin: Principal;
  let observer: Principal;
  const people: Record<string, Principal> = {};

  beforeEach(async () => {
    clock = fixedClock('2026-11-27T03:00:00.000Z');
    // The story spans weeks of a fixed clock: keep everyone signed in throughout.
    app = await buildTestApp(database(), clock, { sessionIdleMs: 90 * 86_400_000, sessionMaxMs: 90 * 86_400_000 });
    await loadFixture(database());
    await addCoordinationInstitutions(database());
    const make = (spec: Parameters<typeof createPrincipal>[3]) => createPrincipal(app, database(), clock, spec);
    admin = await make({ name: 'admin setnas', roles: ['admin'] });
    observer = await make({ name: 'timnas', roles: ['observer'] });
    for (const code of ['33', '34', '35']) {
      people[`fp${code}`] = await make({ name: `inspektorat ${code}`, roles: ['focal_point'], institutionCode: code });
      people[`pub${code}`] = await make({ name: `humas ${code}`, roles: ['publicist'], institutionCode: code });
    }
    people.contributor33 = await make({ name: 'pic 33', roles: ['contributor'], institutionCode: '33' });
    people.fpSemarang = await make({ name: 'inspektorat semarang', roles: ['focal_point'], institutionCode: '33.74' });
    api = coordinationApi(app);
  });
  afterEach(() => app.close());

  const meeting = {
    title: 'Rapat koordinasi aksi perizinan',
    startsAt: '2026-12-03T09:00',
    timeZone: 'WITA',
    durationMinutes: 120,
    onlineUrl: 'https://zoom.us/j/2026120301',
    agenda: '1. Paparan Setnas PK\n2. Rencana tindak lanjut daerah',
    invitees: { roles: ['focal_point', 'publicist'], institutions: ['33', '34', '35'] },
  };

  it('walks from invitation to an overdue follow-up in early warning', async () => {
    const { fp33, pub33, fp34, pub34, fp35, pub35, contributor33 } = people as Record<string, Principal>;

    // Admin invites three provinces' Inspektorat and Humas, at 09.00 WITA.
    const created = await api.meet(admin, meeting);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json()).toMatchObject({
      startsAt: '2026-12-03T01:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
      timeZone: 'WITA',
      localStartsAt: '2026-12-03T09:00',
      counts: { invited: 6, attending: 0, declined: 0, pending: 6, present: 0 },
    });

    // Each invitee sees the meeting with its own institution's invitations only.
    const seen = (await api.get(pub35 as Principal, `/api/meetings/${id}`)).json();
    expect(
      seen.invitees.map((i: { institution: { code: string }; role: string }) => `${i.institution.code}/${i.role}`),
    ).toEqual(['35/focal_point', '35/publicist']);
    expect((await api.get(people.fpSemarang as Principal, `/api/meetings/${id}`)).statusCode).toBe(404);
    expect((await api.get(people.fpSemarang as Principal, '/api/meetings')).json().total).toBe(0);
    expect((await api.get(observer, '/api/meetings?when=upcoming')).json().items[0]).toMatchObject({
      id,
      counts: { invited: 6 },
    });

    // Two confirm; one declines; a contributor of an invited province holds no invited role.
    expect((await api.respond(fp33 as Principal, id, { attending: true })).statusCode).toBe(200);
    expect(
      (await api.respond(fp35 as Principal, id, { attending: true, note: 'Hadir bersama Irban II' })).statusCode,
    ).toBe(200);
    expect((await api.respond(pub34 as Principal, id, { attending: false, note: 'Bentrok jadwal' })).statusCode).toBe(
      200,
    );
    const refused = await api.respond(contributor33 as Principal, id, { attending: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('not_invited_role');
    const afterAnswers = (await api.get(admin, `/api/meetings/${id}`)).json();
    expect(afterAnswers.counts).toEqual({ invited: 6, attending: 2, declined: 1, pending: 3, present: 0 });
    expect(
      afterAnswers.invitees.find(
        (i: { institution: { code: string }; role: string }) => i.institution.code === '35' && i.role === 'focal_point',
      ).response,
    ).toMatchObject({ attending: true, note: 'Hadir bersama Irban II' });

    // Nothing is recorded before the meeting starts.
    expect((await api.minutes(admin, id, 'Notulen yang terlalu dini.')).statusCode).toBe(409);

    // After the meeting: attendance, minutes and two follow-ups.
    clock.set('2026-12-03T04:00:00.000Z');
    expect((await api.respond(fp34 as Principal, id, { attending: true })).json().error.code).toBe('meeting_over');
    const attendance = await api.attendance(admin, id, {
      attendance: [
        { institution: '33', role: 'focal_point', present: true },
        { institution: '35', role: 'focal_point', present: true },
        { institution: '34', role: 'publicist', present: false },
      ],
    });
    expect(attendance.json().counts.present).toBe(2);
    expect(
      (await api.attendance(admin, id, { attendance: [{ institution: '33.74', role: 'focal_point', present: true }] }))
        .statusCode,
    ).toBe(400);
    const minutes = await api.minutes(
      admin,
      id,
      'Rapat membahas percepatan perizinan. Disepakati dua tindak lanjut di Jawa Tengah dan Jawa Timur.',
    );
    expect(minutes.json()).toMatchObject({ minutesRecorded: true, minutes: { recordedBy: 'Uji admin setnas' } });
    const first = await api.followUp(admin, id, {
      title: 'Unggah SOP perizinan terpadu',
      ownerInstitution: '33',
      dueOn: '2026-12-10',
    });
    const second = await api.followUp(admin, id, {
      title: 'Laporkan hasil uji coba OSS daerah',
      ownerInstitution: '35',
      dueOn: '2026-12-12',
    });
    expect(first.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ status: 'open', overdue: false, owner: { code: '35' } });
    expect(
      (await api.followUp(admin, id, { title: 'Terlambat', ownerInstitution: '35', dueOn: '2026-12-01' })).statusCode,
    ).toBe(400);

    // Only the owner's focal point (or admin) updates a follow-up; others do not even see it.
    expect(
      (await api.updateFollowUp(pub33 as Principal, first.json().id, { status: 'done', note: 'Selesai' })).statusCode,
    ).toBe(403);
    expect(
      (await api.updateFollowUp(fp35 as Principal, first.json().id, { status: 'done', note: 'Selesai' })).statusCode,
    ).toBe(404);
    expect((await api.get(fp35 as Principal, `/api/follow-ups/${first.json().id}`)).statusCode).toBe(404);
    expect((await api.updateFollowUp(fp33 as Principal, first.json().id, { status: 'done' })).statusCode).toBe(400);

    // One owner closes its follow-up with evidence.
    clock.set('2026-12-09T02:00:00.000Z');
    const evidence = await uploadAttachment(app, fp33 as Principal, 'SOP Perizinan.pdf', PDF);
    expect(
      (await api.updateFollowUp(fp35 as Principal, second.json().id, { status: 'done', attachmentId: evidence }))
        .statusCode,
    ).toBe(400);
    const closed = await api.updateFollowUp(fp33 as Principal, first.json().id, {
      status: 'done',
      note: 'SOP telah ditetapkan dengan Peraturan Gubernur.',
      attachmentId: evidence,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'done', closedAt: '2026-12-09T02:00:00.000Z', overdue: false });
    const update = closed.json().updates[0];
    expect(update).toMatchObject({
      status: 'done',
      by: 'Uji inspektorat 33',
      attachment: { fileName: 'SOP Perizinan.pdf' },
    });
    const file = await api.get(observer, `/api/follow-ups/${first.json().id}/updates/${update.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['x-content-sha256']).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(
      (await api.get(fp35 as Principal, `/api/follow-ups/${first.json().id}/updates/${update.id}/file`)).statusCode,
    ).toBe(404);
    await api.updateFollowUp(fp35 as Principal, second.json().id, { status: 'in_progress', note: 'Uji coba berjalan' });

    // The other passes its due date and shows in early warning.
    clock.set('2026-12-13T02:00:00.000Z');
    const overdue = (await api.get(admin, '/api/follow-ups?overdue=true')).json();
    expect(overdue.items).toHaveLength(1);
    expect(overdue.items[0]).toMatchObject({
      id: second.json().id,
      status: 'in_progress',
      overdue: true,
      daysOverdue: 1,
      owner: { code: '35' },
      meeting: { id, title: meeting.title },
    });
    expect((await api.get(fp35 as Principal, '/api/follow-ups?overdue=true')).json().total).toBe(1);
    expect((await api.get(fp33 as Principal, '/api/follow-ups?overdue=true')).json().total).toBe(0);
    expect((await api.get(fp33 as Principal, '/api/follow-ups')).json().items.map((f: { id: number }) => f.id)).toEqual(
      [first.json().id],
    );
    expect(await listOverdueFollowUps(database().db, {}, '2026-12-13')).toEqual([
      expect.objectContaining({ id: second.json().id, daysOverdue: 1, owner: expect.objectContaining({ code: '35' }) }),
    ]);
    const warning = (await api.get(observer, '/api/dashboard/early-warning')).json();
    expect(warning.overdueFollowUps).toEqual({
      total: 1,
      items: [expect.objectContaining({ id: second.json().id, daysOverdue: 1, status: 'in_progress' })],
    });

    // Every write is in the audit chain.
    const actions = (await api.get(admin, '/api/audit?limit=100')).json().map((e: { action: string }) => e.action);
    for (const action of [
      'meeting.create',
      'meeting.respond',
      'meeting.attendance',
      'meeting.minutes',
      'followup.create',
      'followup.update',
      'attachment.upload',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('refuses an unknown invitee, a wrong zone and a meeting with neither link nor place', async () => {
    const unknown = await api.meet(admin, { ...meeting, invitees: { roles: ['focal_point'], institutions: ['99'] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('99');
    expect((await api.meet(admin, { ...meeting, timeZone: 'WET' })).statusCode).toBe(400);
    const { onlineUrl: _, ...offline } = meeting;
    expect((await api.meet(admin, offline)).statusCode).toBe(400);
    expect((await api.meet(admin, { ...offline, place: 'Gedung Merah Putih KPK, Jakarta' })).statusCode).toBe(201);
    expect((await api.meet(people.fp33 as Principal, meeting)).statusCode).toBe(403);
  });
});
