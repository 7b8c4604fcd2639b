/**
 * Backup and restore of a whole instance: one consistent database snapshot plus every evidence
 * file the snapshot refers to, with a manifest of what it holds (row counts per table, the audit
 * chain head, the files and their hashes) so that a restore can prove it got everything back.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { verifyAuditChain } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import { type Database, openDatabase } from '../../db/database.js';
import {
  isEmptyDatabase,
  listTables,
  restoreSnapshot,
  SNAPSHOT_FILE,
  snapshotDatabase,
} from '../../db/dialect/backup.js';
import { type DialectName, isPostgresUrl } from '../../db/dialect/index.js';
import { getAuditHead } from '../../db/repositories/audit.repository.js';
import { countRows, listEvidenceBlobs } from '../../db/repositories/backup.repository.js';
import type { DB } from '../../db/schema.js';
import { AppError, ConflictError } from '../../errors.js';
import type { BlobStore } from '../../storage/blob-store.js';
import { VERSION } from '../../version.js';

/** What a backup directory holds, written last: a directory without it is incomplete. */
export interface BackupManifest {
  format: 'pantau-backup';
  formatVersion: 1;
  pantauVersion: string;
  createdAt: string;
  engine: DialectName;
  /** The snapshot's file name in the backup directory. */
  snapshot: string;
  /** Rows per table in the snapshot. */
  tables: Record<string, number>;
  auditHead: { seq: number; hash: string };
  /** Evidence files (by SHA-256) under `evidence/`, the ones the snapshot's evidence rows name. */
  evidence: { files: number; bytes: number; items: EvidenceBlob[] };
}

interface EvidenceBlob {
  sha256: string;
  size: number;
  mime: string;
}

/** What a restore brought back and checked. */
export interface RestoreResult {
  engine: DialectName;
  tables: number;
  rows: number;
  auditEntries: number;
  evidenceFiles: number;
}

const MANIFEST = 'manifest.json';
const EVIDENCE_DIR = 'evidence';
/** Evidence files copied at once: enough to hide an object store's latency. */
const COPY_CONCURRENCY = 8;

class BackupError extends AppError {
  constructor(id: string, en: string) {
    super(422, 'backup_invalid', { id, en });
  }
}

/**
 * Writes a backup of the instance to `outDir` (absent or empty). Evidence files are copied after
 * the snapshot: they are immutable and stored before the row that names them commits, so every
 * file the snapshot refers to already exists.
 */
