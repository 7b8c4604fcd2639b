/**
 * A small, hand-checkable programme for tests: period 2025–2026 with its quarters, one fokus with
 * ten aksi of one output each (a target in Triwulan II and IV), and a handful of institutions.
 */
import { periodQuarters, targetCode } from '@pantau/core';
import type { Database } from '../db/database.js';
import { insertAssignmentRule, insertAssignments } from '../db/repositories/assignment.repository.js';
import { insertAksi, insertFokus, insertOutput, insertTarget } from '../db/repositories/catalogue.repository.js';
import { insertInstitutions, listInstitutionKeys } from '../db/repositories/institution.repository.js';
import { insertPeriod, insertQuarters } from '../db/repositories/period.repository.js';
import { transaction } from '../db/transaction.js';

const AT = '2024-12-15T03:00:00.000Z';

/** Institution codes in the fixture. */
export const FIXTURE_INSTITUTIONS = {
  jateng: '33',
  semarang: '33.74',
  jatim: '35',
  surabaya: '35.78',
  kemendagri: 'KEMENDAGRI',
} as const;

/** Ids created by `loadFixture`. */
export interface Fixture {
  periodId: number;
  institutionIds: Record<keyof typeof FIXTURE_INSTITUTIONS, number>;
  aksiIds: number[];
  outputIds: number[];
}

/** Loads the fixture into an empty, migrated database. */
export async function loadFixture(database: Database): Promise<Fixture> {
  return transaction(database.db, async (trx) => {
    await insertInstitutions(trx, [
      {
        code: '33',
        name: 'Provinsi Jawa Tengah',
        type: 'provinsi',
        province_code: '33',
        parent_id: null,
        created_at: AT,
        updated_at: AT,
      },
      {
        code: '35',
        name: 'Provinsi Jawa Timur',
        type: 'provinsi',
        province_code: '35',
        parent_id: null,
        created_at: AT,
        updated_at: AT,
      },
      {
        code: 'KEMENDAGRI',
        name: 'Kementerian Dalam Negeri',
        type: 'kl',
        province_code: null,
        parent_id: null,
        created_at: AT,
        updated_at: AT,
      },
    ]);
    const provinces = new Map((await listInstitutionKeys(trx)).map((i) => [i.code, i.id]));
    await insertInstitutions(trx, [
      {
        code: '33.74',
        name: 'Kota Semarang',
        type: 'kota',
        province_code: '33',
        parent_id: provinces.get('33') ?? null,
        created_at: AT,
        updated_at: AT,
      },
      {
        code: '35.78',
        name: 'Kota Surabaya',
        type: 'kota',
        province_code: '35',
        parent_id: provinces.get('35') ?? null,
        created_at: AT,
        updated_at: AT,
      },
    ]);
    const ids = new Map((await listInstitutionKeys(trx)).map((i) => [i.code, i.id]));
    const institutionIds = Object.fromEntries(
      Object.entries(FIXTURE_INSTITUTIONS).map(([key, code]) => [key, ids.get(code) as number]),
    ) as Fixture['institutionIds'];

    const periodId = await insertPeriod(trx, {
      code: '2025-2026',
      name: 'Aksi Pencegahan Korupsi 2025–2026',
      start_year: 2025,
      deadline_days: 10,
      verification_days: 30,
      status: 'active',
      created_at: AT,
      updated_at: AT,
    });
    await insertQuarters(
      trx,
      periodQuarters(2025).map((q) => ({
        period_id: periodId,
        number: q.number,
        starts_on: q.startsOn,
        ends_on: q.endsOn,
        deadline: q.deadline,
        verification_ends_on: q.verificationEndsOn,
        status: 'open',
        opened_at: AT,
        closed_at: null,
      })),
    );
    const fokusId = await insertFokus(trx, { period_id: periodId, code: '1', name: 'Perizinan dan Tata Niaga' });
    const aksiIds: number[] = [];
    const outputIds: number[] = [];
    for (let n = 1; n <= 10; n++) {
      const aksiId = await insertAksi(trx, {
        period_id: periodId,
        fokus_id: fokusId,
        code: String(n),
        name: `Aksi uji ${n}`,
      });
      const outputId = await insertOutput(trx, {
        period_id: periodId,
        aksi_id: aksiId,
        code: `${n}.1`,
        name: `Output uji ${n}.1`,
      });
      for (const quarter of [2, 4]) {
        await insertTarget(
          trx,
          {
            period_id: periodId,
            output_id: outputId,
            quarter_number: quarter,
            code: targetCode(`${n}.1`, quarter),
            current_version: 1,
          },
          {
            version: 1,
            success_measure: `Tercapainya target uji ${n}.1 triwulan ${quarter}`,
            evidence_checklist: JSON.stringify(['Dokumen laporan', 'Berita acara']),
            weight: 1,
            impact_name: null,
            impact_unit: null,
            impact_baseline: null,
            reason: null,
            created_at: AT,
          },
        );
      }
      const ruleId = await insertAssignmentRule(trx, outputId, JSON.stringify({ kind: 'all_kota' }), AT);
      await insertAssignments(trx, [
        { output_id: outputId, institution_id: institutionIds.semarang, rule_id: ruleId, created_at: AT },
        { output_id: outputId, institution_id: institutionIds.surabaya, rule_id: ruleId, created_at: AT },
      ]);
      aksiIds.push(aksiId);
      outputIds.push(outputId);
    }
    return { periodId, institutionIds, aksiIds, outputIds };
  });
}
