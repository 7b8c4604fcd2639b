/**
 * `pantau periods create` as an admin runs it: the built CLI as a real process on a database file
 * holding the demo dataset. `npm test` builds the server first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPantau } from '../test-support/cli-process.js';

let dataDir: string;
const pantau = (args: string[]) => runPantau(dataDir, args);

describe('pantau periods', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pantau-periods-cli-'));
    expect(pantau(['seed', '--demo', '--as-of', '2026-11-27', '--format', 'json']).status).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates 2027–2028 (en dash) with its quarters and a copy of the 2025–2026 catalogue', () => {
    const created = pantau([
      'periods',
      'create',
      '--code',
      '2027–2028',
      '--copy-catalogue-from',
      '2025–2026',
      '--format',
      'json',
    ]);
    expect(created.status, created.stderr).toBe(0);
    const body = JSON.parse(created.stdout);
    expect(body.period).toMatchObject({ code: '2027-2028', status: 'draft', startYear: 2027 });
    expect(body.period.quarters).toHaveLength(8);
    expect(body.period.quarters[0]).toMatchObject({ startsOn: '2027-01-01', endsOn: '2027-03-31', status: 'planned' });
    expect(body.period.quarters[7]).toMatchObject({ startsOn: '2028-10-01', endsOn: '2028-12-31' });
    expect(body.copied.from).toBe('2025-2026');
    expect(body.copied.targets).toBeGreaterThan(0);
    expect(body.copied.assignments).toBeGreaterThan(0);

    const list = pantau(['periods', 'list']);
    expect(list.stdout).toMatch(/2027-2028 .* draft/);

    const again = pantau(['periods', 'create', '--code', '2027-2028']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Periode 2027-2028 sudah ada.');
    const wrong = pantau(['periods', 'create', '--code', '2027-2029']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('dua tahun berurutan');
  }, 180_000);
});
