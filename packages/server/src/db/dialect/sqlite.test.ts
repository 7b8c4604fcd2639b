/** The settings every SQLite connection of the app opens with, serving and read-only alike. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PAGE_CACHE_KIB, sqliteDialect, sqliteReaderDialect } from './sqlite.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-sqlite-settings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes ahead, checks foreign keys and keeps a small page cache on the serving connection', () => {
  const connection = sqliteDialect(join(dir, 'serving.db')).sqlite;
  if (!connection) throw new Error('no SQLite connection');
  expect(connection.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(connection.pragma('foreign_keys', { simple: true })).toBe(1);
  // A negative size is in KiB: the operating system's file cache holds the pages beyond it.
  expect(connection.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
  connection.close();
});

it('keeps the same small page cache on a read-only connection (the figures worker)', () => {
  sqliteDialect(join(dir, 'shared.db')).sqlite?.close();
  const reader = sqliteReaderDialect(join(dir, 'shared.db')).sqlite;
  if (!reader) throw new Error('no SQLite connection');
  expect(reader.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
  reader.close();
});
