/**
 * The `pantau` command as a user runs it: a real process on the built CLI, a real database
 * file. `npm test` builds the server first.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pantau-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function pantau(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, PANTAU_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('pantau CLI', { timeout: 180_000 }, () => {
  it('has help on every command', () => {
    const help = pantau(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'users']) expect(help.stdout).toContain(command);
    for (const args of [
      ['serve'],
      ['migrate'],
      ['seed'],
      ['users'],
      ['users', 'add'],
      ['users', 'list'],
      ['users', 'password'],
    ]) {
      const result = pantau([...args, '--help']);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: pantau/);
    }
  });

  it('migrates an empty database file, then loads the demo data once', () => {
    expect(pantau(['migrate']).status).toBe(0);
    const seeded = pantau(['seed', '--demo', '--as-of', '2026-11-27', '--format', 'json']);
    expect(seeded.status).toBe(0);
    const result = JSON.parse(seeded.stdout);
    expect(result.counts).toMatchObject({ institutions: 619, periods: 2, aksi: 30 });
    expect(result.accounts.map((a: { role: string }) => a.role)).toEqual([
      'admin',
      'verifier',
      'observer',
      'focal_point',
      'contributor',
      'publicist',
      'contributor', // limited to one work unit
      'leader',
      'leader', // with the province view
    ]);
    const again = pantau(['seed', '--demo']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Basis data sudah berisi data');
    noStackTrace(again.stderr);
  });

  it('adds a user with the password from stdin and lists it', () => {
    pantau(['seed', '--demo', '--as-of', '2026-11-27']);
    const added = pantau(
      [
        'users',
        'add',
        '--email',
        'Inspektorat@SemarangKota.go.id',
        '--role',
        'focal_point',
        '--institution',
        '33.74',
        '--format',
        'json',
      ],
      { input: 'panjang-dan-rahasia-sekali\n' },
    );
    expect(added.status, added.stderr).toBe(0);
    const listed = JSON.parse(pantau(['users', 'list', '--format', 'json']).stdout);
    expect(listed).toContainEqual(
      expect.objectContaining({
        email: 'inspektorat@semarangkota.go.id',
        roles: ['focal_point'],
        institution: '33.74',
      }),
    );
    const table = pantau(['users', 'list']).stdout;
    expect(table.split('\n')[0]).toMatch(/^id\s+email\s+name\s+roles/);
  });

  it('explains bad input without a stack trace', () => {
    pantau(['migrate']);
    const cases: [string[], RegExp, string?][] = [
      [['users', 'add', '--email', 'ani@contoh.id', '--role', 'raja'], /Allowed choices are admin/],
      [
        ['users', 'add', '--email', 'bukan-email', '--role', 'admin'],
        /Alamat e-mail tidak valid/,
        'panjang-dan-rahasia-sekali',
      ],
      [['users', 'add', '--email', 'ani@contoh.id', '--role', 'admin'], /Kata sandi dibaca dari stdin/],
      [['users', 'add', '--email', 'ani@contoh.id', '--role', 'admin'], /Kata sandi minimal 12 karakter/, 'pendek'],
      [
        ['users', 'add', '--email', 'ani@contoh.id', '--role', 'contributor'],
        /wajib terikat pada satu instansi/,
        'panjang-dan-rahasia-sekali',
      ],
      [
        ['users', 'add', '--email', 'ani@contoh.id', '--role', 'focal_point', '--institution', '99.99'],
        /tidak ditemukan/,
        'panjang-dan-rahasia-sekali',
      ],
      [['seed', '--demo', '--as-of', '27-11-2026'], /YYYY-MM-DD/],
      [['users', 'password', '--email', 'siapa@b.id'], /Tidak ada akun/, 'panjang-dan-rahasia-sekali'],
      [['terbang'], /unknown command/],
    ];
    for (const [args, message, input] of cases) {
      const result = pantau(args, input === undefined ? {} : { input });
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stderr, args.join(' ')).toMatch(message);
      noStackTrace(result.stderr);
    }
    const badUrl = pantau(['migrate'], { env: { DATABASE_URL: 'mysql://x' } });
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toMatch(/DATABASE_URL must start with postgres/);
    const badPort = pantau(['migrate'], { env: { PORT: 'delapan' } });
    expect(badPort.stderr).toMatch(/PORT/);
    noStackTrace(badPort.stderr);
  });
});

describe('pantau audit verify', { timeout: 180_000 }, () => {
  it('passes on an untouched chain and names the first tampered entry', async () => {
    pantau(['seed', '--demo', '--as-of', '2026-11-27']);
    pantau(['users', 'add', '--email', 'auditor@bpkp.go.id', '--role', 'observer'], {
      input: 'panjang-dan-rahasia-sekali',
    });
    const intact = pantau(['audit', 'verify']);
    expect(intact.status, intact.stderr).toBe(0);
    // The server secret made for the demo's sealed authenticator secrets, the demo data, the account.
    expect(intact.stdout).toMatch(/audit chain intact: 3 entri/);

    const { default: Sqlite } = await import('better-sqlite3');
    const db = new Sqlite(join(dataDir, 'pantau.db'));
    db.prepare("update audit_log set change = '{}' where seq = 2").run();
    db.close();
    const broken = pantau(['audit', 'verify', '--format', 'json']);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, brokenAt: 2 });
    expect(pantau(['audit', 'verify']).stderr).toMatch(/RUSAK pada entri #2/);
  });
});

describe('pantau serve', { timeout: 180_000 }, () => {
  let server: ChildProcess | undefined;
  afterEach(() => {
    server?.kill('SIGKILL');
  });

  it('loads the demo data into an empty database, prints the URL and accounts, serves, and shuts down cleanly', async () => {
    // An upload a crash cut off: removed at start-up.
    const staging = join(dataDir, 'evidence', '.tmp');
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'upload-0b9e2c4e-8a51-4d6f-9a7b-3c2d1e0f9a8b'), 'sebagian');
    server = spawn(process.execPath, [CLI, 'serve'], {
      env: {
        PATH: process.env.PATH,
        PANTAU_DATA_DIR: dataDir,
        PORT: '0',
        LOG_LEVEL: 'silent',
        PANTAU_WEB_DIST: dataDir,
      },
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      server?.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match && output.includes('humas@demo.pantau.id')) resolve(match[1] as string);
      });
      server?.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
    });
    expect(output).toMatch(/admin\s+admin@demo\.pantau\.id\s+\S{12,}/);
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect(readdirSync(staging)).toEqual([]);
    const exited = new Promise<number | null>((resolve) => server?.on('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
