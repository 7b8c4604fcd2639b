/** Resolving an audience against the institutions of the day, for announcements and meeting invitations. */
import {
  type Audience,
  type AudienceCandidate,
  type AudiencePreviewDto,
  INSTITUTION_TYPES,
  type InstitutionRefDto,
  type InstitutionType,
  resolveAudience,
  type Scope,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  countMembersByInstitution,
  listAksiCarriers,
  listAudienceCandidates,
  listKnownAksiCodes,
} from '../../db/repositories/audience.repository.js';
import { AppError, ValidationError } from '../../errors.js';

/** Why a focal point may not address (or preview) other institutions. */
export const OWN_INSTITUTION_ONLY = {
  id: 'Focal point hanya dapat mengirim pengumuman kepada orang-orang di instansinya sendiri.',
  en: 'A focal point can only send announcements to the people of its own institution.',
};

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

/** The institutions `audience` reaches today and any listed code that matched none; unknown aksi are refused. */
async function matchAudience(db: Executor, audience: Audience) {
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
  return {
    institutions: institutions.map(({ id, code, name, type, province_code }) => ({
      id,
      code,
      name,
      type,
      province_code,
    })),
    unknownCodes,
  };
}

/**
 * The institutions `audience` reaches today. Refuses unknown institution or aksi codes, and an
 * audience that reaches nobody, so a typo never sends a message into the void.
 */
export async function resolveAudienceInstitutions(db: Executor, audience: Audience): Promise<InstitutionRow[]> {
  const { institutions, unknownCodes } = await matchAudience(db, audience);
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
  return institutions;
}

/** How many institutions the preview names (the rest are counted only). */
const PREVIEW_SAMPLE = 10;

/**
 * Who `audience` would reach if sent now, for the live count beside the audience fields: an
 * audience that reaches nobody or lists unknown codes is answered, not refused, so the sender sees
 * why. A focal point (own-institution scope) previews only audiences within its institution.
 */
export async function previewAudience(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  audience: Audience,
): Promise<AudiencePreviewDto> {
  const { db } = context.database;
  const { institutions, unknownCodes } = await matchAudience(db, audience);
  if (scope !== 'all' && institutions.some((institution) => institution.id !== actor.institutionId)) {
    throw new AppError(403, 'forbidden', OWN_INSTITUTION_ONLY);
  }
  const members = new Map(
    (await countMembersByInstitution(db, audience.roles, actor.userId)).map((row) => [row.institutionId, row.people]),
  );
  const people = institutions.map((institution) => members.get(institution.id) ?? 0);
  return {
    institutions: institutions.length,
    people: people.reduce((sum, count) => sum + count, 0),
    withoutPeople: people.filter((count) => count === 0).length,
    byType: INSTITUTION_TYPES.map((type) => ({
      type,
      count: institutions.filter((institution) => institution.type === type).length,
    })).filter((entry) => entry.count > 0),
    sample: institutions.slice(0, PREVIEW_SAMPLE).map(institutionRef),
    unknownCodes,
  };
}
