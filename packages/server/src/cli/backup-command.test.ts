/**
 * `pantau backup` and `pantau restore` as an operator runs them: the built CLI on real files.
 * (The row-by-row round trip on both engines is in services/operations/backup.service.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-backup-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function pantau(dataDir: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, PANTAU_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pantau backup / restore', { timeout: 180_000 }, () => {
  it('backs up a live instance and restores it into a new data folder with an intact audit chain', () => {
    const source = join(dir, 'source');
    const restored = join(dir, 'restored');
    const backup = join(dir, 'backup');
    expect(pantau(source, ['seed', '--demo', '--as-of', '2026-11-27']).status).toBe(0);

    const made = pantau(source, ['backup', '--out', backup, '--format', 'json']);
    expect(made.status, made.stderr).toBe(0);
    const manifest = JSON.parse(made.stdout);
    expect(manifest).toMatchObject({ format: 'pantau-backup', engine: 'sqlite', evidence: { files: 3 } });
    expect(readdirSync(backup).sort()).toEqual(['database.sqlite', 'evidence', 'manifest.json']);

    const back = pantau(restored, ['restore', '--from', backup, '--format', 'json']);
    expect(back.status, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({
      engine: 'sqlite',
      auditEntries: manifest.auditHead.seq,
      evidenceFiles: 3,
      rows: Object.values(manifest.tables as Record<string, number>).reduce((a, b) => a + b, 0),
    });
    expect(pantau(restored, ['audit', 'verify']).status).toBe(0);

    const again = pantau(restored, ['restore', '--from', backup]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Basis data tujuan sudah berisi tabel');
    expect(pantau(join(dir, 'other'), ['restore', '--from', join(dir, 'nothing')]).stderr).toContain(
      'bukan cadangan Pantau yang lengkap',
    );
    expect(existsSync(join(dir, 'other', 'pantau.db'))).toBe(false);
  });
});
