/**
 * What the officials' app's first page costs over the wire: index.html and every script, style
 * and preload it names, fetched as a browser would (Brotli accepted), counting the bytes that
 * actually travel. Chunks loaded later by the client (after sign-in) are not counted here: for a
 * contributor's home see `npm run bench:lighthouse`.
 */
import { get } from 'node:http';

/** Bytes on the wire for one GET, and the body decoded when it is HTML. */
function fetchRaw(url: string): Promise<{ status: number; bytes: number; html: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoded = response.headers['content-encoding'];
        const html = (response.headers['content-type'] ?? '').includes('html') && !encoded ? body.toString('utf8') : '';
        resolve({ status: response.statusCode ?? 0, bytes: body.length, html });
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** The sign-in page's total transfer, or undefined when the server has no web app. */
export async function signInPageWeight(base: string): Promise<{ bytes: number; files: number } | undefined> {
  // index.html travels uncompressed here if small; ask for it plain to read its references.
  const page = await new Promise<{ status: number; html: string }>((resolve, reject) => {
    get(`${base}/masuk`, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, html: Buffer.concat(chunks).toString('utf8') }),
      );
    }).on('error', reject);
  });
  if (page.status !== 200 || !page.html.includes('<script')) return undefined;
  const references = [...page.html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css|woff2))"/g)].map((m) => m[1] as string);
  let bytes = (await fetchRaw(`${base}/masuk`)).bytes;
  for (const path of new Set(references)) bytes += (await fetchRaw(`${base}${path}`)).bytes;
  return { bytes, files: 1 + new Set(references).size };
}
