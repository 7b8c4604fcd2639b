/**
 * A Pantau server as a separate process (`pantau serve` from the built CLI, with `--workers N`
 * if asked) on 127.0.0.1 with a free port, and its memory as the kernel reports it: with workers,
 * the supervisor's and every worker's added up.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { CLI, DATA_DIR, type Instance } from './targets.js';

export interface ServerProcess {
  url: string;
  /** The `pantau serve` process: the server, or the supervisor of its workers. */
  pid: number;
  child: ChildProcess;
  /** The worker processes (none without `--workers`), oldest first. */
  workerPids(): number[];
  /** Current resident set size, bytes (of all its processes). */
  rss(): number;
  /**
   * Peak resident set size since start (VmHWM), bytes; with workers, the sum of each process's
   * peak (an upper bound: the peaks need not coincide), workers replaced meanwhile not counted.
   */
  peakRss(): number;
  /** CPU time (user + system) used so far, seconds (of all its processes). */
  cpuSeconds(): number;
  /** Samples RSS every 100 ms until the returned function is called; it returns the largest sample. */
  sampleRss(): () => number;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A port nothing listens on right now. Workers need a fixed port, as in production: with PORT=0
 * the shared port lasts only while some worker holds it, and were all workers down at once their
 * replacements would listen on a new one.
 */
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

/** The kernel's clock ticks per second, in which /proc/<pid>/stat counts CPU time. */
let ticksPerSecond: number | undefined;

/** CPU time (user + system) `pid` has used so far, seconds; 0 once it is gone. */
export function processCpuSeconds(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is the 3rd, utime the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** The processes `pid` started, oldest first. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** A status field summed over `pid` and its children. */
function treeField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  return [pid, ...childPids(pid)].reduce((sum, p) => sum + statusField(p, field), 0);
}

/** Starts `pantau serve [args]` on `instance`; resolves once it listens. */
export function startServer(
  instance: Instance,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<ServerProcess> {
  // PANTAU_BENCH_SERVER_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/pantau-prof`: where the server spends a phase.
  const nodeArgs = (process.env.PANTAU_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, CLI, 'serve', ...args], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: instance.url,
      PANTAU_DATA_DIR: instance.dataDir,
      PANTAU_DEMO: 'off',
      PANTAU_WEB_DIST: join(DATA_DIR, 'no-web-app'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /is running at\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      const pid = child.pid as number;
      resolve({
        url: match[1] as string,
        pid,
        child,
        workerPids: () => childPids(pid),
        rss: () => treeField(pid, 'VmRSS'),
        peakRss: () => treeField(pid, 'VmHWM'),
        cpuSeconds: () => [pid, ...childPids(pid)].reduce((sum, p) => sum + processCpuSeconds(p), 0),
        sampleRss() {
          let peak = treeField(pid, 'VmRSS');
          const interval = setInterval(() => {
            peak = Math.max(peak, treeField(pid, 'VmRSS'));
          }, 100);
          return () => {
            clearInterval(interval);
            return Math.max(peak, treeField(pid, 'VmRSS'));
          };
        },
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
        async kill() {
          if (child.exitCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      // Kept for the start-up error message only: the last few kilobytes.
      output = (output + chunk.toString('utf8')).slice(-8192);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
}
