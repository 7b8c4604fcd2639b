/**
 * `pantau report …`, `pantau jobs …` and `pantau mail …` as a user runs them: the built CLI as a
 * real process on a database file holding the demo dataset. `npm test` builds the server first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPantau } from '../test-support/cli-process.js';

let dataDir: string;
const pantau = (args: string[]) => runPantau(dataDir, args);

describe('pantau report, jobs and mail', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pantau-report-cli-'));
    expect(pantau(['seed', '--demo', '--as-of', '2026-11-27', '--format', 'json']).status).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes the quarterly report as PDF and XLSX and a report card, with progress on stderr', () => {
    const pdf = join(dataDir, 'laporan.pdf');
    const quarterly = pantau(['report', 'quarterly', '--period', '2025-2026', '--quarter', '6', '--out', pdf]);
    expect(quarterly.status, quarterly.stderr).toBe(0);
    expect(quarterly.stdout).toBe('');
    expect(quarterly.stderr).toMatch(/pdf: (\d+)\/\1\n/);
    expect(quarterly.stderr).toContain(`Selesai / done: ${pdf}`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const xlsx = join(dataDir, 'laporan.xlsx');
    const sheet = pantau([
      'report',
      'quarterly',
      '--period',
      '2025-2026',
      '--quarter',
      '6',
      '--format',
      'xlsx',
      '--out',
      xlsx,
    ]);
    expect(sheet.status, sheet.stderr).toBe(0);
    expect(sheet.stderr).toMatch(/xlsx: (\d+)\/\1\n/);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    const card = join(dataDir, 'rapor.pdf');
    const result = pantau([
      'report',
      'card',
      '--institution',
      '33.74',
      '--period',
      '2025-2026',
      '--quarter',
      '6',
      '--out',
      card,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(card).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('explains a bad quarter or an unknown institution without a stack trace', () => {
    const quarter = pantau([
      'report',
      'quarterly',
      '--period',
      '2025-2026',
      '--quarter',
      '9',
      '--out',
      join(dataDir, 'x.pdf'),
    ]);
    expect(quarter.status).toBe(1);
    expect(quarter.stderr).toContain('--quarter');
    const card = pantau([
      'report',
      'card',
      '--institution',
      '99.99',
      '--period',
      '2025-2026',
      '--quarter',
      '2',
      '--out',
      join(dataDir, 'y.pdf'),
    ]);
    expect(card.status).toBe(1);
    expect(card.stderr).toContain('Instansi tidak ditemukan.');
    expect(card.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 60_000);

  it('runs the scheduler once and shows jobs and the outbox', () => {
    const once = pantau(['jobs', 'run-once', '--format', 'json']);
    expect(once.status, once.stderr).toBe(0);
    const tick = JSON.parse(once.stdout);
    expect(tick).toMatchObject({ mail: { sent: 0, retrying: 0, failed: 0 } });
    expect(tick.runs.every((r: { status: string }) => r.status === 'done')).toBe(true);
    const again = JSON.parse(pantau(['jobs', 'run-once', '--format', 'json']).stdout);
    expect(again.runs).toEqual([]);
    const jobs = pantau(['jobs', 'list', '--format', 'json']);
    expect(jobs.status).toBe(0);
    expect(JSON.parse(jobs.stdout).length).toBe(tick.runs.length);
    const mail = pantau(['mail', 'list', '--status', 'pending']);
    expect(mail.status).toBe(0);
    expect(mail.stderr).toContain('PANTAU_SMTP_URL');
  }, 60_000);
});
