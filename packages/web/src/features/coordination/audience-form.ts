/**
 * The audience of an announcement or a meeting invitation as a form holds it (checkboxes and
 * free text lists of codes), and the audience the API takes.
 */
import type { Audience, AudienceRole, InstitutionType } from '@pantau/core';

/** What the audience fields of a form hold. */
export interface AudienceFields {
  roles: AudienceRole[];
  types: InstitutionType[];
  /** Two-digit province codes, separated by commas, spaces or lines. */
  provinces: string;
  /** The period of the aksi filter, e.g. 2025-2026. */
  aksiPeriod: string;
  /** Aksi codes, separated by commas, spaces or lines. */
  aksiCodes: string;
  /** Institution codes, separated by commas, spaces or lines. */
  institutions: string;
}

export const EMPTY_AUDIENCE: AudienceFields = {
  roles: [],
  types: [],
  provinces: '',
  aksiPeriod: '',
  aksiCodes: '',
  institutions: '',
};

/** The codes in a free-text list, in order, each once: "33, 34\n35 33" → ["33", "34", "35"]. */
export function splitCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** The audience the fields describe; filters left empty are left out. */
export function audienceOf(fields: AudienceFields): Audience {
  const provinces = splitCodes(fields.provinces);
  const aksi = splitCodes(fields.aksiCodes);
  const institutions = splitCodes(fields.institutions);
  return {
    roles: fields.roles,
    ...(fields.types.length > 0 ? { types: fields.types } : {}),
    ...(provinces.length > 0 ? { provinces } : {}),
    ...(aksi.length > 0 && fields.aksiPeriod.trim() ? { aksi: { period: fields.aksiPeriod.trim(), codes: aksi } } : {}),
    ...(institutions.length > 0 ? { institutions } : {}),
  };
}

/** Whether the audience picks anyone: a role, and a type, province, aksi or list. */
export function audienceIsComplete(audience: Audience): boolean {
  return (
    audience.roles.length > 0 && Boolean(audience.types || audience.provinces || audience.aksi || audience.institutions)
  );
}

/** Toggles `value` in `list`, keeping the order of `all`. */
export function toggled<T>(list: readonly T[], value: T, on: boolean, all: readonly T[]): T[] {
  return all.filter((item) => (item === value ? on : list.includes(item)));
}
