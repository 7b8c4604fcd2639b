/**
 * Announcements through the API: an announcement to "all kabupaten in Jawa Tengah" reaches exactly
 * those institutions' addressed people; read receipts per institution are correct; the sender
 * reminds the unread; a focal point announces only within its own institution.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { addCoordinationInstitutions, coordinationApi, uploadAttachment } from '../../test-support/coordination.js';
import { PDF } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

describeEachDatabase('announcements', (database) => {
  let app: FastifyInstance;
  let clock: ReturnType<typeof fixedClock>;
  let api: ReturnType<typeof coordinationApi>;
  let admin: Principal;
  let people: Record<string, Principal>;

  beforeEach(async () => {
    clock = fixedClock('2026-11-27T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { sessionIdleMs: 30 * 86_400_000, sessionMaxMs: 30 * 86_400_000 });
    await loadFixture(database());
    await addCoordinationInstitutions(database());
    const make = (name: string, role: 'focal_point' | 'publicist' | 'contributor', institutionCode: string) =>
      createPrincipal(app, database(), clock, { name, roles: [role], institutionCode });
    admin = await createPrincipal(app, database(), clock, { name: 'admin setnas', roles: ['admin'] });
    people = {
      fpCilacap: await make('inspektorat cilacap', 'focal_point', '33.01'),
      pubCilacap: await make('humas cilacap', 'publicist', '33.01'),
      fpBanyumas: await make('inspektorat banyumas', 'focal_point', '33.02'),
      picBanyumas: await make('pic banyumas', 'contributor', '33.02'),
      fpSemarang: await make('inspektorat semarang', 'focal_point', '33.74'),
      pubSemarang: await make('humas semarang', 'publicist', '33.74'),
      picSemarang: await make('pic semarang', 'contributor', '33.74'),
      fpJateng: await make('inspektorat jateng', 'focal_point', '33'),
      fpPacitan: await make('inspektorat pacitan', 'focal_point', '35.01'),
    };
    api = coordinationApi(app);
  });
  afterEach(() => app.close());

  const inbox = async (as: Principal) => (await api.get(as, '/api/announcements')).json();

  it('reaches all kabupaten in Jawa Tengah, exactly, and counts read receipts per institution', async () => {
    const file = await uploadAttachment(app, admin, 'Pedoman Pelaporan TW IV.pdf', PDF);
    const sent = await api.announce(admin, {
      title: 'Pedoman pelaporan Triwulan VIII',
      body: 'Mohon laporan capaian Triwulan VIII dikirim paling lambat 10 Januari 2027.',
      audience: { roles: ['focal_point', 'publicist'], types: ['kabupaten'], provinces: ['33'] },
      attachmentIds: [file],
    });
    expect(sent.statusCode).toBe(201);
    const id = sent.json().id as number;
    expect(sent.json()).toMatchObject({ recipientCount: 3, sender: { name: 'Uji admin setnas', institution: null } });

    // The addressed people of the three kabupaten see it; nobody else does.
    const { fpCilacap, pubCilacap, fpBanyumas, picBanyumas, fpSemarang, fpJateng, fpPacitan } = people as Record<
      string,
      Principal
    >;
    for (const reached of [fpCilacap, pubCilacap, fpBanyumas] as Principal[]) {
      const page = await inbox(reached);
      expect(page.total, reached.name).toBe(1);
      expect(page.items[0]).toMatchObject({
        id,
        readAt: null,
        attachments: [{ fileName: 'Pedoman Pelaporan TW IV.pdf' }],
      });
    }
    for (const left of [picBanyumas, fpSemarang, fpJateng, fpPacitan] as Principal[]) {
      expect((await inbox(left)).total, left.name).toBe(0);
      expect((await api.get(left, `/api/announcements/${id}`)).statusCode, left.name).toBe(404);
      expect((await callAs(app, left, { method: 'POST', url: `/api/announcements/${id}/read` })).statusCode).toBe(404);
    }

    // Two people of Cilacap read it; the attachment downloads with its hash.
    clock.set('2026-11-28T02:00:00.000Z');
    const read = await callAs(app, fpCilacap as Principal, { method: 'POST', url: `/api/announcements/${id}/read` });
    expect(read.json().readAt).toBe('2026-11-28T02:00:00.000Z');
    clock.set('2026-11-28T05:00:00.000Z');
    await callAs(app, pubCilacap as Principal, { method: 'POST', url: `/api/announcements/${id}/read` });
    await callAs(app, fpCilacap as Principal, { method: 'POST', url: `/api/announcements/${id}/read` });
    const download = await api.get(pubCilacap as Principal, `/api/announcements/${id}/attachments/${file}`);
    expect(download.headers['x-content-sha256']).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect((await api.get(fpSemarang as Principal, `/api/announcements/${id}/attachments/${file}`)).statusCode).toBe(
      404,
    );
    expect((await api.get(fpBanyumas as Principal, '/api/announcements?unread=true')).json().total).toBe(1);
    expect((await api.get(fpCilacap as Principal, '/api/announcements?unread=true')).json().total).toBe(0);

    // The sender sees who has not read it, and reminds them.
    const receipts = (await api.get(admin, `/api/announcements/${id}/receipts`)).json();
    expect(receipts).toMatchObject({ recipients: 3, read: 1, unread: 2 });
    expect(
      receipts.institutions.map((i: { code: string; readers: number; firstReadAt: string | null }) => [
        i.code,
        i.readers,
        i.firstReadAt,
      ]),
    ).toEqual([
      ['33.02', 0, null],
      ['33.03', 0, null],
      ['33.01', 2, '2026-11-28T02:00:00.000Z'],
    ]);
    const reminded = await callAs(app, admin, { method: 'POST', url: `/api/announcements/${id}/remind` });
    expect(reminded.json()).toEqual({ reminded: 2, remindedAt: '2026-11-28T05:00:00.000Z' });
    expect((await inbox(fpBanyumas as Principal)).items[0].remindedAt).toBe('2026-11-28T05:00:00.000Z');
    expect((await inbox(fpCilacap as Principal)).items[0].remindedAt).toBeNull();

    await callAs(app, fpBanyumas as Principal, { method: 'POST', url: `/api/announcements/${id}/read` });
    const after = (await api.get(admin, `/api/announcements/${id}/receipts`)).json();
    expect(after).toMatchObject({ read: 2, unread: 1 });
    expect(after.institutions[0]).toMatchObject({ code: '33.03', readers: 0, reminders: 1 });

    const actions = (await api.get(admin, '/api/audit?limit=50')).json().map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'announcement.read')).toHaveLength(3);
    expect(actions).toEqual(expect.arrayContaining(['announcement.send', 'announcement.remind', 'attachment.upload']));
  });

  it('lets a focal point announce to its own institution only', async () => {
    const { fpSemarang, pubSemarang, picSemarang, fpCilacap } = people as Record<string, Principal>;
    const own = await api.announce(fpSemarang as Principal, {
      title: 'Rapat internal humas dan PIC',
      body: 'Kumpulkan bahan publikasi aksi 3 sebelum Jumat.',
      audience: { roles: ['publicist', 'contributor'], institutions: ['33.74'] },
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().sender.institution).toMatchObject({ code: '33.74' });
    expect((await inbox(pubSemarang as Principal)).total).toBe(1);
    expect((await inbox(picSemarang as Principal)).total).toBe(1);
    expect((await inbox(fpSemarang as Principal)).total).toBe(0);

    const wider = await api.announce(fpSemarang as Principal, {
      title: 'Ke semua kota',
      body: 'Tidak boleh.',
      audience: { roles: ['focal_point'], types: ['kota'] },
    });
    expect(wider.statusCode).toBe(403);
    const other = await api.announce(fpSemarang as Principal, {
      title: 'Ke Cilacap',
      body: 'Tidak boleh.',
      audience: { roles: ['focal_point'], institutions: ['33.01'] },
    });
    expect(other.statusCode).toBe(403);
    expect((await inbox(fpCilacap as Principal)).total).toBe(0);

    // Receipts and the sent list stay within the sender's institution (and admin).
    expect((await api.get(fpSemarang as Principal, `/api/announcements/${own.json().id}/receipts`)).statusCode).toBe(
      200,
    );
    expect((await api.get(fpCilacap as Principal, `/api/announcements/${own.json().id}/receipts`)).statusCode).toBe(
      404,
    );
    expect((await api.get(fpCilacap as Principal, '/api/announcements/sent')).json().total).toBe(0);
    expect((await api.get(admin, '/api/announcements/sent')).json().total).toBe(1);
    expect((await api.get(pubSemarang as Principal, '/api/announcements/sent')).statusCode).toBe(403);

    // Only one's own uploads can be attached.
    const foreignFile = await uploadAttachment(app, admin, 'Pedoman.pdf', PDF);
    const borrowed = await api.announce(fpSemarang as Principal, {
      title: 'Lampiran orang lain',
      body: 'Tidak boleh.',
      audience: { roles: ['publicist'], institutions: ['33.74'] },
      attachmentIds: [foreignFile],
    });
    expect(borrowed.statusCode).toBe(400);
  });

  it('refuses audiences that reach nobody or name unknown codes', async () => {
    const nobody = await api.announce(admin, {
      title: 'Kota di Yogyakarta',
      body: 'Belum ada kota DIY di data uji.',
      audience: { roles: ['focal_point'], types: ['kota'], provinces: ['34'] },
    });
    expect(nobody.statusCode).toBe(400);
    const unknown = await api.announce(admin, {
      title: 'Aksi yang tidak ada',
      body: 'Aksi 42 tidak ada.',
      audience: { roles: ['focal_point'], aksi: { period: '2025-2026', codes: ['42'] } },
    });
    expect(unknown.json().error.message).toContain('42');
    const byAksi = await api.announce(admin, {
      title: 'Pelaksana aksi 1',
      body: 'Untuk instansi yang melaksanakan aksi 1.',
      audience: { roles: ['focal_point'], aksi: { period: '2025-2026', codes: ['1'] } },
    });
    expect(byAksi.json().recipientCount).toBe(2);
    expect((await inbox(people.fpSemarang as Principal)).total).toBe(1);
  });
});
