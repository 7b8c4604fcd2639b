/**
 * Role × route fixtures of work units, spread into the FIXTURES of `http/access-matrix.test.ts`:
 * each acts on a unit of `home`, so callers of other institutions get 404.
 */
import type { InjectOptions } from 'fastify';
import type { Database } from '../db/database.js';
import type { Principal } from './principals.js';

interface UnitFixture {
  object?: { institution: string; aksi?: string };
  /** The success status, when it is not 2xx. */
  success?: number;
  request(env: { database: Database; counter: () => number }, principal: Principal): Promise<InjectOptions>;
}

/** The id of the unit `MATRIX` of `home`, added on first use. */
export async function matrixUnitId(database: Database, home: string): Promise<number> {
  const institution = await database.db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', home)
    .executeTakeFirstOrThrow();
  const found = await database.db
    .selectFrom('work_units')
    .select('id')
    .where('institution_id', '=', institution.id)
    .where('code', '=', 'MATRIX')
    .executeTakeFirst();
  if (found) return found.id;
  const at = '2025-07-01T03:00:00.000Z';
  const row = await database.db
    .insertInto('work_units')
    .values({
      institution_id: institution.id,
      code: 'MATRIX',
      name: 'Unit uji matriks',
      short_name: null,
      kind: 'opd',
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Fixtures of every work-unit route. */
export function unitFixtures(home: string): Record<string, UnitFixture> {
  const object = { institution: home };
  return {
    'GET /api/institutions/:code/units': {
      object,
      request: async () => ({ method: 'GET', url: `/api/institutions/${home}/units` }),
    },
    'POST /api/institutions/:code/units': {
      object,
      request: async (env) => ({
        method: 'POST',
        url: `/api/institutions/${home}/units`,
        payload: { code: `U${env.counter()}`, name: 'Dinas uji', kind: 'opd' },
      }),
    },
    'PATCH /api/units/:id': {
      object,
      request: async (env) => ({
        method: 'PATCH',
        url: `/api/units/${await matrixUnitId(env.database, home)}`,
        payload: { name: `Unit uji ${env.counter()}` },
      }),
    },
    'PUT /api/institutions/:code/unit-targets': {
      object,
      request: async (env) => ({
        method: 'PUT',
        url: `/api/institutions/${home}/unit-targets`,
        payload: { period: '2025-2026', unitId: await matrixUnitId(env.database, home), outputs: ['9.1'] },
      }),
    },
    'GET /api/institutions/:code/unit-targets': {
      object,
      request: async () => ({ method: 'GET', url: `/api/institutions/${home}/unit-targets?period=2025-2026` }),
    },
    'GET /api/institutions/:code/unit-board': {
      object,
      request: async () => ({ method: 'GET', url: `/api/institutions/${home}/unit-board?period=2025-2026&quarter=2` }),
    },
    'POST /api/units/:id/reminders': {
      object,
      success: 409,
      // The fixture unit has no contributors: a caller allowed through gets 409, never 2xx mail.
      request: async (env) => ({
        method: 'POST',
        url: `/api/units/${await matrixUnitId(env.database, home)}/reminders`,
        payload: { period: '2025-2026', quarter: 2 },
      }),
    },
    'PUT /api/units/:id/contributors': {
      object,
      request: async (env) => ({
        method: 'PUT',
        url: `/api/units/${await matrixUnitId(env.database, home)}/contributors`,
        payload: { userIds: [] },
      }),
    },
  };
}
