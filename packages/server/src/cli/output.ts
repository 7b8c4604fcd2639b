/** Printing CLI results as a table or as JSON, and failing with a clear message. */
import { ZodError } from 'zod';
import { ConfigError } from '../config.js';
import { AppError } from '../errors.js';

export type OutputFormat = 'table' | 'json';

/** Prints `rows` in the chosen format. */
export function printRows(rows: Record<string, unknown>[], format: OutputFormat): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    process.stdout.write('(kosong / none)\n');
    return;
  }
  const columns = Object.keys(rows[0] as object);
  const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  process.stdout.write(
    `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n')}\n`,
  );
}

/** The message to show for an error, without a stack trace for expected failures. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const details = error.details.map((d) => `\n  ${d.path}: ${d.message}`).join('');
    return `${error.text.id}\n(${error.text.en})${details}`;
  }
  if (error instanceof ZodError)
    return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n');
  if (error instanceof ConfigError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Kesalahan tak terduga / unexpected error: ${message}`;
}

/** Runs a command action, printing a clear message and exiting 1 on failure. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      process.stderr.write(`${describeError(error)}\n`);
      if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 1;
    }
  };
}

/** Reads all of standard input (for passwords piped in), or '' when it is a terminal. */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
