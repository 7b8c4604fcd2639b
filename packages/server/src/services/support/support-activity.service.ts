/** Support activity per province on the national dashboard: entries of a quarter, by province. */
import type { DashboardQuery, SupportActivityDto } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { openSupportFollowUpsByProvince, supportByProvince } from '../../db/repositories/support.repository.js';
import { resolveFrame } from '../dashboard/dashboard-frame.service.js';

/** Support entries held in the quarter shown, per province, with their open follow-ups. */
export async function supportActivity(context: AppContext, query: DashboardQuery): Promise<SupportActivityDto> {
  const { db } = context.database;
  const frame = await resolveFrame(context, query);
  const quarter = frame.quarters.find((q) => q.number === frame.quarter);
  const from = quarter?.starts_on ?? frame.today;
  const to = quarter?.ends_on ?? frame.today;
  const [rows, open] = await Promise.all([
    supportByProvince(db, from, to),
    openSupportFollowUpsByProvince(db, from, to),
  ]);
  const openByProvince = new Map(open.map((row) => [row.province_code, Number(row.n)]));
  const provinces = rows.map((row) => ({
    code: row.code,
    name: row.name,
    entries: Number(row.entries),
    institutions: Number(row.institutions),
    openFollowUps: openByProvince.get(row.code) ?? 0,
  }));
  return {
    period: frame.period.code,
    quarter: frame.quarter,
    from,
    to,
    total: provinces.reduce((sum, p) => sum + p.entries, 0),
    provinces,
  };
}
