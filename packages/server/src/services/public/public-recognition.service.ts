/**
 * Recognition (apresiasi) on the portal and the open-data API: gathers each institution's verified
 * standing (Capaian from the published figures, grades of accepted reports) and lets the one rule
 * in core (`recognise`, core/recognition.ts) decide. A quarter is judged only once its
 * verification window has ended; the period is judged as it stands at its latest such quarter.
 */
import {
  dateInZone,
  type GradeCounts,
  type InstitutionType,
  type PublicInstitutionListDto,
  type RecognitionCandidate,
  type RecognitionDto,
  type RecognitionEntryDto,
  type RecognitionStanding,
  recognise,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { listPeriods, listQuarters } from '../../db/repositories/period.repository.js';
import { countAcceptedGrades } from '../../db/repositories/recognition.repository.js';
import type { Period } from '../../db/schema.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { periodOrLatest } from '../periods/active-period.js';
import { allPublicInstitutions } from './public-institution.service.js';
import { pointOfCode, type RecognitionPoint, recognitionCode } from './recognition-code.js';

type Item = PublicInstitutionListDto['items'][number];
const NO_GRADES: GradeCounts = { administratif: 0, terlaksana: 0, berdampak: 0 };

/** Quarters of a period whose verification window has ended (before today, WIB). */
async function gradedQuartersOf(context: AppContext, period: Period): Promise<number[]> {
  const today = dateInZone(context.clock.now());
  const quarters = await listQuarters(context.database.db, [period.id]);
  return quarters.filter((q) => q.verification_ends_on < today).map((q) => q.number);
}

/** Every institution's standing at each quarter of a period. */
async function standingsOf(context: AppContext, period: Period) {
  const rows: Item[] = [];
  for await (const row of (await allPublicInstitutions(context, { period: period.code })).rows) rows.push(row);
  const grades = new Map<string, { quarter: number; grade: string; count: number }[]>();
  for (const g of await countAcceptedGrades(context.database.db, period.id)) {
    const list = grades.get(g.code) ?? [];
    list.push({ quarter: g.quarter_number, grade: g.quality_grade ?? '', count: Number(g.count) });
    grades.set(g.code, list);
  }
  /** An institution's standing at quarter q: Capaian at q, verified reports and grades of quarters 1..q. */
  const at = (item: Item, q: number): RecognitionStanding => {
    const counts = { ...NO_GRADES } as Record<keyof GradeCounts, number>;
    for (const g of grades.get(item.code) ?? []) {
      if (g.quarter <= q && g.grade in counts) counts[g.grade as keyof GradeCounts] += g.count;
    }
    return {
      achievement: item.quarters.find((f) => f.quarter === q)?.achievement ?? null,
      verified: item.quarters.filter((f) => f.quarter <= q).reduce((n, f) => n + f.verified, 0),
      grades: counts,
    };
  };
  return { items: rows, at };
}

/** The period before `period`, if any. */
async function previousPeriod(context: AppContext, period: Period): Promise<Period | undefined> {
  const periods = await listPeriods(context.database.db);
  return periods.filter((p) => p.start_year < period.start_year).sort((a, b) => b.start_year - a.start_year)[0];
}

/** The recognition at one point, with the point it compares with. */
async function recognitionAt(
  context: AppContext,
  period: Period,
  point: RecognitionPoint,
): Promise<{ entries: RecognitionEntryDto[]; comparedWith: RecognitionDto['comparedWith'] }> {
  const now = await standingsOf(context, period);
  let previous: ((item: Item) => RecognitionStanding | null) | null = null;
  let comparedWith: RecognitionDto['comparedWith'] = null;
  if (point.scope === 'quarter' && point.quarter > 1) {
    previous = (item) => now.at(item, point.quarter - 1);
    comparedWith = { period: period.code, quarter: point.quarter - 1 };
  } else if (point.scope === 'period') {
    const before = await previousPeriod(context, period);
    const last = before ? Math.max(0, ...(await gradedQuartersOf(context, before))) : 0;
    if (before && last > 0) {
      const then = await standingsOf(context, before);
      const byCode = new Map(then.items.map((i) => [i.code, i]));
      previous = (item) => {
        const old = byCode.get(item.code);
        return old ? then.at(old, last) : null;
      };
      comparedWith = { period: before.code, quarter: last };
    }
  }
  const candidates: RecognitionCandidate[] = now.items.map((item) => ({
    code: item.code,
    name: item.name,
    type: item.type as InstitutionType,
    now: now.at(item, point.quarter),
    previous: previous ? previous(item) : null,
  }));
  const entries = recognise(candidates).map((e): RecognitionEntryDto => {
    const code = recognitionCode(point, e);
    return {
      category: e.category,
      type: e.type,
      place: e.place,
      institution: { code: e.code, name: e.name },
      achievement: e.achievement,
      quality: e.quality,
      merit: e.merit,
      previousMerit: e.previousMerit,
      improvement: e.improvement,
      code,
      certificateUrl: `/apresiasi/sertifikat/${code}.pdf`,
      verifyUrl: `/apresiasi/verifikasi/${code}`,
    };
  });
  return { entries, comparedWith };
}

/**
 * The recognised institutions of a period: at `quarter` (compared with the quarter before), or
 * without it the period as it stands at its latest judged quarter (compared with the end of the
 * previous period).
 */
export async function publicRecognition(
  context: AppContext,
  query: { period?: string | undefined; quarter?: number | undefined },
): Promise<RecognitionDto> {
  const period = await periodOrLatest(context.database.db, query.period);
  const graded = await gradedQuartersOf(context, period);
  if (query.quarter !== undefined && !graded.includes(query.quarter)) {
    throw new ValidationError(
      {
        id: `Triwulan ${query.quarter} periode ${period.code} belum selesai diverifikasi.`,
        en: `Quarter ${query.quarter} of ${period.code} has not finished verification.`,
      },
      [{ path: 'quarter', message: String(query.quarter) }],
    );
  }
  const scope = query.quarter === undefined ? 'period' : 'quarter';
  const quarter = query.quarter ?? (graded.length ? Math.max(...graded) : null);
  if (quarter === null)
    return { period: period.code, quarter, scope, comparedWith: null, gradedQuarters: graded, entries: [] };
  const { entries, comparedWith } = await recognitionAt(context, period, { period: period.code, scope, quarter });
  return { period: period.code, quarter, scope, comparedWith, gradedQuarters: graded, entries };
}

/** What a certificate's code confirms: the recognition it names, as it stands; not found otherwise. */
export async function verifyRecognition(
  context: AppContext,
  code: string,
): Promise<{ point: RecognitionPoint; entry: RecognitionEntryDto; comparedWith: RecognitionDto['comparedWith'] }> {
  const notFound = new NotFoundError({
    id: `Kode sertifikat ${code} tidak ditemukan.`,
    en: `Certificate code ${code} not found.`,
  });
  const point = pointOfCode(code);
  if (!point) throw notFound;
  const period = (await listPeriods(context.database.db)).find((p) => p.code === point.period);
  if (!period || !(await gradedQuartersOf(context, period)).includes(point.quarter)) throw notFound;
  const { entries, comparedWith } = await recognitionAt(context, period, point);
  const entry = entries.find((e) => e.code === code.trim().toUpperCase());
  if (!entry) throw notFound;
  return { point, entry, comparedWith };
}
