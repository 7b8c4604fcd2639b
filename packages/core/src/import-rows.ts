/**
 * Rows of the `instansi`, `penugasan` and `pengguna` sheets → typed records, or problems naming
 * sheet, row, column and what to do (the `katalog` sheet: `import-catalogue-rows.ts`). Pure: checks
 * form, ranges and consistency within the file; whether codes exist in the database (periods, aksi,
 * institutions, the Kemendagri list) is checked by the server.
 */
import { TYPE_RULE_KINDS } from './assignment-rules.js';
import {
  duplicate,
  EMAIL,
  FirstSeen,
  FirstSeenInGroups,
  NUMBER_CODE,
  OUTPUT_CODE,
  readSheet,
  type SheetResult,
} from './import-row-reader.js';
import { IMPORT_SHEETS, rowProblem, type SheetTable } from './import-sheets.js';
import { INSTITUTION_TYPES, type InstitutionType, parseRegionCode } from './institutions.js';
import { ROLES, type Role, roleNeedsInstitution } from './roles.js';

export type { SheetResult } from './import-row-reader.js';

/** Rule kinds an assignment row may name. */
export const ASSIGNMENT_RULE_KINDS = [
  ...(Object.keys(TYPE_RULE_KINDS) as (keyof typeof TYPE_RULE_KINDS)[]),
  'list',
] as const;
export type AssignmentRuleKind = (typeof ASSIGNMENT_RULE_KINDS)[number];

/** An institution row. */
export interface InstitutionRecord {
  row: number;
  code: string;
  name: string;
  type: InstitutionType;
  /** The province of a Pemda (itself for a province); null for a K/L. */
  provinceCode: string | null;
}

/** An assignment row: a type rule for an output, or one institution of its list rule. */
export interface AssignmentRecord {
  row: number;
  period: string;
  outputCode: string;
  kind: AssignmentRuleKind;
  institutionCode: string | null;
}

/** A user row: an account to invite, or to bring in line with the row. */
export interface UserRecord {
  row: number;
  email: string;
  name: string;
  roles: Role[];
  institutionCode: string | null;
  verifierAksi: string[];
  contributorOutputs: string[];
  period: string | null;
  locale: 'id' | 'en';
}

/** Reads the `instansi` sheet. */
export function readInstitutionSheet(table: SheetTable): SheetResult<InstitutionRecord> {
  const seen = new FirstSeen();
  return readSheet(IMPORT_SHEETS.institutions, table, (row, problems) => {
    const rawCode = row.required('kode_instansi');
    const code = rawCode === null ? null : row.institutionCode('kode_instansi');
    const name = row.required('nama') === null ? null : row.text('nama', 2, 200);
    const region = code === null ? null : parseRegionCode(code);
    const derived: InstitutionType | null = code === null ? null : region ? region.type : 'kl';
    const typeText = row.value('jenis').toLowerCase();
    if (typeText && !(INSTITUTION_TYPES as readonly string[]).includes(typeText)) {
      row.fail('jenis', {
        id: `${typeText} bukan jenis instansi (pilih: ${INSTITUTION_TYPES.join(', ')}).`,
        en: `${typeText} is not an institution type (choose: ${INSTITUTION_TYPES.join(', ')}).`,
      });
    } else if (typeText && derived && typeText !== derived) {
      row.fail('jenis', {
        id: `kode ${code} adalah ${derived}, bukan ${typeText}.`,
        en: `code ${code} is a ${derived}, not a ${typeText}.`,
      });
    }
    if (code === null || name === null || derived === null) return null;
    const first = seen.claim(code, row.row);
    if (first !== null) {
      problems.push(rowProblem(table.name, row.row, duplicate(`Kode ${code}`, first)));
      return null;
    }
    return { row: row.row, code, name, type: derived, provinceCode: region?.provinceCode ?? null };
  });
}

