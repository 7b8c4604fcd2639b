import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../test-support/app.js';
import { createTestDatabase } from '../test-support/databases.js';
import { operationIdOf } from './openapi-document.js';
import { describeProblem, lintOpenapi } from './openapi-lint.js';

type Operation = { operationId?: string; security?: Record<string, string[]>[]; responses: Record<string, unknown> };
type Document = {
  servers?: { url: string }[];
  info: { license?: { name: string } };
  components: { securitySchemes?: Record<string, { type: string; in?: string; name?: string; scheme?: string }> };
  paths: Record<string, Record<string, Operation>>;
};

describe('operation ids derived from method and path', () => {
  it('reads as the verb and the words of the path, naming the trailing parameters', () => {
    expect(operationIdOf('GET', '/api/periods')).toBe('getPeriods');
    expect(operationIdOf('GET', '/api/periods/:code')).toBe('getPeriodsByCode');
    expect(operationIdOf('GET', '/api/periods/:code/catalogue')).toBe('getPeriodsCatalogue');
    expect(operationIdOf('POST', '/api/users/:id/disable')).toBe('postUsersDisable');
    expect(operationIdOf('DELETE', '/api/tokens/:id')).toBe('deleteTokensById');
    expect(operationIdOf('PATCH', '/api/reports/:id')).toBe('patchReportsById');
    expect(operationIdOf('GET', '/api/import/templates/:kind.:format')).toBe('getImportTemplatesByKindAndFormat');
    expect(operationIdOf('GET', '/api/exports/reports.:format')).toBe('getExportsReportsByFormat');
    expect(operationIdOf('GET', '/api/account/sessions')).toBe('getAccountSessions');
    expect(operationIdOf('POST', '/api/account/sessions/end-others')).toBe('postAccountSessionsEndOthers');
  });
});

describe('the OpenAPI document', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let document: Document;

  beforeEach(async () => {
    const database = await createTestDatabase('sqlite');
    close = () => database.close();
    app = await buildTestApp(database);
    document = (await app.inject({ url: '/api/openapi.json' })).json();
  });
  afterEach(async () => {
    await app.close();
    await close();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
    );

  it("has no error under Redocly's recommended rules", async () => {
    const problems = await lintOpenapi(document);
    const errors = problems.filter((problem) => problem.severity === 'error').map(describeProblem);
    expect(errors).toEqual([]);
    // Only the two single sign-on redirects lack a 2xx answer: a browser follows them, a client never calls them.
    const warnings = problems.filter((problem) => problem.severity === 'warn').map(describeProblem);
    expect(warnings.filter((line) => !line.includes('/api/auth/oidc/'))).toEqual([]);
  }, 60_000);

  it('gives every operation a unique id, a success answer, an error answer and its security', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key, operation } of operations()) {
      const codes = Object.keys(operation.responses);
      expect(
        codes.some((code) => /^[23]/.test(code)),
        `${key} success`,
      ).toBe(true);
      expect(
        codes.some((code) => code.startsWith('4')),
        `${key} 4xx`,
      ).toBe(true);
      expect(operation.security, `${key} security`).toBeDefined();
    }
  });

  it('declares the session cookie, its CSRF header and the bearer token, with their scopes per operation', () => {
    expect(document.info.license?.name).toBe('Apache-2.0');
    expect(document.servers?.[0]?.url).toBe('http://127.0.0.1:3000');
    expect(document.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'pantau_session' },
      csrfHeader: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      apiToken: { type: 'http', scheme: 'bearer' },
    });
    const operation = (method: string, path: string) => document.paths[path]?.[method] as Operation;
    // Public: no credentials.
    expect(operation('get', '/api/periods').security).toEqual([]);
    expect(operation('post', '/api/auth/login').security).toEqual([]);
    // A read: the session, or a token of either scope.
    expect(operation('get', '/api/reports/{id}').security).toEqual([{ sessionCookie: [] }, { apiToken: ['read'] }]);
    // A write: the session with its CSRF header, or a read-write token.
    expect(operation('post', '/api/reports').security).toEqual([
      { sessionCookie: [], csrfHeader: [] },
      { apiToken: ['read-write'] },
    ]);
    // Only a signed-in session creates tokens.
    expect(operation('post', '/api/tokens').security).toEqual([{ sessionCookie: [], csrfHeader: [] }]);
    // A download's 200 is the file; its errors stay JSON.
    const download = operation('get', '/api/evidence/{id}/file').responses as Record<
      string,
      { content: Record<string, unknown> }
    >;
    expect(Object.keys(download['200']?.content ?? {})).toEqual(['application/octet-stream']);
    expect(Object.keys(download['404']?.content ?? {})).toEqual(['application/json']);
  });
});
