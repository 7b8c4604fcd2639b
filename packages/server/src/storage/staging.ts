/**
 * Uploads are received into a staging directory and moved into place once complete. A process
 * that crashed mid-upload leaves its staging file behind; start-up removes them, before any
 * worker takes requests (so no upload in progress can be removed).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Names the upload intake and the blob stores give their staging files. */
const STAGING_FILE = /^(upload|staged)-[0-9a-f-]{36}$/;

/** Removes the staging files left in `dir`; returns how many. A missing directory has none. */
export async function removeStagingFiles(dir: string): Promise<number> {
  const names = await readdir(dir).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const stale = names.filter((name) => STAGING_FILE.test(name));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale.length;
}
