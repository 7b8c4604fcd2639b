/** `pantau import` and `pantau export` as a user runs them: the built CLI on a real database file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pantau-cli-import-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function pantau(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, PANTAU_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pantau import / export', { timeout: 180_000 }, () => {
  it('checks with --dry-run, commits, changes nothing the second time, and exports the list', () => {
    const file = join(dataDir, 'instansi.csv');
    writeFileSync(
      file,
      'kode_instansi;nama\n33;Provinsi Jawa Tengah\n33.74;Kota Semarang\nKEMENDAGRI;Kementerian Dalam Negeri\n',
    );

    const dry = pantau(['import', 'institutions', file, '--dry-run', '--format', 'json']);
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ committed: false, summary: { create: 3, update: 0, unchanged: 0 } });
    const empty = pantau(['export', 'institutions']);
    expect(empty.stdout.replace(/^\uFEFF/, '').trim()).toBe('kode_instansi,nama,jenis,kode_provinsi,kode_induk');

    expect(pantau(['import', 'institutions', file]).stdout).toContain('Disimpan / saved.');
    const again = pantau(['import', 'institutions', file, '--format', 'json']);
    expect(JSON.parse(again.stdout).summary).toEqual({ create: 0, update: 0, unchanged: 3 });

    const exported = pantau(['export', 'institutions', '--format', 'csv']);
    expect(
      exported.stdout
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(1, 4),
    ).toEqual([
      '33,Provinsi Jawa Tengah,provinsi,33,',
      '33.74,Kota Semarang,kota,33,33',
      'KEMENDAGRI,Kementerian Dalam Negeri,kl,,',
    ]);
  });

  it('lists problems and exits 1, naming sheet, row and column', () => {
    const file = join(dataDir, 'penugasan.csv');
    writeFileSync(file, 'periode,kode_output,aturan\n2025-2026,1.1,semua\n');
    const result = pantau(['import', 'assignments', file, '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'penugasan  2      aturan  Row 2, column aturan: semua is not a known assignment rule',
    );
    expect(pantau(['import', 'users', join(dataDir, 'missing.csv')]).stderr).toContain('file not found');
  });
});
