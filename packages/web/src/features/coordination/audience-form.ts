/**
 * The audience of an announcement or a meeting invitation as a form holds it (checkboxes and the
 * codes chosen with pickers), the audience the API takes, and which part of it a refusal names.
 */
import type { Audience, AudienceRole, InstitutionType } from '@pantau/core';

/** What the audience fields of a form hold. */
export interface AudienceFields {
  roles: AudienceRole[];
  types: InstitutionType[];
  /** Province codes chosen by name. */
  provinces: string[];
  /** The period of the aksi filter, e.g. 2025-2026. */
  aksiPeriod: string;
  /** Aksi codes of that period, chosen by name. */
  aksiCodes: string[];
  /** Institution codes chosen by name. */
  institutions: string[];
}

export const EMPTY_AUDIENCE: AudienceFields = {
  roles: [],
  types: [],
  provinces: [],
  aksiPeriod: '',
  aksiCodes: [],
  institutions: [],
};

/** The audience the fields describe; filters left empty are left out. */
export function audienceOf(fields: AudienceFields): Audience {
  const period = fields.aksiPeriod.trim();
  return {
    roles: fields.roles,
    ...(fields.types.length > 0 ? { types: fields.types } : {}),
    ...(fields.provinces.length > 0 ? { provinces: fields.provinces } : {}),
    ...(fields.aksiCodes.length > 0 && period ? { aksi: { period, codes: fields.aksiCodes } } : {}),
    ...(fields.institutions.length > 0 ? { institutions: fields.institutions } : {}),
  };
}

/** Whether the audience picks anyone: a role, and a type, province, aksi or list. */
export function audienceIsComplete(audience: Audience): boolean {
  return (
    audience.roles.length > 0 && Boolean(audience.types || audience.provinces || audience.aksi || audience.institutions)
  );
}

/** The parts of the audience a form marks when they are wrong. */
export type AudiencePart = 'roles' | 'recipients' | 'provinces' | 'aksi' | 'institutions';

/** The parts the fields leave unanswered: no role, or nothing that selects institutions. */
export function missingAudienceParts(fields: AudienceFields): AudiencePart[] {
  const audience = audienceOf(fields);
  const missing: AudiencePart[] = [];
  if (audience.roles.length === 0) missing.push('roles');
  if (!(audience.types || audience.provinces || audience.aksi || audience.institutions)) missing.push('recipients');
  return missing;
}

/**
 * The audience part a refusal's path names: `body.audience.aksi.codes` → `aksi`,
 * `body.invitees.institutions` → `institutions` (services name it without `body.`); null when it
 * names none.
 */
export function audiencePartOfPath(path: string, field: string): AudiencePart | null {
  const [name, part] = path.replace(/^body\./, '').split('.');
  if (name !== field) return null;
  switch (part) {
    case 'roles':
    case 'provinces':
    case 'aksi':
    case 'institutions':
      return part;
    case 'types':
      return 'recipients';
    default:
      return null;
  }
}

/** Toggles `value` in `list`, keeping the order of `all`. */
export function toggled<T>(list: readonly T[], value: T, on: boolean, all: readonly T[]): T[] {
  return all.filter((item) => (item === value ? on : list.includes(item)));
}
