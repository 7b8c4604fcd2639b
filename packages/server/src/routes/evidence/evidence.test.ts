import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
const SCRIPT = Buffer.from('#!/bin/sh\nrm -rf /\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describeEachDatabase('evidence', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let api: ReturnType<typeof cycleApi>;
  let reportId: number;
  const maxUploadBytes = 200 * 1024;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { maxUploadBytes });
    cycle = await startCycle(app, database(), clock);
    api = cycleApi(app);
    reportId = (await api.open(cycle.contributor, '1.1-TW2')).json().id;
  });
  afterEach(() => app.close());

  it('refuses HTML, SVG, scripts and executables by content, even when renamed', async () => {
    for (const [name, content, reason] of [
      ['laporan.pdf', HTML, 'HTML'],
      ['foto.png', SVG, 'SVG'],
      ['data.csv', SCRIPT, 'skrip'],
      ['notulen.docx', EXE, 'program'],
    ] as const) {
      const response = await api.upload(cycle.contributor, reportId, name, content, 0);
      expect(response.statusCode, name).toBe(415);
      expect(response.json().error.code).toBe('file_type_refused');
      expect(response.json().error.message.toLowerCase(), name).toContain(reason.toLowerCase());
    }
    const accepted = await api.upload(cycle.contributor, reportId, 'bukan-gambar.pdf', PNG, 0);
    expect(accepted.statusCode).toBe(201);
    // The stored name follows the content: a PNG stays a PNG whatever it was called.
    expect(accepted.json()).toMatchObject({ mimeType: 'image/png', fileName: 'bukan-gambar.png' });
    const report = (await api.get(cycle.contributor, reportId)).json();
    expect(report.evidence).toHaveLength(1);
  });

  it('refuses an oversized upload without filling the disk', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(maxUploadBytes * 3, 0x20)]);
    const response = await api.upload(cycle.contributor, reportId, 'besar.pdf', big, 0);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toMatch(/terlalu besar.*MB/);
    const report = (await api.get(cycle.contributor, reportId)).json();
    expect(report.evidence).toEqual([]);
  });

  it('stores a retried upload with the same Idempotency-Key once', async () => {
    const first = await api.upload(cycle.contributor, reportId, 'notulen.pdf', PDF, 0, 'upload-abc-123456');
    const retry = await api.upload(cycle.contributor, reportId, 'notulen.pdf', PDF, 0, 'upload-abc-123456');
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
    expect((await api.get(cycle.contributor, reportId)).json().evidence).toHaveLength(1);
  });

  it('downloads as an attachment with the content hash, and only for those who may read the report', async () => {
    const uploaded = (await api.upload(cycle.contributor, reportId, 'Notulen "Rakor" Juli.pdf', PDF, 0)).json();
    // The verifier of the aksi reads it once the report is submitted.
    const { version } = (await api.get(cycle.contributor, reportId)).json();
    await api.move(cycle.focalPoint, reportId, { action: 'submit', version });
    const download = await callAs(app, cycle.verifier, { url: `/api/evidence/${uploaded.id}/file` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['x-content-sha256']).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''/);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((await callAs(app, cycle.otherFocalPoint, { url: `/api/evidence/${uploaded.id}/file` })).statusCode).toBe(
      404,
    );
  });

  it('accepts http(s) links only, and maps evidence to an existing checklist item', async () => {
    expect((await api.link(cycle.contributor, reportId, 'javascript:alert(1)', 0)).statusCode).toBe(400);
    expect((await api.link(cycle.contributor, reportId, 'ftp://contoh.go.id/x', 0)).statusCode).toBe(400);
    const outOfRange = await api.link(cycle.contributor, reportId, 'https://contoh.go.id/x', 5);
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().error.message).toContain('2 butir data dukung');
  });

  it('withdraws evidence with a reason, keeping it in the history', async () => {
    const uploaded = (await api.upload(cycle.contributor, reportId, 'salah.pdf', PDF, 0)).json();
    const removed = await callAs(app, cycle.contributor, {
      method: 'POST',
      url: `/api/reports/${reportId}/evidence/${uploaded.id}/remove`,
      payload: { reason: 'Salah unggah berkas.' },
    });
    expect(removed.json()).toMatchObject({ removedReason: 'Salah unggah berkas.' });
    const report = (await api.get(cycle.contributor, reportId)).json();
    expect(report.evidence).toHaveLength(1);
    expect(report.checklist[0].covered).toBe(false);
  });
});

it('leaves no temp file behind after a refused upload', async () => {
  const { createTestDatabase } = await import('../../test-support/databases.js');
  const { LocalBlobStore } = await import('../../storage/local-blob-store.js');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { loadConfig } = await import('../../config.js');
  const { buildApp } = await import('../../app.js');
  const database = await createTestDatabase('sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'pantau-blobs-'));
  const clock = fixedClock('2025-07-01T03:00:00.000Z');
  const app = await buildApp(
    {
      config: { ...loadConfig({ LOG_LEVEL: 'silent' }), webDist: null, maxUploadBytes: 50_000 },
      database,
      clock,
      blobs: new LocalBlobStore(dir),
    },
    { logger: false },
  );
  try {
    const cycle = await startCycle(app, database, clock);
    const api = cycleApi(app);
    const id = (await api.open(cycle.contributor, '1.1-TW2')).json().id;
    expect(
      (await api.upload(cycle.contributor, id, 'besar.pdf', Buffer.concat([PDF, Buffer.alloc(200_000)]), 0)).statusCode,
    ).toBe(413);
    expect((await api.upload(cycle.contributor, id, 'x.pdf', HTML, 0)).statusCode).toBe(415);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files).toEqual([]);
  } finally {
    await app.close();
    await database.close();
  }
});
