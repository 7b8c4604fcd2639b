/**
 * After `vite build`: writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of
 * dist/, at the highest levels, once. The server sends them as they are (`preCompressed`), so a
 * phone on a slow link gets the small file without the server compressing on every request.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this size the headers of a compressed answer cost more than they save. */
const MIN_BYTES = 1024;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const dist = fileURLToPath(new URL('../dist', import.meta.url));
let raw = 0;
let brotli = 0;
for await (const path of files(dist)) {
  if (!COMPRESSIBLE.test(path) || (await stat(path)).size < MIN_BYTES) continue;
  const content = await readFile(path);
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  await writeFile(`${path}.br`, br);
  await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
  raw += content.length;
  brotli += br.length;
}
console.log(`precompressed ${Math.round(raw / 1024)} KB of assets to ${Math.round(brotli / 1024)} KB (Brotli)`);
