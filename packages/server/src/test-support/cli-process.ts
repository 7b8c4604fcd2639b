/**
 * The built `pantau` command as a real process on a data folder of its own (`npm test` builds the
 * server first), for tests of the command line.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** Runs `pantau <args>` on `dataDir`; its exit status and output. */
export function runPantau(dataDir: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, PANTAU_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    input: '',
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
