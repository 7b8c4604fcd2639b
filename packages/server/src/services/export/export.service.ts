/**
 * Exports of the lists a user can see — reports, institutions, users — as CSV or XLSX, streamed
 * from keyset pages. Scopes are those of reading: reports as `report.read` reaches them (a focal
 * point its institution's, a verifier its aksi, admin and observers all), accounts as `user.read`.
 * Feedback (aduan/usulan) is exported by `feedback-export.service.ts` with the staff list's scopes.
 */
import { scopesOf } from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import {
  pageInstitutions,
  pageReports,
  pageUsers,
  type ReportExportFilter,
  type ReportScope,
} from '../../db/repositories/export.repository.js';
import { listRolesOf } from '../../db/repositories/user.repository.js';
import { resolveInstitution } from '../accounts/user.service.js';
import { requirePeriod } from '../periods/period.service.js';
import { keysetRows, type TableColumn, type TableFile, type TableFormat, tableFile } from './table-writer.js';

export type ExportList = 'reports' | 'institutions' | 'users';

const PAGE = 1000;
const yesNo = (flag: number | null) => (flag === null ? null : flag === 1);

/** The reports an actor reaches under `report.read`; the system (CLI) reaches all. */
function reportScope(actor: Actor): ReportScope {
  if (actor.kind === 'system') return { all: true, aksiIds: [], institution: null };
  const scopes = scopesOf(actor.roles, 'report.read');
  const ownInstitution = scopes.includes('own_institution') && actor.institutionId !== null;
  // A contributor limited to outputs reaches only those; a focal point its whole institution.
  const limited = actor.roles.includes('contributor') && !actor.roles.includes('focal_point');
  return {
    all: scopes.includes('all'),
    aksiIds: scopes.includes('assigned_aksi') ? actor.verifierAksiIds : [],
    institution: ownInstitution
      ? {
          id: actor.institutionId as number,
          outputIds: limited ? actor.contributorOutputIds : [],
          unitIds: limited ? actor.contributorUnitIds : [],
        }
      : null,
  };
}

type ReportRow = Awaited<ReturnType<typeof pageReports>>[number];

const REPORT_COLUMNS: TableColumn<ReportRow>[] = [
  { header: 'periode', value: (r) => r.period },
  { header: 'triwulan', value: (r) => r.quarter_number },
  { header: 'kode_target', value: (r) => r.target_code },
  { header: 'versi_target', value: (r) => r.target_version },
  { header: 'kode_aksi', value: (r) => r.aksi_code },
  { header: 'kode_output', value: (r) => r.output_code },
  { header: 'kode_instansi', value: (r) => r.institution_code },
  { header: 'nama_instansi', value: (r) => r.institution_name },
  { header: 'kode_unit', value: (r) => r.unit_code },
  { header: 'unit_kerja', value: (r) => r.unit_name },
  { header: 'jenis_instansi', value: (r) => r.institution_type },
  { header: 'kode_provinsi', value: (r) => r.province_code },
  { header: 'status', value: (r) => r.state },
  { header: 'progres', value: (r) => r.progress },
  { header: 'dikirim_pertama', value: (r) => r.first_submitted_at },
  { header: 'tepat_waktu', value: (r) => yesNo(r.on_time) },
  { header: 'tidak_berlaku', value: (r) => r.not_applicable === 1 },
  { header: 'skor', value: (r) => r.score },
  { header: 'skor_lapangan', value: (r) => r.field_score },
  { header: 'mutu', value: (r) => r.quality_grade },
  { header: 'diverifikasi', value: (r) => r.verified_at },
  { header: 'diperbarui', value: (r) => r.updated_at },
];

/** The reports `actor` can read, filtered, as a streamed file. */
export async function exportReports(
  context: AppContext,
  actor: Actor,
  query: {
    period?: string | undefined;
    quarter?: number | undefined;
    institution?: string | undefined;
    state?: string | undefined;
  },
  format: TableFormat,
): Promise<TableFile> {
  const { db } = context.database;
  const filter: ReportExportFilter = {
    periodId: query.period ? (await requirePeriod(db, query.period)).id : undefined,
    quarter: query.quarter,
    institutionId: query.institution ? (await resolveInstitution(db, query.institution))?.id : undefined,
    state: query.state,
  };
  const scope = reportScope(actor);
  const name = ['laporan', query.period, query.quarter ? `tw${query.quarter}` : undefined, query.institution]
    .filter(Boolean)
    .join('-');
  return tableFile(
    {
      fileName: name,
      sheet: 'laporan',
      columns: REPORT_COLUMNS,
      rows: keysetRows(
        0,
        PAGE,
        (after) => pageReports(db, scope, filter, after, PAGE),
        (r) => r.id,
      ),
    },
    format,
  );
}

type InstitutionRow = Awaited<ReturnType<typeof pageInstitutions>>[number];

/** Institutions (public), with the columns of the `instansi` import sheet first: the export re-imports. */
export function exportInstitutions(
  context: AppContext,
  query: { type?: string | undefined; province?: string | undefined },
  format: TableFormat,
): TableFile {
  const { db } = context.database;
  const filter = { type: query.type, provinceCode: query.province };
  const columns: TableColumn<InstitutionRow>[] = [
    { header: 'kode_instansi', value: (r) => r.code },
    { header: 'nama', value: (r) => r.name },
    { header: 'jenis', value: (r) => r.type },
    { header: 'kode_provinsi', value: (r) => r.province_code },
    { header: 'kode_induk', value: (r) => r.parent_code },
  ];
  return tableFile(
    {
      fileName: 'instansi',
      sheet: 'instansi',
      columns,
      rows: keysetRows(
        '',
        PAGE,
        (after) => pageInstitutions(db, filter, after, PAGE),
        (r) => r.code,
      ),
    },
    format,
  );
}

type UserRow = Awaited<ReturnType<typeof pageUsers>>[number] & { roles: string };

/** Accounts `actor` can read (a focal point: its institution's), as a streamed file. */
export async function exportUsers(
  context: AppContext,
  actor: Actor,
  query: { institution?: string | undefined; status?: string | undefined },
  format: TableFormat,
): Promise<TableFile> {
  const { db } = context.database;
  const all = actor.kind === 'system' || scopesOf(actor.roles, 'user.read').includes('all');
  const institutionId = all
    ? query.institution
      ? (await resolveInstitution(db, query.institution))?.id
      : undefined
    : actor.kind === 'user'
      ? (actor.institutionId ?? -1)
      : -1;
  const filter = { institutionId, status: query.status };
  const columns: TableColumn<UserRow>[] = [
    { header: 'email', value: (r) => r.email },
    { header: 'nama', value: (r) => r.name },
    { header: 'peran', value: (r) => r.roles },
    { header: 'kode_instansi', value: (r) => r.institution_code },
    { header: 'bahasa', value: (r) => r.locale },
    { header: 'status', value: (r) => r.status },
    { header: 'dibuat', value: (r) => r.created_at },
  ];
  const withRoles = async (after: number): Promise<UserRow[]> => {
    const rows = await pageUsers(db, filter, after, PAGE);
    const roles = await listRolesOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      ...r,
      roles: roles
        .filter((x) => x.user_id === r.id)
        .map((x) => x.role)
        .join(','),
    }));
  };
  return tableFile(
    {
      fileName: 'pengguna',
      sheet: 'pengguna',
      columns,
      rows: keysetRows(0, PAGE, withRoles, (r) => r.id),
    },
    format,
  );
}
