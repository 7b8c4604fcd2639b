/**
 * A Pantau server as a separate process (`pantau serve` from the built CLI) on 127.0.0.1 with a
 * free port, and its memory as the kernel reports it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, DATA_DIR, type Instance } from './targets.js';

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Current resident set size, bytes. */
  rss(): number;
  /** Peak resident set size since start (VmHWM), bytes. */
  peakRss(): number;
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

/** Starts `pantau serve` on `instance`; resolves once it listens. */
export function startServer(instance: Instance, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
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
        rss: () => statusField(pid, 'VmRSS'),
        peakRss: () => statusField(pid, 'VmHWM'),
        sampleRss() {
          let peak = statusField(pid, 'VmRSS');
          const interval = setInterval(() => {
            peak = Math.max(peak, statusField(pid, 'VmRSS'));
          }, 100);
          return () => {
            clearInterval(interval);
            return Math.max(peak, statusField(pid, 'VmRSS'));
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
