/**
 * Coordination on top of the test fixture: a third province and kabupaten of Jawa Tengah and Jawa
 * Timur (so "all kabupaten in Jawa Tengah" has something to select and something to leave out),
 * small files to attach, and calls to the coordination API.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { insertInstitutions, listInstitutionKeys } from '../db/repositories/institution.repository.js';
import { transaction } from '../db/transaction.js';
import { multipartFile } from './multipart.js';
import { callAs, type Principal } from './principals.js';

const AT = '2024-12-15T03:00:00.000Z';

/** A 1×1 PNG: an infographic as far as content checks go. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Institutions added to the fixture: code, name, type, province. */
const EXTRA = [
  ['34', 'Provinsi Daerah Istimewa Yogyakarta', 'provinsi', '34'],
  ['33.01', 'Kabupaten Cilacap', 'kabupaten', '33'],
  ['33.02', 'Kabupaten Banyumas', 'kabupaten', '33'],
  ['33.03', 'Kabupaten Purbalingga', 'kabupaten', '33'],
  ['35.01', 'Kabupaten Pacitan', 'kabupaten', '35'],
] as const;

/** Adds a third province and kabupaten of Jawa Tengah and Jawa Timur to a loaded fixture. */
export async function addCoordinationInstitutions(database: Database): Promise<void> {
  await transaction(database.db, async (trx) => {
    const ids = new Map((await listInstitutionKeys(trx)).map((i) => [i.code, i.id]));
    await insertInstitutions(
      trx,
      EXTRA.map(([code, name, type, province]) => ({
        code,
        name,
        type,
        province_code: province,
        parent_id: type === 'provinsi' ? null : (ids.get(province) ?? null),
        created_at: AT,
        updated_at: AT,
      })),
    );
  });
}

/** Uploads `content` as an attachment; returns its id. */
export async function uploadAttachment(
  app: FastifyInstance,
  as: Principal,
  fileName: string,
  content: Buffer,
): Promise<number> {
  const body = multipartFile(fileName, content);
  const response = await callAs(app, as, {
    method: 'POST',
    url: '/api/attachments',
    payload: body.payload,
    headers: body.headers,
  });
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.body}`);
  return response.json().id as number;
}

/** JSON calls to the coordination API as a given person. */
export function coordinationApi(app: FastifyInstance) {
  const send = (as: Principal, method: 'POST' | 'PUT', url: string, payload: object) =>
    callAs(app, as, { method, url, payload });
  const get = (as: Principal, url: string) => callAs(app, as, { url });
  return {
    get,
    announce: (as: Principal, payload: object) => send(as, 'POST', '/api/announcements', payload),
    meet: (as: Principal, payload: object) => send(as, 'POST', '/api/meetings', payload),
    respond: (as: Principal, id: number, payload: object) => send(as, 'PUT', `/api/meetings/${id}/response`, payload),
    attendance: (as: Principal, id: number, payload: object) =>
      send(as, 'PUT', `/api/meetings/${id}/attendance`, payload),
    minutes: (as: Principal, id: number, minutes: string) =>
      send(as, 'PUT', `/api/meetings/${id}/minutes`, { minutes }),
    followUp: (as: Principal, id: number, payload: object) =>
      send(as, 'POST', `/api/meetings/${id}/follow-ups`, payload),
    updateFollowUp: (as: Principal, id: number, payload: object) =>
      send(as, 'POST', `/api/follow-ups/${id}/updates`, payload),
    material: (as: Principal, payload: object) => send(as, 'POST', '/api/media-kit', payload),
    publish: (as: Principal, payload: object) => send(as, 'POST', '/api/publications', payload),
  };
}
