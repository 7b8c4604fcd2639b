import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal, signIn } from '../../test-support/principals.js';

const NEW_PASSWORD = 'lumpia-semarang-enak-sekali';

describeEachDatabase('account management', (database) => {
  let app: FastifyInstance;
  let clock: ReturnType<typeof fixedClock>;
  let admin: Principal;
  let focalSemarang: Principal;
  let focalSurabaya: Principal;
  let contributorSurabaya: Principal;

  beforeEach(async () => {
    clock = fixedClock(TEST_NOW);
    await loadFixture(database());
    app = await buildTestApp(database(), clock);
    const make = (spec: Parameters<typeof createPrincipal>[3]) => createPrincipal(app, database(), clock, spec);
    admin = await make({ name: 'admin', roles: ['admin'] });
    focalSemarang = await make({
      name: 'fp semarang',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
    focalSurabaya = await make({
      name: 'fp surabaya',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.surabaya,
    });
    contributorSurabaya = await make({
      name: 'pic surabaya',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.surabaya,
    });
  });
  afterEach(() => app.close());

  const invite = (as: Principal, payload: object) => callAs(app, as, { method: 'POST', url: '/api/users', payload });
  const tokenOf = (url: string) => url.split('/').pop() as string;

  it('invites by single-use, expiring link; the invitee chooses a password and signs in', async () => {
    const response = await invite(admin, {
      email: 'Verifikator.Baru@pantau.id',
      name: 'Dr. Sari Lestari',
      roles: ['verifier'],
      institutionCode: null,
      verifierAksi: ['1', '4'],
      period: '2025-2026',
    });
    expect(response.statusCode).toBe(201);
    const { account, invitation } = response.json();
    expect(account).toMatchObject({
      email: 'verifikator.baru@pantau.id',
      status: 'invited',
      verifierAksi: [{ code: '1' }, { code: '4' }],
    });
    expect(invitation.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/undangan\/[A-Za-z0-9_-]{43}$/);
    expect(invitation.expiresAt).toBe('2026-12-04T03:00:00.000Z');

    const weak = await app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: tokenOf(invitation.url), password: 'sarilestari2026' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toBe('Kata sandi tidak boleh dibentuk dari nama atau e-mail Anda.');

    const accepted = await app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: tokenOf(invitation.url), password: NEW_PASSWORD },
    });
    expect(accepted.json()).toEqual({ email: 'verifikator.baru@pantau.id' });
    expect((await signIn(app, 'verifikator.baru@pantau.id', NEW_PASSWORD)).body.user.status).toBe('active');

    const reused = await app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: tokenOf(invitation.url), password: NEW_PASSWORD },
    });
    expect(reused.statusCode).toBe(410);
  });

  it('lets an invitation expire after seven days', async () => {
    const { invitation } = (
      await invite(admin, { email: 'telat@pantau.id', name: 'Telat', roles: ['observer'], institutionCode: null })
    ).json();
    clock.advance(7 * 86_400_000 + 1);
    const late = await app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: tokenOf(invitation.url), password: NEW_PASSWORD },
    });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.message).toMatch(/Minta tautan baru/);
  });

  it('lets a focal point invite contributors and publicists of its own institution only', async () => {
    const own = await invite(focalSemarang, {
      email: 'pic@semarangkota.go.id',
      name: 'PIC Bappeda',
      roles: ['contributor'],
      institutionCode: null,
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().account.institution.code).toBe('33.74');
    const elsewhere = await invite(focalSemarang, {
      email: 'pic@surabaya.go.id',
      name: 'PIC',
      roles: ['contributor'],
      institutionCode: '35.78',
    });
    expect(elsewhere.statusCode).toBe(403);
    const verifier = await invite(focalSemarang, {
      email: 'ahli@semarangkota.go.id',
      name: 'Ahli',
      roles: ['verifier'],
      institutionCode: null,
    });
    expect(verifier.statusCode).toBe(403);
    expect(verifier.json().error.message).toBe('Focal point hanya dapat memberi peran contributor atau publicist.');
  });

  it('shows a focal point the accounts of its own institution only, and hides the others', async () => {
    const listed = (await callAs(app, focalSemarang, { url: '/api/users?limit=200' })).json();
    expect(listed.items.map((u: { email: string }) => u.email)).toEqual([focalSemarang.email]);
    const foreign = await callAs(app, focalSemarang, { url: `/api/users/${contributorSurabaya.userId}` });
    expect(foreign.statusCode).toBe(404);
    const foreignWrite = await callAs(app, focalSemarang, {
      method: 'POST',
      url: `/api/users/${contributorSurabaya.userId}/disable`,
      payload: { reason: 'Coba menonaktifkan akun daerah lain' },
    });
    expect(foreignWrite.statusCode).toBe(404);
    const all = (await callAs(app, admin, { url: '/api/users?institution=35.78' })).json();
    expect(all.items.map((u: { email: string }) => u.email).sort()).toEqual(
      [contributorSurabaya.email, focalSurabaya.email].sort(),
    );
  });

  it('does not let a focal point manage another focal point of its institution', async () => {
    const second = await createPrincipal(app, database(), clock, {
      name: 'fp surabaya 2',
      roles: ['focal_point'],
      institutionCode: '35.78',
    });
    const response = await callAs(app, focalSurabaya, {
      method: 'PATCH',
      url: `/api/users/${second.userId}`,
      payload: { name: 'Diganti' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('requires a reason to disable, and re-enables', async () => {
    const noReason = await callAs(app, focalSurabaya, {
      method: 'POST',
      url: `/api/users/${contributorSurabaya.userId}/disable`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const disabled = await callAs(app, focalSurabaya, {
      method: 'POST',
      url: `/api/users/${contributorSurabaya.userId}/disable`,
      payload: { reason: 'Mutasi ke dinas lain' },
    });
    expect(disabled.json().status).toBe('disabled');
    const enabled = await callAs(app, focalSurabaya, {
      method: 'POST',
      url: `/api/users/${contributorSurabaya.userId}/enable`,
    });
    expect(enabled.json().status).toBe('active');
  });

  it('resets a password by link: old sessions end, the new password works', async () => {
    const link = await callAs(app, focalSurabaya, {
      method: 'POST',
      url: `/api/users/${contributorSurabaya.userId}/password-reset-link`,
    });
    expect(link.statusCode).toBe(201);
    const { url, expiresAt } = link.json();
    expect(url).toMatch(/\/atur-ulang-sandi\//);
    expect(expiresAt).toBe('2026-11-28T03:00:00.000Z');
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: tokenOf(url), password: NEW_PASSWORD },
    });
    expect(reset.statusCode).toBe(200);
    expect((await callAs(app, contributorSurabaya, { url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await signIn(app, contributorSurabaya.email as string, NEW_PASSWORD)).body.user.email).toBe(
      contributorSurabaya.email,
    );
  });

  it('changes roles and verifier aksi, and records before and after in the audit log', async () => {
    const verifier = await createPrincipal(app, database(), clock, {
      name: 'ahli',
      roles: ['verifier'],
      verifierAksi: ['1'],
    });
    const changed = await callAs(app, admin, {
      method: 'PATCH',
      url: `/api/users/${verifier.userId}`,
      payload: { verifierAksi: ['2', '3'], period: '2025-2026' },
    });
    expect(changed.json().verifierAksi.map((a: { code: string }) => a.code)).toEqual(['2', '3']);
    const audit = (await callAs(app, admin, { url: `/api/audit?entity=user&entityId=${verifier.userId}` })).json();
    expect(audit[0]).toMatchObject({ action: 'user.update', actor: admin.email });
    expect(audit[0].change.before.verifier_aksi).toEqual([{ period: '2025-2026', code: '1' }]);
    const unknownAksi = await callAs(app, admin, {
      method: 'PATCH',
      url: `/api/users/${verifier.userId}`,
      payload: { verifierAksi: ['99'], period: '2025-2026' },
    });
    expect(unknownAksi.statusCode).toBe(400);
  });

  it('limits a contributor to chosen outputs, and drops the limit with the role', async () => {
    const invited = await invite(focalSemarang, {
      email: 'pic.perizinan@semarangkota.go.id',
      name: 'PIC Perizinan',
      roles: ['contributor'],
      institutionCode: null,
      contributorOutputs: ['1.1', '2.1'],
      period: '2025-2026',
    });
    expect(invited.json().account.contributorOutputs).toEqual([
      { period: '2025-2026', code: '1.1' },
      { period: '2025-2026', code: '2.1' },
    ]);
    const id = invited.json().account.id;
    const asPublicist = await callAs(app, focalSemarang, {
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { roles: ['publicist'] },
    });
    expect(asPublicist.json().contributorOutputs).toEqual([]);
    const wrongRole = await callAs(app, focalSemarang, {
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { contributorOutputs: ['1.1'], period: '2025-2026' },
    });
    expect(wrongRole.statusCode).toBe(400);
  });

  it('refuses a duplicate e-mail', async () => {
    const duplicate = await invite(admin, {
      email: focalSurabaya.email,
      name: 'Ganda',
      roles: ['observer'],
      institutionCode: null,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('email_taken');
  });
});
