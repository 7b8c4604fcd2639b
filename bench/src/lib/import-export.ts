/**
 * Spreadsheet import of assignments and the CSV export of every report, through the API, when the
 * build has those routes (looked up in the OpenAPI document); otherwise reported as unavailable.
 */
import { type Client, multipart } from './http.js';
import type { Database } from './server.js';

export interface ImportExportResult {
  available: boolean;
  endpoint?: string;
  note?: string;
  seconds?: number;
  rows?: number;
  bytes?: number;
  status?: number;
  summary?: unknown;
}

const IMPORT_ROUTE = '/api/import/{kind}';
const EXPORT_ROUTE = '/api/exports/reports.{format}';

async function hasRoute(client: Client, route: string): Promise<boolean> {
  const spec = await client.request<{ paths?: Record<string, unknown> }>('GET', '/api/openapi.json');
  return route in (spec.body.paths ?? {});
}

/**
 * A CSV of up to `rows` distinct assignment rows (`periode,kode_output,aturan,kode_instansi`): for
 * every output of every period, each type rule and then every institution as a list row — the way
 * a national secretariat re-sends its whole assignment table. 40 outputs × 4 periods × (6 type
 * rules + 619 institutions) is exactly 100,000 rows.
 */
async function assignmentSheet(database: Database, rows: number): Promise<{ csv: Buffer; rows: number }> {
  const outputs = await database.db
    .selectFrom('outputs')
    .innerJoin('periods', 'periods.id', 'outputs.period_id')
    .select(['periods.code as period', 'outputs.code as output'])
    .orderBy('periods.code')
    .orderBy('outputs.code')
    .execute();
  const institutions = (await database.db.selectFrom('institutions').select('code').orderBy('code').execute()).map(
    (i) => i.code,
  );
  const kinds = ['all_kl', 'all_provinces', 'all_kabupaten', 'all_kota', 'all_kabupaten_kota', 'all_pemda'];
  const lines = ['periode,kode_output,aturan,kode_instansi'];
  for (const { period, output } of outputs) {
    for (const kind of kinds) lines.push(`${period},${output},${kind},`);
    for (const code of institutions) lines.push(`${period},${output},list,${code}`);
    if (lines.length > rows) break;
  }
  const body = lines.slice(0, rows + 1);
  return { csv: Buffer.from(`${body.join('\n')}\n`), rows: body.length - 1 };
}

/** Imports (checks, then commits) a spreadsheet of `rows` assignment rows. */
export async function measureImport(
  client: Client,
  database: Database,
  options: { rows: number },
): Promise<ImportExportResult> {
  if (!(await hasRoute(client, IMPORT_ROUTE))) return { available: false, note: 'no import route in this build' };
  const sheet = await assignmentSheet(database, options.rows);
  const file = multipart('penugasan.csv', sheet.csv, 'text/csv');
  const started = performance.now();
  const response = await client.request<{ summary?: unknown; problems?: unknown[] }>(
    'POST',
    '/api/import/assignments?dryRun=false',
    { body: file.body, headers: file.headers, timeoutMs: 600_000 },
  );
  return {
    available: true,
    endpoint: 'POST /api/import/assignments?dryRun=false (CSV)',
    rows: sheet.rows,
    bytes: sheet.csv.length,
    status: response.status,
    seconds: Math.round(performance.now() - started) / 1000,
    summary: response.body.summary ?? response.body,
  };
}

/** Downloads the CSV export of every report (all periods), counting its rows. */
export async function measureExport(client: Client): Promise<ImportExportResult> {
  if (!(await hasRoute(client, EXPORT_ROUTE)))
    return { available: false, note: 'no report export route in this build' };
  const started = performance.now();
  const response = await client.request<string>('GET', '/api/exports/reports.csv', { timeoutMs: 600_000 });
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  return {
    available: true,
    endpoint: 'GET /api/exports/reports.csv',
    status: response.status,
    seconds: Math.round(performance.now() - started) / 1000,
    bytes: Buffer.byteLength(text),
    rows: text.split('\n').filter(Boolean).length - 1,
  };
}
