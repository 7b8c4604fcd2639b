/** The people of a quarterly cycle over the test fixture, signed in, and small helpers to drive it. */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { FIXTURE_INSTITUTIONS, type Fixture, loadFixture } from './fixture.js';
import { multipartFile } from './multipart.js';
import { callAs, createPrincipal, type Principal } from './principals.js';

/** A one-page PDF, accepted as evidence by content. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

export interface Cycle {
  fixture: Fixture;
  admin: Principal;
  contributor: Principal;
  focalPoint: Principal;
  verifier: Principal;
  otherVerifier: Principal;
  otherFocalPoint: Principal;
  observer: Principal;
}

/** Loads the fixture and signs in one person per part of the cycle. */
export async function startCycle(app: FastifyInstance, database: Database, clock: Clock): Promise<Cycle> {
  const fixture = await loadFixture(database);
  const make = (spec: Parameters<typeof createPrincipal>[3]) => createPrincipal(app, database, clock, spec);
  return {
    fixture,
    admin: await make({ name: 'admin setnas', roles: ['admin'] }),
    contributor: await make({
      name: 'pic bappeda',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    }),
    focalPoint: await make({
      name: 'inspektorat semarang',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    }),
    verifier: await make({ name: 'ahli perizinan', roles: ['verifier'], verifierAksi: ['1', '2', '3'] }),
    otherVerifier: await make({ name: 'ahli lain', roles: ['verifier'], verifierAksi: ['7', '8'] }),
    otherFocalPoint: await make({
      name: 'inspektorat surabaya',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.surabaya,
    }),
    observer: await make({ name: 'timnas', roles: ['observer'] }),
  };
}

/** API calls of the cycle, as a given person. */
export function cycleApi(app: FastifyInstance) {
  return {
    open: (as: Principal, targetCode: string, key?: string) =>
      callAs(app, as, {
        method: 'POST',
        url: '/api/reports',
        payload: { period: '2025-2026', targetCode },
        headers: key ? { 'idempotency-key': key } : {},
      }),
    get: (as: Principal, id: number) => callAs(app, as, { url: `/api/reports/${id}` }),
    edit: (as: Principal, id: number, payload: object) =>
      callAs(app, as, { method: 'PATCH', url: `/api/reports/${id}`, payload }),
    move: (as: Principal, id: number, payload: object, key?: string) =>
      callAs(app, as, {
        method: 'POST',
        url: `/api/reports/${id}/transitions`,
        payload,
        headers: key ? { 'idempotency-key': key } : {},
      }),
    upload: (as: Principal, id: number, fileName: string, content: Buffer, checklistIndex: number, key?: string) => {
      const body = multipartFile(fileName, content);
      return callAs(app, as, {
        method: 'POST',
        url: `/api/reports/${id}/evidence?checklistIndex=${checklistIndex}`,
        payload: body.payload,
        headers: { ...body.headers, ...(key ? { 'idempotency-key': key } : {}) },
      });
    },
    link: (as: Principal, id: number, url: string, checklistIndex: number) =>
      callAs(app, as, {
        method: 'POST',
        url: `/api/reports/${id}/evidence/links`,
        payload: { url, checklistIndex, title: 'Berita daring' },
      }),
    performance: (as: Principal, code: string) =>
      callAs(app, as, { url: `/api/institutions/${code}/performance?period=2025-2026` }),
  };
}

/** Drives a report from nothing to accepted with the given score; returns its id. */
export async function acceptedReport(
  app: FastifyInstance,
  cycle: Cycle,
  targetCode: string,
  score: number,
): Promise<number> {
  const api = cycleApi(app);
  const opened = (await api.open(cycle.contributor, targetCode)).json();
  await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
  let report = (await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: opened.version })).json();
  report = (
    await api.move(cycle.admin, opened.id, {
      action: 'accept',
      version: report.version,
      score,
      qualityGrade: 'terlaksana',
    })
  ).json();
  if (report.state !== 'accepted') throw new Error(`could not accept ${targetCode}: ${JSON.stringify(report)}`);
  return opened.id;
}
