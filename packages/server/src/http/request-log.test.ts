/** Public reads log at debug level (one in a hundred at info); every other request at info. */
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { testBlobStore } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';

describeEachDatabase('request logs', (database) => {
  it('keeps public reads out of the info log, except a sample, and logs other requests', async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const config = { ...loadConfig({ LOG_LEVEL: 'info' }), webDist: null };
    const app = await buildApp(
      { config, database: database(), clock: fixedClock('2026-11-27T03:00:00.000Z'), blobs: testBlobStore() },
      { logger: { stream } },
    );
    try {
      const logged = (msg: string) => lines.map((line) => JSON.parse(line)).filter((l) => l.msg === msg);
      for (let i = 0; i < 99; i++) expect((await app.inject('/api/public/periods')).statusCode).toBe(200);
      expect(logged('incoming request')).toHaveLength(0);
      expect(logged('request completed')).toHaveLength(0);
      expect((await app.inject('/api/auth/me')).statusCode).toBe(401);
      expect(logged('incoming request').map((l) => l.req.url)).toEqual(['/api/auth/me']);
      expect(logged('request completed')).toHaveLength(1);
      // The hundredth public read is sampled at info.
      await app.inject('/api/public/periods');
      expect(logged('request completed')).toHaveLength(2);
    } finally {
      await app.close();
    }
  });
});
