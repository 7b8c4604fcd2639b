/**
 * Role × route fixtures of administration (catalogue, institutions, assignment rules), spreadsheet
 * import and list exports, spread into the FIXTURES of `http/access-matrix.test.ts`. Writes are
 * admin-only, so each changes the fixture once; exports are lists, scoped but never 404.
 */
import type { InjectOptions } from 'fastify';
import type { Database } from '../db/database.js';
import { multipartFile } from './multipart.js';
import type { Principal } from './principals.js';

type Outcome = 'allow' | 401 | 403 | 404;

/** The shape of a fixture in the role × route test. */
interface AdminFixture {
  object?: { institution: string; aksi?: string };
  foreign?: 403 | 404;
  refine?(principal: Principal): Outcome;
  request(env: { database: Database }, principal: Principal): Promise<InjectOptions>;
}

const P = '/api/periods/2025-2026';
const get =
  (url: string): AdminFixture['request'] =>
  async () => ({ method: 'GET', url });

async function ruleIdOf(database: Database, outputCode: string): Promise<number> {
  const row = await database.db
    .selectFrom('assignment_rules')
    .innerJoin('outputs', 'outputs.id', 'assignment_rules.output_id')
    .select('assignment_rules.id')
    .where('outputs.code', '=', outputCode)
    .orderBy('assignment_rules.id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Fixtures of every administration, import and export route. */
export function adminFixtures(): Record<string, AdminFixture> {
  return {
    'PUT /api/periods/:code/fokus/:fokus': {
      request: async () => ({ method: 'PUT', url: `${P}/fokus/1`, payload: { name: 'Perizinan dan Tata Niaga' } }),
    },
    'PUT /api/periods/:code/aksi/:aksi': {
      request: async () => ({
        method: 'PUT',
        url: `${P}/aksi/11`,
        payload: { fokusCode: '1', name: 'Aksi tambahan' },
      }),
    },
    'PUT /api/periods/:code/outputs/:output': {
      request: async () => ({ method: 'PUT', url: `${P}/outputs/1.2`, payload: { name: 'Output tambahan 1.2' } }),
    },
    'PUT /api/periods/:code/targets/:target': {
      request: async () => ({
        method: 'PUT',
        url: `${P}/targets/9.1-TW6`,
        payload: {
          successMeasure: 'Tersedianya laporan triwulan VI',
          evidenceChecklist: ['Dokumen laporan'],
          weight: 1,
          impact: null,
        },
      }),
    },
    'PUT /api/institutions/:code': {
      request: async () => ({ method: 'PUT', url: '/api/institutions/33.01', payload: { name: 'Kabupaten Cilacap' } }),
    },
    'GET /api/periods/:code/outputs/:output/rules': { request: get(`${P}/outputs/1.1/rules`) },
    'POST /api/periods/:code/outputs/:output/rules/preview': {
      request: async () => ({
        method: 'POST',
        url: `${P}/outputs/1.1/rules/preview`,
        payload: { rule: { kind: 'all_provinces' } },
      }),
    },
    'POST /api/periods/:code/outputs/:output/rules': {
      request: async () => ({
        method: 'POST',
        url: `${P}/outputs/5.1/rules`,
        payload: { rule: { kind: 'list', codes: ['KEMENDAGRI'] } },
      }),
    },
    'POST /api/periods/:code/outputs/:output/rules/:id/end': {
      request: async (env) => ({
        method: 'POST',
        url: `${P}/outputs/7.1/rules/${await ruleIdOf(env.database, '7.1')}/end`,
        payload: { reason: 'Output tidak lagi ditugaskan kepada kota' },
      }),
    },
    'GET /api/periods/:code/outputs/:output/assignments': { request: get(`${P}/outputs/1.1/assignments?ended=true`) },
    'POST /api/periods/:code/outputs/:output/assignments/:institution/end': {
      request: async () => ({
        method: 'POST',
        url: `${P}/outputs/8.1/assignments/35.78/end`,
        payload: { reason: 'Kewenangan dialihkan ke provinsi' },
      }),
    },
    'GET /api/import/templates/:kind.:format': { request: get('/api/import/templates/assignments.xlsx') },
    'POST /api/import/:kind': {
      request: async () => {
        const body = multipartFile('instansi.csv', Buffer.from('kode_instansi,nama\n33.01,Kabupaten Cilacap\n'));
        return { method: 'POST', url: '/api/import/institutions?dryRun=true', ...body };
      },
    },
    'GET /api/exports/reports.:format': { request: get('/api/exports/reports.csv?period=2025-2026') },
    'GET /api/exports/institutions.:format': { request: get('/api/exports/institutions.csv') },
    'GET /api/exports/users.:format': { request: get('/api/exports/users.csv') },
  };
}
