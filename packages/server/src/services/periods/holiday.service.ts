/**
 * Public holidays for working-day deadlines: the `holidays` table (seeded with the national
 * holidays, maintained by admin) plus the dates of `PANTAU_HOLIDAYS`.
 */
import { addWorkingDays } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { deleteHoliday, findHoliday, listHolidays, upsertHoliday } from '../../db/repositories/holiday.repository.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError } from '../../errors.js';

/** A holiday as the API shows it; `config` ones come from PANTAU_HOLIDAYS. */
export interface HolidayView {
  date: string;
  name: string;
  kind: 'national' | 'collective_leave' | 'other' | 'config';
}

/** Every day off from `from` on: the table's and the configured ones. */
export async function holidaysFrom(db: Executor, configured: readonly string[], from: string): Promise<Set<string>> {
  const stored = await listHolidays(db, { from });
  return new Set([...stored.map((h) => h.date), ...configured.filter((date) => date >= from)]);
}

/** Every day off, stored and configured (a few dozen a year: small enough to hold whole). */
export function allHolidays(db: Executor, configured: readonly string[]): Promise<Set<string>> {
  return holidaysFrom(db, configured, '0000-01-01');
}

/** The date `days` working days after `date`, skipping weekends and holidays. */
export async function workingDaysAfter(
  db: Executor,
  configured: readonly string[],
  date: string,
  days: number,
): Promise<string> {
  return addWorkingDays(date, days, await holidaysFrom(db, configured, date));
}

/** The holidays of one year (or all), by date; a stored holiday wins over a configured one on the same date. */
export async function listHolidayViews(context: AppContext, year?: number): Promise<HolidayView[]> {
  const range = year === undefined ? {} : { from: `${year}-01-01`, to: `${year}-12-31` };
  const stored = await listHolidays(context.database.db, range);
  const views = new Map<string, HolidayView>(
    stored.map((h) => [h.date, { date: h.date, name: h.name, kind: h.kind as HolidayView['kind'] }]),
  );
  for (const date of context.config.holidays) {
    if (year !== undefined && !date.startsWith(`${year}-`)) continue;
    if (!views.has(date)) views.set(date, { date, name: 'Hari libur (PANTAU_HOLIDAYS)', kind: 'config' });
  }
  return [...views.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Adds a holiday or renames it. */
export async function putHoliday(
  context: AppContext,
  actor: UserActor,
  date: string,
  input: { name: string; kind: 'national' | 'collective_leave' | 'other' },
): Promise<HolidayView> {
  const at = context.clock.now().toISOString();
  await transaction(context.database.db, async (trx) => {
    const before = await findHoliday(trx, date);
    await upsertHoliday(trx, {
      date,
      name: input.name,
      kind: input.kind,
      created_at: at,
      updated_at: at,
      updated_by: actor.userId,
    });
    await recordAudit(trx, context.clock, actor, {
      action: before ? 'holiday.update' : 'holiday.add',
      entity: 'holiday',
      entityId: date,
      change: { name: input.name, kind: input.kind, ...(before ? { previous: before.name } : {}) },
    });
  });
  return { date, ...input };
}

/** Removes a holiday (deadlines computed later count the day as a working day). */
export async function removeHoliday(context: AppContext, actor: UserActor, date: string): Promise<HolidayView> {
  return transaction(context.database.db, async (trx) => {
    const before = await findHoliday(trx, date);
    if (!before || !(await deleteHoliday(trx, date))) {
      throw new NotFoundError({ id: `Tidak ada hari libur pada ${date}.`, en: `There is no holiday on ${date}.` });
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'holiday.remove',
      entity: 'holiday',
      entityId: date,
      change: { name: before.name, kind: before.kind },
    });
    return { date, name: before.name, kind: before.kind as HolidayView['kind'] };
  });
}
