/**
 * Where the benchmark databases live: the generated national dataset (SQLite file under
 * `bench/data/`, PostgreSQL database `pantau_bench`) and throwaway working copies for each run, so
 * every run starts from the same data.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export type Engine = 'sqlite' | 'postgres';

/** The bench folder (this file is compiled to bench/dist/lib/). */
export const BENCH_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = join(BENCH_DIR, 'data');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
/** The repository root, where `packages/server/dist/cli/main.js` is. */
export const ROOT_DIR = join(BENCH_DIR, '..');
export const CLI = join(ROOT_DIR, 'packages/server/dist/cli/main.js');

const GENERATED_DB = 'pantau_bench';

/** A PostgreSQL server to create bench databases on, if configured. */
export function postgresServerUrl(): string | undefined {
  return process.env.PANTAU_BENCH_POSTGRES_URL ?? process.env.PANTAU_TEST_DATABASE_URL;
}

/** The engines to run: `--engines` if given, else SQLite plus PostgreSQL when a server is configured. */
export function enginesFrom(option: string | undefined): Engine[] {
  const wanted = option
    ? option.split(',').map((e) => e.trim())
    : ['sqlite', ...(postgresServerUrl() ? ['postgres'] : [])];
  for (const engine of wanted) {
    if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`unknown engine ${engine} (sqlite, postgres)`);
    if (engine === 'postgres' && !postgresServerUrl()) {
      throw new Error(
        'PostgreSQL needs PANTAU_BENCH_POSTGRES_URL (or PANTAU_TEST_DATABASE_URL), e.g. postgres://postgres@127.0.0.1:5432/postgres',
      );
    }
  }
  return wanted as Engine[];
}

/** The URL of database `name` on the configured PostgreSQL server. */
export function postgresUrl(name: string): string {
  const url = new URL(postgresServerUrl() as string);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A database with its evidence folder: what a Pantau process is pointed at. */
export interface Instance {
  engine: Engine;
  /** DATABASE_URL */
  url: string;
  /** PANTAU_DATA_DIR: holds `evidence/` (and the SQLite file). */
  dataDir: string;
  /** Removes it. */
  drop(): Promise<void>;
}

/** The generated dataset's location, emptied for a new generation. */
export async function freshGeneratedInstance(engine: Engine): Promise<Instance> {
  const dataDir = join(DATA_DIR, `national-${engine}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  if (engine === 'sqlite') {
    return {
      engine,
      url: `sqlite:${join(dataDir, 'pantau.db')}`,
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  await adminQuery(`drop database if exists "${GENERATED_DB}" with (force)`);
  await adminQuery(`create database "${GENERATED_DB}"`);
  return {
    engine,
    url: postgresUrl(GENERATED_DB),
    dataDir,
    drop: () => adminQuery(`drop database if exists "${GENERATED_DB}" with (force)`),
  };
}

/** A working copy of the generated dataset for one run (`npm run bench:data` must have run). */
export async function workingCopy(engine: Engine, name: string): Promise<Instance> {
  const source = join(DATA_DIR, `national-${engine}`);
  if (!existsSync(join(source, 'evidence'))) {
    throw new Error(`No generated ${engine} dataset in ${source}: run \`npm run bench:data\` first.`);
  }
  const dataDir = join(DATA_DIR, `${name}-${engine}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  cpSync(join(source, 'evidence'), join(dataDir, 'evidence'), { recursive: true });
  if (engine === 'sqlite') {
    cpSync(join(source, 'pantau.db'), join(dataDir, 'pantau.db'));
    return {
      engine,
      url: `sqlite:${join(dataDir, 'pantau.db')}`,
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const database = `pantau_bench_${name.replace(/[^a-z0-9]/g, '_')}`;
  await adminQuery(`drop database if exists "${database}" with (force)`);
  await adminQuery(`create database "${database}" template "${GENERATED_DB}"`);
  return {
    engine,
    url: postgresUrl(database),
    dataDir,
    drop: async () => {
      await adminQuery(`drop database if exists "${database}" with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
