/**
 * `npm run bench:data`: generates the national-scale dataset into a fresh SQLite file and, when a
 * PostgreSQL server is configured, a fresh PostgreSQL database; prints what was written and how
 * long it took, and saves it to bench/results/.
 *
 *   npm run bench:data -- [--engines sqlite,postgres] [--periods 4] [--outputs 40]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNationalDataset, NATIONAL_SIZE } from './lib/national-dataset.js';
import { secondsSince, writeResult } from './lib/results.js';
import { LocalBlobStore, migrateToLatest, openDatabase } from './lib/server.js';
import { enginesFrom, freshGeneratedInstance } from './lib/targets.js';

const { values } = parseArgs({
  options: {
    engines: { type: 'string' },
    periods: { type: 'string', default: String(NATIONAL_SIZE.periods) },
    outputs: { type: 'string', default: String(NATIONAL_SIZE.outputs) },
  },
});
const size = { periods: Number(values.periods), outputs: Number(values.outputs) };
if (!(size.periods >= 1 && size.outputs >= 1)) throw new Error('--periods and --outputs must be positive numbers');

const results = [];
for (const engine of enginesFrom(values.engines)) {
  process.stdout.write(`\n${engine}: generating ${size.periods} periods × 8 quarters × ${size.outputs} outputs …\n`);
  const instance = await freshGeneratedInstance(engine);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const database = openDatabase(instance.url);
  try {
    await migrateToLatest(database);
    const counts = await generateNationalDataset(
      database,
      new LocalBlobStore(join(instance.dataDir, 'evidence')),
      size,
      new Date(),
      (line) => process.stdout.write(`${line}\n`),
    );
    const seconds = secondsSince(started);
    const usage = process.cpuUsage(cpuStart);
    const cpuSeconds = Math.round((usage.user + usage.system) / 100_000) / 10;
    process.stdout.write(
      `${engine}: ${counts.institutions} institutions, ${counts.reports} reports, ${counts.reportEvents} events, ` +
        `${counts.evidence} evidence rows (${counts.evidenceFiles} files), ${counts.users} users, ` +
        `${counts.auditEntries} audit entries in ${seconds} s (CPU: ${cpuSeconds} s here` +
        `${engine === 'postgres' ? `, ${counts.engineCpuSeconds} s in PostgreSQL` : ''})\n` +
        `  states: ${JSON.stringify(counts.reportsByState)}\n`,
    );
    results.push({ engine, size, seconds, cpuSeconds, counts });
  } finally {
    await database.close();
  }
}
process.stdout.write(`\nresults: ${writeResult('generate', { at: new Date().toISOString(), results })}\n`);
