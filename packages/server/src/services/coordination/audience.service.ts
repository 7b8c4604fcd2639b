/** Resolving an audience against the institutions of the day, for announcements and meeting invitations. */
import {
  type Audience,
  type AudienceCandidate,
  type InstitutionRefDto,
  type InstitutionType,
  resolveAudience,
} from '@pantau/core';
import type { Executor } from '../../db/database.js';
import {
  listAksiCarriers,
  listAudienceCandidates,
  listKnownAksiCodes,
} from '../../db/repositories/audience.repository.js';
import { ValidationError } from '../../errors.js';

/** An institution as coordination records keep it. */
export interface InstitutionRow {
  id: number;
  code: string;
  name: string;
  type: string;
  province_code: string | null;
}

/** An institution as the API shows it in coordination lists. */
export function institutionRef(
  row: Pick<InstitutionRow, 'code' | 'name' | 'type' | 'province_code'>,
): InstitutionRefDto {
  return { code: row.code, name: row.name, type: row.type as InstitutionType, provinceCode: row.province_code };
}

/**
 * The institutions `audience` reaches today. Refuses unknown institution or aksi codes, and an
 * audience that reaches nobody, so a typo never sends a message into the void.
 */
export async function resolveAudienceInstitutions(db: Executor, audience: Audience): Promise<InstitutionRow[]> {
  const rows = await listAudienceCandidates(db);
  const aksiOf = new Map<number, string[]>();
  if (audience.aksi) {
    const { period, codes } = audience.aksi;
    const known = await listKnownAksiCodes(db, period, codes);
    const unknown = codes.filter((code) => !known.includes(code));
    if (unknown.length > 0) {
      throw new ValidationError(
        {
          id: `Aksi ${unknown.join(', ')} tidak ada pada periode ${period}.`,
          en: `Aksi ${unknown.join(', ')} do not exist in period ${period}.`,
        },
        [{ path: 'audience.aksi.codes', message: unknown.join(', ') }],
      );
    }
    for (const carrier of await listAksiCarriers(db, period, codes)) {
      aksiOf.set(carrier.institution_id, [...(aksiOf.get(carrier.institution_id) ?? []), carrier.aksi_code]);
    }
  }
  const candidates: (InstitutionRow & AudienceCandidate)[] = rows.map((row) => ({
    ...row,
    type: row.type as InstitutionType,
    provinceCode: row.province_code,
    aksiCodes: aksiOf.get(row.id) ?? [],
  }));
  const { institutions, unknownCodes } = resolveAudience(audience, candidates);
  if (unknownCodes.length > 0) {
    throw new ValidationError(
      {
        id: `Instansi tidak dikenal: ${unknownCodes.join(', ')}. Periksa kodenya di daftar instansi.`,
        en: `Unknown institutions: ${unknownCodes.join(', ')}. Check the codes in the institution list.`,
      },
      [{ path: 'audience.institutions', message: unknownCodes.join(', ') }],
    );
  }
  if (institutions.length === 0) {
    throw new ValidationError({
      id: 'Tidak ada instansi yang cocok dengan penerima yang dipilih. Longgarkan kriterianya.',
      en: 'No institution matches the chosen recipients. Widen the criteria.',
    });
  }
  return institutions.map(({ id, code, name, type, province_code }) => ({ id, code, name, type, province_code }));
}