export async function createBackup(
  source: { database: Database; url: string; blobs: BlobStore },
  outDir: string,
  clock: Clock,
): Promise<BackupManifest> {
  await prepareEmptyDirectory(outDir);
  const engine = source.database.dialect.name;
  const snapshot = SNAPSHOT_FILE[engine];
  const contents = await snapshotDatabase(source.database, source.url, join(outDir, snapshot), (db) =>
    describeContents(db, engine),
  );
  let bytes = 0;
  await forEachConcurrently(contents.blobs, COPY_CONCURRENCY, async (blob) => {
    const target = blobPath(outDir, blob.sha256);
    await mkdir(join(target, '..'), { recursive: true });
    await copyVerified(await source.blobs.get(blob.sha256), target, blob.sha256);
    bytes += blob.size;
  });
  const manifest: BackupManifest = {
    format: 'pantau-backup',
    formatVersion: 1,
    pantauVersion: VERSION,
    createdAt: clock.now().toISOString(),
    engine,
    snapshot,
    tables: contents.tables,
    auditHead: contents.auditHead,
    evidence: { files: contents.blobs.length, bytes, items: contents.blobs },
  };
  await writeFile(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Restores the backup in `fromDir` into the empty database at `url` and the evidence store
 * `blobs`, then checks the result: every table's row count, the audit chain (walked in full and
 * ending at the recorded head) and every evidence file. Throws at the first difference.
 */
export async function restoreBackup(
  target: { url: string; blobs: BlobStore },
  fromDir: string,
): Promise<RestoreResult> {
  const manifest = await readManifest(fromDir);
  const engine: DialectName = isPostgresUrl(target.url) ? 'postgres' : 'sqlite';
  if (manifest.engine !== engine) {
    throw new BackupError(
      `Cadangan ini dari ${manifest.engine}; pulihkan ke basis data ${manifest.engine} yang kosong.`,
      `This backup is of ${manifest.engine}; restore it into an empty ${manifest.engine} database.`,
    );
  }
  if (target.url === 'sqlite::memory:' || !(await isEmptyDatabase(target.url))) {
    throw new ConflictError('restore_target_not_empty', {
      id: 'Basis data tujuan sudah berisi tabel. Pulihkan ke basis data baru yang kosong (atau hapus berkas SQLite-nya).',
      en: 'The target database already holds tables. Restore into a new, empty database (or remove its SQLite file).',
    });
  }
  // Files first, each checked against its hash: a damaged backup stops here with the database untouched.
  await forEachConcurrently(manifest.evidence.items, COPY_CONCURRENCY, (blob) =>
    restoreBlob(target.blobs, blobPath(fromDir, blob.sha256), blob),
  );
  await restoreSnapshot(target.url, join(fromDir, manifest.snapshot));

  const database = openDatabase(target.url);
  try {
    const restored = await describeContents(database.db, engine);
    for (const [table, rows] of Object.entries(manifest.tables)) {
      if (restored.tables[table] !== rows) {
        throw new BackupError(
          `Tabel ${table}: ${restored.tables[table] ?? 0} baris dipulihkan, cadangan mencatat ${rows}.`,
          `Table ${table}: ${restored.tables[table] ?? 0} rows restored, the backup recorded ${rows}.`,
        );
      }
    }
    const chain = await verifyAuditChain(database.db);
    if (!chain.ok || chain.head.hash !== manifest.auditHead.hash) {
      throw new BackupError(
        `Rantai audit hasil pemulihan tidak utuh atau kepalanya berbeda dari cadangan${chain.ok ? '' : `: ${chain.reason}`}.`,
        `The restored audit chain is broken or its head differs from the backup${chain.ok ? '' : `: ${chain.reason}`}.`,
      );
    }
    for (const blob of restored.blobs) {
      if (!(await target.blobs.has(blob.sha256))) {
        throw new BackupError(`Berkas bukti ${blob.sha256} tidak ada.`, `Evidence file ${blob.sha256} is missing.`);
      }
    }
    return {
      engine,
      tables: Object.keys(restored.tables).length,
      rows: Object.values(restored.tables).reduce((sum, n) => sum + n, 0),
      auditEntries: chain.entries,
      evidenceFiles: restored.blobs.length,
    };
  } finally {
    await database.close();
  }
}

async function describeContents(db: Kysely<DB>, engine: DialectName) {
  const tables: Record<string, number> = {};
  for (const table of await listTables(db, engine)) tables[table] = await countRows(db, table);
  const head = await getAuditHead(db);
  return { tables, auditHead: { seq: head.seq, hash: head.hash }, blobs: await listEvidenceBlobs(db) };
}

async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as BackupManifest;
  } catch {
    throw new BackupError(
      `${join(dir, MANIFEST)} tidak ada atau rusak: ini bukan cadangan Pantau yang lengkap.`,
      `${join(dir, MANIFEST)} is missing or unreadable: this is not a complete Pantau backup.`,
    );
  }
  if (manifest.format !== 'pantau-backup' || manifest.formatVersion !== 1) {
    throw new BackupError('Format cadangan tidak dikenal.', 'Unknown backup format.');
  }
  return manifest;
}

async function prepareEmptyDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) {
    throw new ConflictError('backup_target_not_empty', {
      id: `Folder ${dir} tidak kosong. Pilih folder baru untuk cadangan.`,
      en: `Folder ${dir} is not empty. Choose a new folder for the backup.`,
    });
  }
}

function blobPath(dir: string, sha256: string): string {
  return join(dir, EVIDENCE_DIR, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Copies `stream` to `target`, refusing content whose SHA-256 is not `sha256`. */
async function copyVerified(stream: NodeJS.ReadableStream, target: string, sha256: string): Promise<void> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(stream, tap, createWriteStream(target));
  if (hash.digest('hex') !== sha256) {
    await rm(target, { force: true });
    throw new BackupError(
      `Isi berkas bukti ${sha256} tidak cocok dengan hash-nya (berkas rusak).`,
      `Evidence file ${sha256} does not match its hash (corrupted).`,
    );
  }
}

async function restoreBlob(blobs: BlobStore, source: string, blob: EvidenceBlob): Promise<void> {
  await mkdir(blobs.tempDir(), { recursive: true });
  const staged = join(blobs.tempDir(), `restore-${blob.sha256}`);
  await copyVerified(createReadStream(source), staged, blob.sha256);
  await blobs.putFile(staged, blob.sha256, blob.size, blob.mime);
}

async function forEachConcurrently<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
