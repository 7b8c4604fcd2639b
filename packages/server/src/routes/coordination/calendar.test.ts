/**
 * The calendar export: valid iCalendar (RFC 5545) with the meetings a person is invited to, the
 * reporting deadlines of their institution's open quarters and its open follow-ups; the same
 * calendar by subscription address with an API token, which never reaches the logs.
 */
import { PassThrough } from 'node:stream';
import { unfoldIcs } from '@pantau/core';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { fixedClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import { testBlobStore } from '../../test-support/app.js';
import { coordinationApi } from '../../test-support/coordination.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

describeEachDatabase('calendar export', (database) => {
  let app: FastifyInstance;
  let log: string[];
  let admin: Principal;
  let focalPoint: Principal;
  let otherFocalPoint: Principal;

  beforeEach(async () => {
    const clock = fixedClock('2026-11-27T03:00:00.000Z');
    log = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    const config = {
      ...loadConfig({ LOG_LEVEL: 'info', PANTAU_PUBLIC_URL: 'https://pantau.example.go.id' }),
      webDist: null,
      // The set-up spans a week of a fixed clock: keep everyone signed in.
      sessionIdleMs: 30 * 86_400_000,
      sessionMaxMs: 30 * 86_400_000,
    };
    app = await buildApp({ config, database: database(), clock, blobs: testBlobStore() }, { logger: { stream } });
    await loadFixture(database());
    const make = (spec: Parameters<typeof createPrincipal>[3]) => createPrincipal(app, database(), clock, spec);
    admin = await make({ name: 'admin setnas', roles: ['admin'] });
    focalPoint = await make({ name: 'inspektorat semarang', roles: ['focal_point'], institutionCode: '33.74' });
    otherFocalPoint = await make({ name: 'inspektorat surabaya', roles: ['focal_point'], institutionCode: '35.78' });
    const api = coordinationApi(app);
    const meeting = await api.meet(admin, {
      title: 'Rapat koordinasi: aksi 1, 2; evaluasi',
      startsAt: '2026-12-03T09:00',
      timeZone: 'WIB',
      place: 'Ruang Rapat Bappeda, Lt. 2',
      onlineUrl: 'https://zoom.us/j/2026120301',
      agenda: `Agenda:\n1. Paparan\n2. ${'Diskusi rencana aksi daerah yang panjang sekali. '.repeat(4)}`,
      invitees: { roles: ['focal_point'], institutions: ['33.74'] },
    });
    clock.set('2026-12-03T03:30:00.000Z');
    await api.followUp(admin, meeting.json().id, {
      title: 'Unggah notulen rapat daerah',
      ownerInstitution: '33.74',
      dueOn: '2026-12-17',
    });
  });
  afterEach(() => app.close());

  it('exports meetings, deadlines and follow-ups as valid iCalendar', async () => {
    const response = await callAs(app, focalPoint, { url: '/api/calendar.ics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = response.body;

    // RFC 5545 framing: CRLF everywhere, lines within 75 octets, balanced components.
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.split('\r\n').slice(0, -1);
    expect(physical.every((line) => !/[\r\n]/.test(line))).toBe(true);
    expect(Math.max(...physical.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    const lines = unfoldIcs(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(lines.filter((l) => l === 'END:VEVENT').length);

    // The meeting at 09.00 WIB, with escaped text.
    expect(lines).toContain('UID:meeting-1@pantau.example.go.id');
    expect(lines).toContain('DTSTART:20261203T020000Z');
    expect(lines).toContain('DTEND:20261203T040000Z');
    expect(lines).toContain('SUMMARY:Rapat: Rapat koordinasi: aksi 1\\, 2\\; evaluasi');
    expect(lines).toContain('LOCATION:Ruang Rapat Bappeda\\, Lt. 2');
    expect(
      lines.some((l) => l.startsWith('DESCRIPTION:Waktu: 2026-12-03 09:00 WIB\\nTautan: https://zoom.us/j/')),
    ).toBe(true);

    // Reporting deadlines of the open quarters with targets (II and IV of the fixture), closing at 24.00 WIB.
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids).toEqual([
      'UID:meeting-1@pantau.example.go.id',
      'UID:deadline-2025-2026-2-33.74@pantau.example.go.id',
      'UID:deadline-2025-2026-4-33.74@pantau.example.go.id',
      'UID:follow-up-1@pantau.example.go.id',
    ]);
    expect(lines).toContain('DTSTART:20250710T160000Z');
    expect(lines).toContain('DTEND:20250710T170000Z');
    expect(lines).toContain('SUMMARY:Tenggat laporan Triwulan II 2025-2026');
    expect(lines).toContain('SUMMARY:Tindak lanjut: Unggah notulen rapat daerah');
    expect(lines).toContain('DTSTART:20261217T160000Z');

    // Stable: the same export twice gives the same events.
    expect((await callAs(app, focalPoint, { url: '/api/calendar.ics' })).body).toBe(text);

    // Someone not invited sees only their own institution's deadlines.
    const other = unfoldIcs((await callAs(app, otherFocalPoint, { url: '/api/calendar.ics' })).body);
    expect(other.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:deadline-2025-2026-2-35.78@pantau.example.go.id',
      'UID:deadline-2025-2026-4-35.78@pantau.example.go.id',
    ]);
    // The organiser sees the meeting.
    expect(unfoldIcs((await callAs(app, admin, { url: '/api/calendar.ics' })).body)).toContain(
      'UID:meeting-1@pantau.example.go.id',
    );
  });

  it('serves the subscription address with an API token, keeps the token out of the logs, and refuses a bad one', async () => {
    const token = (
      await callAs(app, focalPoint, { method: 'POST', url: '/api/tokens', payload: { name: 'Kalender' } })
    ).json().token as string;
    const feed = await app.inject({ url: `/api/calendar/feed.ics?token=${token}` });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toBe((await callAs(app, focalPoint, { url: '/api/calendar.ics' })).body);
    const bearer = await app.inject({ url: '/api/calendar.ics', headers: { authorization: `Bearer ${token}` } });
    expect(bearer.body).toBe(feed.body);

    const bad = await app.inject({ url: `/api/calendar/feed.ics?token=pantau_${'x'.repeat(43)}` });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('invalid_token');
    expect((await app.inject({ url: '/api/calendar.ics' })).statusCode).toBe(401);

    await callAs(app, focalPoint, {
      method: 'DELETE',
      url: `/api/tokens/${(await callAs(app, focalPoint, { url: '/api/tokens' })).json()[0].id}`,
    });
    expect((await app.inject({ url: `/api/calendar/feed.ics?token=${token}` })).statusCode).toBe(401);

    const written = log.join('');
    expect(written).toContain('"reqId"');
    expect(written).not.toContain(token);
  });
});
