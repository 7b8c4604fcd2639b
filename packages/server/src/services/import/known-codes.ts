/**
 * What an import's rows may refer to: the periods, institutions and catalogue codes in the
 * database, plus those the file itself defines in earlier sheets (a workbook can add an
 * institution and assign it in one go).
 */
import type { InstitutionType } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { listCatalogueCodes } from '../../db/repositories/catalogue-admin.repository.js';
import { listInstitutionKeys } from '../../db/repositories/institution.repository.js';
import { listPeriods } from '../../db/repositories/period.repository.js';

/** Codes of one period's catalogue. */
export interface CatalogueCodes {
  fokus: Set<string>;
  aksi: Set<string>;
  outputs: Set<string>;
}

export class KnownCodes {
  private constructor(
    readonly periods: Map<string, { id: number; code: string }>,
    readonly institutions: Map<string, InstitutionType>,
    private readonly catalogues: Map<string, CatalogueCodes>,
  ) {}

  /** Loads what the database holds, with the catalogues of the periods the file names. */
  static async load(db: Executor, periodCodes: Iterable<string>): Promise<KnownCodes> {
    const [periods, institutions] = await Promise.all([listPeriods(db), listInstitutionKeys(db)]);
    const byCode = new Map(periods.map((p) => [p.code, { id: p.id, code: p.code }]));
    const catalogues = new Map<string, CatalogueCodes>();
    for (const code of new Set(periodCodes)) {
      const period = byCode.get(code);
      if (!period) continue;
      const codes = await listCatalogueCodes(db, period.id);
      catalogues.set(code, {
        fokus: new Set(codes.fokus.map((f) => f.code)),
        aksi: new Set(codes.aksi.map((a) => a.code)),
        outputs: new Set(codes.outputs.map((o) => o.code)),
      });
    }
    return new KnownCodes(byCode, new Map(institutions.map((i) => [i.code, i.type])), catalogues);
  }

  /** The catalogue codes of a known period (empty sets for a period without catalogue yet). */
  catalogue(periodCode: string): CatalogueCodes {
    let codes = this.catalogues.get(periodCode);
    if (!codes) {
      codes = { fokus: new Set(), aksi: new Set(), outputs: new Set() };
      this.catalogues.set(periodCode, codes);
    }
    return codes;
  }
}
