/**
 * Audiences of announcements and meeting invitations: which institutions, and which of their
 * people (by role), a message reaches. Like assignment rules, an audience is data resolved
 * against the institution list of the day; the sender stores the resolved institutions, so the
 * recipients of a message never change after it was sent.
 *
 * Filters combine: "all kabupaten in Jawa Tengah" is `{ types: ['kabupaten'], provinces: ['33'] }`.
 * An explicit list of institutions adds to whatever the filters select.
 */

import { aksiCodeSchema } from './catalogue.js';
import { type InstitutionType, institutionTypeSchema, klCodeSchema, regionCodeSchema } from './institutions.js';
import { periodCodeSchema } from './period-code.js';
import { z } from './zod.js';

/** The roles a message or invitation can address: the people of an institution. */
export const AUDIENCE_ROLES = ['focal_point', 'publicist', 'contributor', 'leader'] as const;
export type AudienceRole = (typeof AUDIENCE_ROLES)[number];
export const audienceRoleSchema = z.enum(AUDIENCE_ROLES);

/** An audience as stored and as accepted by the API. */
export const audienceSchema = z
  .object({
    roles: z
      .array(audienceRoleSchema)
      .min(1, 'Pilih minimal satu peran penerima')
      .describe(
        'Who in each institution: focal_point (Inspektorat), publicist (Humas), contributor (PIC), leader (pimpinan)',
      ),
    types: z.array(institutionTypeSchema).min(1).optional().describe('Only institutions of these types'),
    provinces: z
      .array(z.string().regex(/^\d{2}$/, 'Kode provinsi 2 digit'))
      .min(1)
      .optional()
      .describe('Only Pemda in these provinces (the province government included)'),
    aksi: z
      .object({
        period: periodCodeSchema,
        codes: z.array(aksiCodeSchema).min(1),
      })
      .optional()
      .describe('Only institutions assigned to an output of these aksi'),
    institutions: z
      .array(z.union([klCodeSchema, regionCodeSchema]))
      .min(1)
      .optional()
      .describe('These institutions, in addition to those the filters select'),
  })
  .refine((a) => a.types || a.provinces || a.aksi || a.institutions, {
    message: 'Pilih penerima: jenis instansi, provinsi, aksi, atau daftar instansi',
    path: ['institutions'],
  });
export type Audience = z.infer<typeof audienceSchema>;

/** The fields of an institution that an audience looks at. */
export interface AudienceCandidate {
  code: string;
  type: InstitutionType;
  provinceCode: string | null;
  /** Codes of the aksi (of the audience's period) the institution carries an output of. */
  aksiCodes?: readonly string[];
}

/** The institutions an audience reaches, and any listed code that matched nothing. */
export interface AudienceResolution<T extends AudienceCandidate> {
  institutions: T[];
  unknownCodes: string[];
}

/** Whether an audience has any filter besides its explicit list. */
function hasFilters(audience: Audience): boolean {
  return Boolean(audience.types || audience.provinces || audience.aksi);
}

function matchesFilters(audience: Audience, candidate: AudienceCandidate): boolean {
  if (audience.types && !audience.types.includes(candidate.type)) return false;
  if (audience.provinces && (candidate.provinceCode === null || !audience.provinces.includes(candidate.provinceCode)))
    return false;
  const aksi = audience.aksi?.codes;
  if (aksi && !aksi.some((code) => candidate.aksiCodes?.includes(code))) return false;
  return true;
}

/** Resolves `audience` against `candidates`, keeping their order. */
export function resolveAudience<T extends AudienceCandidate>(
  audience: Audience,
  candidates: readonly T[],
): AudienceResolution<T> {
  const listed = new Set(audience.institutions ?? []);
  const filtered = hasFilters(audience);
  const institutions = candidates.filter(
    (candidate) => listed.has(candidate.code) || (filtered && matchesFilters(audience, candidate)),
  );
  const known = new Set(candidates.map((candidate) => candidate.code));
  return { institutions, unknownCodes: [...listed].filter((code) => !known.has(code)) };
}
