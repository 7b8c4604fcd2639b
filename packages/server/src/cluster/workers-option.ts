/** The value of `pantau serve --workers`: a number of processes, or `auto` for one per CPU core. */
import { availableParallelism } from 'node:os';
import { ValidationError } from '../errors.js';

/** More workers than this is a typing mistake, not a server. */
export const MAX_WORKERS = 64;

function invalid(value: string): ValidationError {
  return new ValidationError({
    id: `--workers harus "auto" atau bilangan bulat 1–${MAX_WORKERS}, bukan "${value}"`,
    en: `--workers must be "auto" or a whole number 1–${MAX_WORKERS}, not "${value}"`,
  });
}

/** The number of workers `value` asks for; `auto` is the number of CPU cores this process may use. */
export function parseWorkers(value: string, cores: number = availableParallelism()): number {
  const text = value.trim().toLowerCase();
  if (text === 'auto') return Math.min(Math.max(1, cores), MAX_WORKERS);
  if (!/^\d+$/.test(text)) throw invalid(value);
  const count = Number(text);
  if (count < 1 || count > MAX_WORKERS) throw invalid(value);
  return count;
}
