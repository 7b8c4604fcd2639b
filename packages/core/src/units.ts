/**
 * Work units (unit kerja) inside an institution: the perangkat daerah of a Pemda (Bappeda, BPKAD,
 * DPMPTSP, …) or the eselon I units of a ministry. Codes are local to the institution.
 */
import { z } from './zod.js';

/** Kinds of work unit: a regional apparatus (OPD), a ministry's eselon I unit, or something else. */
export const UNIT_KINDS = ['opd', 'eselon_1', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const unitKindSchema = z.enum(UNIT_KINDS);

/** A unit code: letters, digits, dot, dash or underscore, upper-cased (e.g. BAPPEDA, 4.01). */
export const UNIT_CODE = /^[A-Z0-9][A-Z0-9._-]{0,23}$/;

/** A unit code as written by people: trimmed and upper-cased. */
export function normaliseUnitCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The kind a unit of an institution type gets when none is named: ministries have eselon I units. */
export function defaultUnitKind(institutionType: string): UnitKind {
  return institutionType === 'kl' ? 'eselon_1' : 'opd';
}
