/**
 * The live count of an audience being composed: institutions and people it would reach, per type,
 * named by a sample; unknown codes are answered, not refused; a focal point counts only its own
 * institution; the period is accepted as screens write it ("2025–2026").
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { addCoordinationInstitutions, coordinationApi } from '../../test-support/coordination.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

describeEachDatabase('audience preview', (database) => {
  let app: FastifyInstance;
  let admin: Principal;
  let fpSemarang: Principal;

  beforeEach(async () => {
    const clock = fixedClock('2026-11-27T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    await loadFixture(database());
    await addCoordinationInstitutions(database());
    const make = (name: string, role: 'focal_point' | 'publicist' | 'contributor', institutionCode: string) =>
      createPrincipal(app, database(), clock, { name, roles: [role], institutionCode });
    admin = await createPrincipal(app, database(), clock, { name: 'admin setnas', roles: ['admin'] });
    await make('inspektorat cilacap', 'focal_point', '33.01');
    await make('humas cilacap', 'publicist', '33.01');
    await make('inspektorat banyumas', 'focal_point', '33.02');
    await make('pic banyumas', 'contributor', '33.02');
    fpSemarang = await make('inspektorat semarang', 'focal_point', '33.74');
    await make('humas semarang', 'publicist', '33.74');
  });
  afterEach(() => app.close());

  const preview = (as: Principal, audience: object) =>
    callAs(app, as, { method: 'POST', url: '/api/audiences/preview', payload: { audience } });

  it('counts the institutions and people of "Inspektorat and Humas of every kabupaten in Jawa Tengah"', async () => {
    const response = await preview(admin, {
      roles: ['focal_point', 'publicist'],
      types: ['kabupaten'],
      provinces: ['33'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      institutions: 3,
      people: 3,
      withoutPeople: 1,
      byType: [{ type: 'kabupaten', count: 3 }],
      sample: [
        { code: '33.01', name: 'Kabupaten Cilacap', type: 'kabupaten', provinceCode: '33' },
        { code: '33.02', name: 'Kabupaten Banyumas', type: 'kabupaten', provinceCode: '33' },
        { code: '33.03', name: 'Kabupaten Purbalingga', type: 'kabupaten', provinceCode: '33' },
      ],
      unknownCodes: [],
    });
  });

  it('takes the period as screens write it, in the preview and when sending', async () => {
    const audience = { roles: ['focal_point'], aksi: { period: '2025–2026', codes: ['1'] } };
    const counted = await preview(admin, audience);
    expect(counted.statusCode).toBe(200);
    expect(counted.json()).toMatchObject({ institutions: 2, byType: [{ type: 'kota', count: 2 }] });
    const sent = await coordinationApi(app).announce(admin, { title: 'Pelaksana aksi 1', body: 'Isi.', audience });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().audience.aksi.period).toBe('2025-2026');
    const period = await app.inject(`/api/periods/${encodeURIComponent('2025–2026')}`);
    expect(period.json().code).toBe('2025-2026');
  });

  it('answers an audience that reaches nobody or lists unknown codes, so the sender sees why', async () => {
    const nobody = await preview(admin, { roles: ['focal_point'], types: ['kota'], provinces: ['34'] });
    expect(nobody.json()).toMatchObject({ institutions: 0, people: 0, sample: [], unknownCodes: [] });
    const unknown = await preview(admin, { roles: ['focal_point'], institutions: ['33.74', '33.99'] });
    expect(unknown.json()).toMatchObject({ institutions: 1, people: 1, unknownCodes: ['33.99'] });
    const aksi = await preview(admin, { roles: ['focal_point'], aksi: { period: '2025-2026', codes: ['42'] } });
    expect(aksi.statusCode).toBe(400);
    expect(aksi.json().error.message).toContain('42');
  });

  it('lets a focal point count its own institution only, leaving itself out', async () => {
    const own = await preview(fpSemarang, { roles: ['focal_point', 'publicist'], institutions: ['33.74'] });
    expect(own.json()).toMatchObject({ institutions: 1, people: 1, withoutPeople: 0 });
    const other = await preview(fpSemarang, { roles: ['focal_point'], institutions: ['33.01'] });
    expect(other.statusCode).toBe(403);
  });
});
