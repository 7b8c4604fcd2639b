/**
 * The deployment kit put together on this machine for the test, from the real files in deploy/:
 * templates rendered by deploy/render, a self-signed certificate, nginx as its own instance
 * (own prefix, configuration, logs and ports on 127.0.0.1, in the foreground), and the systemd
 * unit read for the command and environment that start Pantau.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEPLOY = join(ROOT, 'deploy');

/** The nginx binary: Debian's, or the first on PATH. */
export function nginxBinary(): string {
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('nginx is not installed: apt-get install nginx (npm run test:deploy needs it)');
  return found;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Renders `template` (a file or a folder under deploy/) into `output` with deploy/render. */
export function render(template: string, output: string, values: Record<string, string | number>): void {
  const result = spawnSync(
    join(DEPLOY, 'render'),
    [join(DEPLOY, template), output, ...Object.entries(values).map(([name, value]) => `${name}=${value}`)],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`deploy/render ${template} failed:\n${result.stderr}`);
}

/** A self-signed certificate for localhost and 127.0.0.1; returns the file paths and the PEM. */
export function selfSignedCertificate(dir: string): { certificate: string; key: string; pem: string } {
  const certificate = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl could not make a certificate:\n${result.stderr}`);
  return { certificate, key, pem: readFileSync(certificate, 'utf8') };
}

/** The parts of a systemd unit that start the service. */
export interface Unit {
  /** Environment= assignments, in order. */
  environment: Record<string, string>;
  environmentFiles: string[];
  /** ExecStart= split into words (the kit's units use no quoting there). */
  execStart: string[];
  workingDirectory: string | undefined;
  text: string;
}

/** Reads a rendered unit file. */
export function readUnit(path: string): Unit {
  const text = readFileSync(path, 'utf8');
  const unit: Unit = { environment: {}, environmentFiles: [], execStart: [], workingDirectory: undefined, text };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || !line.includes('=')) continue;
    const key = line.slice(0, line.indexOf('='));
    const value = line.slice(line.indexOf('=') + 1);
    if (key === 'Environment') {
      const name = value.slice(0, value.indexOf('='));
      unit.environment[name] = value.slice(value.indexOf('=') + 1);
    } else if (key === 'EnvironmentFile') unit.environmentFiles.push(value);
    else if (key === 'ExecStart') unit.execStart = value.split(/\s+/);
    else if (key === 'WorkingDirectory') unit.workingDirectory = value;
  }
  return unit;
}

/** `systemd-analyze verify` on unit files: everything it says is a finding, even with exit code 0. */
export function verifyUnits(dir: string, names: string[]): { status: number | null; findings: string } {
  const result = spawnSync('systemd-analyze', ['verify', ...names.map((name) => `./${name}`)], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`systemd-analyze is not installed (apt-get install systemd): ${result.error}`);
  return { status: result.status, findings: `${result.stdout}${result.stderr}`.trim() };
}

/** An nginx running in the foreground with its own prefix. */
export interface Nginx {
  /** `nginx -t` output. */
  checked: string;
  errorLog(): string;
  stop(): Promise<void>;
}

/** Writes a main configuration around `site`, checks it with `nginx -t`, starts nginx. */
export async function startNginx(dir: string, site: string, ports: number[]): Promise<Nginx> {
  const prefix = join(dir, 'nginx');
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const config = join(prefix, 'nginx.conf');
  // The test's own main file (Debian's /etc/nginx/nginx.conf plays this part on a server): what
  // the site needs from it is the http context with the MIME types, as Debian's includes them.
  writeFileSync(
    config,
    [
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${join(prefix, 'logs', 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(prefix, `${kind}_temp`)};`,
      ),
      `  include ${site};`,
      '}',
      '',
    ].join('\n'),
  );
  const binary = nginxBinary();
  const args = ['-p', `${prefix}/`, '-c', config, '-e', join(prefix, 'logs', 'error.log')];
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const errorLog = () => {
    const file = join(prefix, 'logs', 'error.log');
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  for (const port of ports) await waitForPort(port, child, errorLog);
  return {
    checked: check.stderr,
    errorLog,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx does not listen on ${port}:\n${log()}`);
    await pause(50);
  }
}
