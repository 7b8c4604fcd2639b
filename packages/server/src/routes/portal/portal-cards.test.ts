/**
 * The infographic card as PNG (DejaVu Sans, no system fonts): both sizes, the institution's own
 * text, cached by ETag, and the social preview image of the institution page.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { acceptedReport, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PUBLIC_URL = 'https://pantau.example.go.id';

/** Width and height from the IHDR chunk, the first after the signature. */
function pngSize(png: Buffer) {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describeEachDatabase('infographic cards as PNG', (database) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { publicUrl: PUBLIC_URL, publicUrlSet: true });
    const cycle = await startCycle(app, database(), clock);
    await acceptedReport(app, cycle, '1.1-TW2', 80);
  });
  afterEach(() => app.close());

  it('renders both sizes as PNG with each institution’s text, cached with an ETag', async () => {
    const preview = await app.inject(`/kartu/${FIXTURE_INSTITUTIONS.semarang}.png`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/png');
    expect(preview.headers['cache-control']).toBe('public, max-age=60');
    expect(preview.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(preview.rawPayload.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(preview.rawPayload)).toEqual({ width: 1200, height: 630 });
    const square = await app.inject(`/kartu/${FIXTURE_INSTITUTIONS.semarang}.png?size=square`);
    expect(pngSize(square.rawPayload)).toEqual({ width: 1080, height: 1080 });

    const again = await app.inject({
      url: `/kartu/${FIXTURE_INSTITUTIONS.semarang}.png`,
      headers: { 'if-none-match': String(preview.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);

    const surabaya = await app.inject(`/kartu/${FIXTURE_INSTITUTIONS.surabaya}.png`);
    expect(pngSize(surabaya.rawPayload)).toEqual({ width: 1200, height: 630 });
    expect(surabaya.rawPayload.equals(preview.rawPayload)).toBe(false);
    expect(surabaya.headers.etag).not.toBe(preview.headers.etag);
    expect((await app.inject('/kartu/99.99.png')).statusCode).toBe(404);
  });

  it('uses the PNG under the configured public URL as the page’s social preview', async () => {
    const page = await app.inject(`/instansi/${FIXTURE_INSTITUTIONS.semarang}`);
    // The card shows the quarter the page judges (none yet while Triwulan II is being verified).
    const image = `${PUBLIC_URL}/kartu/33.74.png?period=2025-2026&amp;size=preview`;
    expect(page.body).toContain(`<meta property="og:image" content="${image}">`);
    expect(page.body).toContain('<meta property="og:image:type" content="image/png">');
    expect(page.body).toContain(`<meta name="twitter:image" content="${image}">`);
    expect(page.body).toContain(`href="/kartu/33.74.png?period=2025-2026&amp;size=square" download`);
  });
});
