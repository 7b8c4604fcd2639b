import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { removeStagingFiles } from './staging.js';

it('removes the staging files a crash left, and nothing else', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'pantau-staging-')), '.tmp');
  await mkdir(dir);
  const left = ['upload-0b9e2c4e-8a51-4d6f-9a7b-3c2d1e0f9a8b', 'staged-1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'];
  for (const name of [...left, 'catatan.txt']) await writeFile(join(dir, name), 'sebagian');
  expect(await removeStagingFiles(dir)).toBe(2);
  expect(await readdir(dir)).toEqual(['catatan.txt']);
  expect(await removeStagingFiles(join(dir, 'tidak-ada'))).toBe(0);
});