/** Reads the `penugasan` sheet. */
export function readAssignmentSheet(table: SheetTable): SheetResult<AssignmentRecord> {
  const seen = new FirstSeenInGroups();
  return readSheet(IMPORT_SHEETS.assignments, table, (row, problems) => {
    const period = row.period('periode');
    const outputText = row.required('kode_output');
    const outputCode =
      outputText === null || OUTPUT_CODE.test(outputText)
        ? outputText
        : row.fail('kode_output', {
            id: `${outputText} bukan kode output (contoh: 3.2).`,
            en: `${outputText} is not an output code (e.g. 3.2).`,
          });
    const kindText = row.value('aturan').toLowerCase();
    const institutionText = row.value('kode_instansi');
    let kind: AssignmentRuleKind | null = null;
    if (!kindText) {
      kind = institutionText
        ? 'list'
        : row.fail('aturan', {
            id: 'isi aturan (misalnya all_provinces) atau kode_instansi.',
            en: 'give a rule (e.g. all_provinces) or an institution code.',
          });
    } else if ((ASSIGNMENT_RULE_KINDS as readonly string[]).includes(kindText)) {
      kind = kindText as AssignmentRuleKind;
    } else {
      row.fail('aturan', {
        id: `${kindText} bukan aturan penugasan yang dikenal (pilih: ${ASSIGNMENT_RULE_KINDS.join(', ')}).`,
        en: `${kindText} is not a known assignment rule (choose: ${ASSIGNMENT_RULE_KINDS.join(', ')}).`,
      });
    }
    let institutionCode: string | null = null;
    if (kind === 'list') {
      institutionCode = row.required('kode_instansi') === null ? null : row.institutionCode('kode_instansi');
      if (institutionCode === null) return null;
    } else if (kind && institutionText) {
      row.fail('kode_instansi', {
        id: `hanya diisi untuk aturan list; aturan ${kind} memilih instansi sendiri.`,
        en: `only for list rules; rule ${kind} selects institutions itself.`,
      });
    }
    if (period === null || outputCode === null || kind === null) return null;
    const first = seen.claim(`${period}|${outputCode}|${kind}`, institutionCode ?? '', row.row);
    if (first !== null) {
      const what = institutionCode
        ? `Penugasan ${outputCode} → ${institutionCode}`
        : `Aturan ${kind} untuk ${outputCode}`;
      problems.push(rowProblem(table.name, row.row, duplicate(what, first)));
      return null;
    }
    return { row: row.row, period, outputCode, kind, institutionCode };
  });
}

/** Reads the `pengguna` sheet. */
export function readUserSheet(table: SheetTable): SheetResult<UserRecord> {
  const seen = new FirstSeen();
  return readSheet(IMPORT_SHEETS.users, table, (row, problems) => {
    const emailText = row.required('email');
    const email =
      emailText === null || (EMAIL.test(emailText) && emailText.length <= 254)
        ? (emailText?.toLowerCase() ?? null)
        : row.fail('email', {
            id: `${emailText} bukan alamat e-mail yang sah.`,
            en: `${emailText} is not a valid e-mail address.`,
          });
    const name = row.required('nama') === null ? null : row.text('nama', 2, 120);
    const roles: Role[] = [];
    for (const role of row.list('peran')) {
      if ((ROLES as readonly string[]).includes(role)) roles.push(role as Role);
      else {
        row.fail('peran', {
          id: `${role} bukan peran yang dikenal (pilih: ${ROLES.join(', ')}).`,
          en: `${role} is not a known role (choose: ${ROLES.join(', ')}).`,
        });
      }
    }
    if (roles.length === 0 && row.value('peran') === '') row.required('peran');
    const institutionCode = row.value('kode_instansi') ? row.institutionCode('kode_instansi') : null;
    if (!row.value('kode_instansi') && roles.some(roleNeedsInstitution)) {
      row.fail('kode_instansi', {
        id: 'wajib untuk peran focal_point, contributor dan publicist.',
        en: 'is required for the focal_point, contributor and publicist roles.',
      });
    }
    const scope = (column: string, role: Role, pattern: RegExp) => {
      const codes = row.list(column);
      const bad = codes.find((code) => !pattern.test(code));
      if (bad) row.fail(column, { id: `${bad} bukan kode yang sah.`, en: `${bad} is not a valid code.` });
      else if (codes.length > 0 && !roles.includes(role)) {
        row.fail(column, { id: `hanya untuk peran ${role}.`, en: `only for the ${role} role.` });
      }
      return codes;
    };
    const verifierAksi = scope('aksi', 'verifier', NUMBER_CODE);
    const contributorOutputs = scope('output', 'contributor', OUTPUT_CODE);
    const periodText = row.value('periode');
    const period = periodText ? row.period('periode') : null;
    if (!periodText && verifierAksi.length + contributorOutputs.length > 0) {
      row.fail('periode', {
        id: 'wajib bila aksi atau output diisi.',
        en: 'is required when aksi or output is given.',
      });
    }
    const localeText = row.value('bahasa').toLowerCase() || 'id';
    if (localeText !== 'id' && localeText !== 'en') {
      row.fail('bahasa', { id: `${localeText} bukan id atau en.`, en: `${localeText} is neither id nor en.` });
    }
    if (email === null || name === null || roles.length === 0) return null;
    const first = seen.claim(email, row.row);
    if (first !== null) {
      problems.push(rowProblem(table.name, row.row, duplicate(`E-mail ${email}`, first)));
      return null;
    }
    return {
      row: row.row,
      email,
      name,
      roles: [...new Set(roles)],
      institutionCode,
      verifierAksi,
      contributorOutputs,
      period,
      locale: localeText === 'en' ? 'en' : 'id',
    };
  });
}
