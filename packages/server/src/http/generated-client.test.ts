/**
 * A machine client generated from the OpenAPI document works: types by openapi-typescript (the
 * committed packages/web/src/api/schema.d.ts, checked here against a fresh generation from the
 * live document), calls by openapi-fetch, over real HTTP with nothing but an API token.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { paths } from '../../../web/src/api/schema.js';
import { fixedClock } from '../clock.js';
import { buildTestApp } from '../test-support/app.js';
import { type Cycle, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { TEST_PASSWORD } from '../test-support/principals.js';

const SCHEMA_TYPES = new URL('../../../web/src/api/schema.d.ts', import.meta.url);

describeEachDatabase('a client generated from the OpenAPI document', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let baseUrl: string;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterEach(() => app.close());

  it('is what openapi-typescript generates from the served document', async () => {
    const document = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as Parameters<typeof openapiTS>[0];
    const fresh = astToString(await openapiTS(document, { alphabetize: false }));
    const committed = await readFile(SCHEMA_TYPES, 'utf8');
    // The committed file adds a header comment (see packages/web/scripts/gen-api-types.mjs).
    expect(committed.endsWith(fresh), 'run `npm run api:types`').toBe(true);
    expect(fresh).toContain('postReports: {');
  });

  it('signs in, creates a token, and with the token alone opens, writes, proves and submits a report', async () => {
    // An official signs in (the session) and creates two tokens.
    const browser = createClient<paths>({ baseUrl });
    const signIn = await browser.POST('/api/auth/login', {
      body: { email: cycle.focalPoint.email as string, password: TEST_PASSWORD },
    });
    expect(signIn.response.status).toBe(200);
    const cookie = (signIn.response.headers.getSetCookie()[0] as string).split(';')[0] as string;
    // A focal point without an authenticator gets its session at once (else: the second step's challenge).
    const csrfToken = signIn.data && 'csrfToken' in signIn.data ? signIn.data.csrfToken : '';
    expect(csrfToken).not.toBe('');
    const sessionHeaders = { cookie, 'x-csrf-token': csrfToken };
    const created = await browser.POST('/api/tokens', {
      body: { name: 'Sistem pelaporan daerah', expiresInDays: 30, scope: 'read-write' },
      headers: sessionHeaders,
    });
    expect(created.response.status).toBe(201);
    const readOnly = await browser.POST('/api/tokens', {
      body: { name: 'Dasbor daerah', expiresInDays: 30, scope: 'read' },
      headers: sessionHeaders,
    });

    // From here on, only the bearer token.
    const machine = createClient<paths>({
      baseUrl,
      headers: { authorization: `Bearer ${created.data?.token}` },
    });
    const targets = await machine.GET('/api/institutions/{code}/targets', {
      params: { path: { code: '33.74' }, query: { period: '2025-2026', quarter: 2 } },
    });
    expect(targets.response.status).toBe(200);
    const target = targets.data?.targets.find((row) => row.report === null);
    expect(target?.targetCode).toBe('1.1-TW2');

    const opened = await machine.POST('/api/reports', {
      body: { period: '2025-2026', targetCode: target?.targetCode as string },
    });
    expect(opened.response.status).toBe(201);
    const id = opened.data?.id as number;
    const written = await machine.PATCH('/api/reports/{id}', {
      params: { path: { id } },
      body: {
        version: opened.data?.version as number,
        narrative: 'Rapat koordinasi perizinan dilaksanakan bersama 12 perangkat daerah.',
        progress: 100,
      },
    });
    expect(written.response.status).toBe(200);

    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'notulen-rapat.pdf');
    const uploaded = await machine.POST('/api/reports/{id}/evidence', {
      params: { path: { id }, query: { checklistIndex: 0 } },
      // The document names one binary field "file"; FormData carries it as is.
      body: form as unknown as { file: string },
      bodySerializer: (body) => body as unknown as FormData,
    });
    expect(uploaded.response.status).toBe(201);
    expect(uploaded.data?.fileName).toBe('notulen-rapat.pdf');

    const current = await machine.GET('/api/reports/{id}', { params: { path: { id } } });
    const submitted = await machine.POST('/api/reports/{id}/transitions', {
      params: { path: { id } },
      body: { action: 'submit', version: current.data?.version as number },
    });
    expect(submitted.response.status).toBe(200);
    expect(submitted.data?.state).toBe('submitted');

    // A read token reads, and is refused on a write.
    const reader = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${readOnly.data?.token}` } });
    expect((await reader.GET('/api/reports/{id}', { params: { path: { id } } })).response.status).toBe(200);
    const refused = await reader.POST('/api/reports', {
      body: { period: '2025-2026', targetCode: '2.1-TW2' },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error?.error.code).toBe('read_only_token');
    // And a token cannot create tokens.
    const minted = await machine.POST('/api/tokens', { body: { name: 'Token turunan', expiresInDays: 365 } });
    expect(minted.response.status).toBe(403);
  });
});
