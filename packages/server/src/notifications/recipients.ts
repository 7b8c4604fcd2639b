/** The people of an institution who hear about its reports. */
import type { Executor } from '../db/database.js';
import { listInstitutionMembers, listOutputLimits } from '../db/repositories/recipient.repository.js';
import type { Recipient } from './notify.js';

/** Active focal points per institution. */
export async function focalPointsOf(
  trx: Executor,
  institutionIds: readonly number[],
): Promise<Map<number, Recipient[]>> {
  const byInstitution = new Map<number, Recipient[]>();
  for (const member of await listInstitutionMembers(trx, institutionIds, ['focal_point'])) {
    const list = byInstitution.get(member.institution_id as number) ?? [];
    list.push(member);
    byInstitution.set(member.institution_id as number, list);
  }
  return byInstitution;
}

/**
 * The focal points of an institution and its contributors who work on any of `outputIds` (a
 * contributor limited to other outputs does not hear about these).
 */
export async function reportPeople(
  trx: Executor,
  institutionId: number,
  outputIds: readonly number[],
): Promise<(Recipient & { role: string })[]> {
  const members = await listInstitutionMembers(trx, [institutionId], ['focal_point', 'contributor']);
  const contributors = members.filter((m) => m.role === 'contributor').map((m) => m.id);
  const limits = new Map<number, Set<number>>();
  for (const row of await listOutputLimits(trx, contributors)) {
    const set = limits.get(row.user_id) ?? new Set<number>();
    set.add(row.output_id);
    limits.set(row.user_id, set);
  }
  return members.filter((member) => {
    if (member.role === 'focal_point') return true;
    const own = limits.get(member.id);
    return !own || outputIds.some((id) => own.has(id));
  });
}
