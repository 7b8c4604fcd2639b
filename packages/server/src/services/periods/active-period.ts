/** The period a public request means when it names none: the latest active one. */
import type { Executor } from '../../db/database.js';
import { listPeriods } from '../../db/repositories/period.repository.js';
import type { Period } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { requirePeriod } from './period.service.js';

/** The period with `code`, or the latest active period (else the latest) when `code` is absent. */
export async function periodOrLatest(db: Executor, code: string | undefined): Promise<Period> {
  if (code) return requirePeriod(db, code);
  const periods = await listPeriods(db);
  const period = periods.find((p) => p.status === 'active') ?? periods[0];
  if (!period) throw new NotFoundError({ id: 'Belum ada periode aksi.', en: 'There is no action period yet.' });
  return period;
}
