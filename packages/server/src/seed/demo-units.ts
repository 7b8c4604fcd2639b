/**
 * Demo work units: every Pemda gets 5–12 of its perangkat daerah, every ministry and agency its
 * eselon I units; each carried target is assigned to the unit its output's subject belongs to
 * (permits to DPMPTSP, procurement and assets to BPKAD, …); the demo reports record that unit; and
 * one demo contributor of the demo home is limited to one unit. Deterministic: no random draws,
 * so the rest of the demo dataset is unchanged.
 */
import type { Executor } from '../db/database.js';
import { insertInChunks } from '../db/repositories/bulk.js';
import { insertUser } from '../db/repositories/user.repository.js';
import {
  findBusiestUnit,
  listAllUnitKeys,
  listCarriedTargetsWithOutputNames,
  recordResponsibleUnitsOnReports,
  replaceContributorUnits,
} from '../db/repositories/work-unit.repository.js';
import { hashPassword } from '../services/accounts/password.js';
import type { DemoAccount } from './demo-accounts.js';

interface UnitSpec {
  code: string;
  name: string;
  shortName: string;
  /** Words of an output's name that make it this unit's work. */
  subjects?: RegExp;
}

/** Perangkat daerah in the order they are added: every Pemda has at least the first five. */
const PEMDA_UNITS: readonly UnitSpec[] = [
  {
    code: 'BAPPEDA',
    name: 'Badan Perencanaan Pembangunan Daerah',
    shortName: 'Bappeda',
    subjects: /perencanaan|SIPD|KRISNA|bantuan sosial|DTSEN|Satu Data|geospasial|Satu Peta/i,
  },
  {
    code: 'BPKAD',
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    shortName: 'BPKAD',
    subjects: /pengadaan|katalog|belanja|keuangan|aset|anggaran|pajak|PBB|PBJT|penerimaan/i,
  },
  {
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    subjects: /perizinan|izin|OSS|KKPR|Bangunan Gedung|investasi|pemilik manfaat/i,
  },
  {
    code: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika',
    shortName: 'Diskominfo',
    subjects: /digital|layanan publik|interoperabilitas|informasi|SPBE|portal/i,
  },
  {
    code: 'INSPEKTORAT',
    name: 'Inspektorat Daerah',
    shortName: 'Inspektorat',
    subjects: /APIP|pengawasan|gratifikasi|benturan kepentingan|pengaduan|anti penyuapan/i,
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    shortName: 'BKPSDM',
    subjects: /merit|aparatur|kepegawaian|ASN|talenta|JPT/i,
  },
  {
    code: 'BAPENDA',
    name: 'Badan Pendapatan Daerah',
    shortName: 'Bapenda',
    subjects: /pajak|PBB|PBJT|opsen|Samsat|MBLB|retribusi|pendapatan/i,
  },
  {
    code: 'DISDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Dukcapil',
    subjects: /NIK|kependudukan|pemadanan/i,
  },
  { code: 'DINKES', name: 'Dinas Kesehatan', shortName: 'Dinkes', subjects: /kesehatan|BPJS|obat/i },
  { code: 'DISDIK', name: 'Dinas Pendidikan', shortName: 'Disdik', subjects: /pendidikan|sekolah/i },
  {
    code: 'DPUPR',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'PUPR',
    subjects: /tata ruang|infrastruktur|jalan|lahan/i,
  },
  {
    code: 'BAGPBJ',
    name: 'Bagian Pengadaan Barang/Jasa Sekretariat Daerah',
    shortName: 'Bagian PBJ',
    subjects: /pengadaan|katalog|toko daring|SPSE/i,
  },
];

/** Eselon I units every ministry or agency has, then those that carry its programme's work. */
const KL_UNITS: readonly UnitSpec[] = [
  {
    code: 'SETJEN',
    name: 'Sekretariat Jenderal',
    shortName: 'Setjen',
    subjects: /perencanaan|anggaran|keuangan|pengadaan|katalog|digital|data/i,
  },
  {
    code: 'ITJEN',
    name: 'Inspektorat Jenderal',
    shortName: 'Itjen',
    subjects: /APIP|pengawasan|gratifikasi|benturan kepentingan|pengaduan|anti penyuapan/i,
  },
  {
    code: 'DITJEN-PELAYANAN',
    name: 'Direktorat Jenderal Pelayanan dan Perizinan',
    shortName: 'Ditjen Pelayanan',
    subjects: /perizinan|izin|OSS|layanan|INSW|Inaportnet|pelabuhan|neraca komoditas/i,
  },
  {
    code: 'BADAN-SDM',
    name: 'Badan Pengembangan Sumber Daya Manusia',
    shortName: 'BPSDM',
    subjects: /merit|aparatur|kepegawaian|talenta/i,
  },
];

/** How many perangkat daerah a Pemda has in the demo: 5 to 12, fixed by its id. */
function pemdaUnitCount(institutionId: number): number {
  return 5 + ((institutionId * 7) % 8);
}

/** The unit an output's targets go to: the first whose subjects match its name, else the first unit. */
export function unitForOutput<T extends { subjects?: RegExp }>(units: readonly T[], outputName: string): T {
  return units.find((unit) => unit.subjects?.test(outputName)) ?? (units[0] as T);
}

interface DemoUnitsInput {
  institutions: { id: number; code: string; type: string }[];
  /** The demo home institution, whose unit contributor is created. */
  homeCode: string | null;
  password: string | (() => string);
  at: string;
  emailDomain: string;
}

/** Adds the demo units and their targets; returns the unit-limited demo contributor, if a home is given. */
export async function seedDemoUnits(trx: Executor, input: DemoUnitsInput): Promise<DemoAccount[]> {
  const specsOf = (type: string, id: number) => (type === 'kl' ? KL_UNITS : PEMDA_UNITS.slice(0, pemdaUnitCount(id)));
  await insertInChunks(
    trx,
    'work_units',
    input.institutions.flatMap((institution) =>
      specsOf(institution.type, institution.id).map((spec) => ({
        institution_id: institution.id,
        code: spec.code,
        name: spec.name,
        short_name: spec.shortName,
        kind: institution.type === 'kl' ? 'eselon_1' : 'opd',
        active: 1,
        created_at: input.at,
        updated_at: input.at,
      })),
    ),
  );
  const units = await listAllUnitKeys(trx);
  const unitId = new Map(units.map((u) => [`${u.institution_id}:${u.code}`, u.id]));
  const type = new Map(input.institutions.map((i) => [i.id, i]));
  const carried = await listCarriedTargetsWithOutputNames(trx);
  await insertInChunks(
    trx,
    'unit_targets',
    carried.flatMap((row) => {
      const institution = type.get(row.institution_id);
      if (!institution) return [];
      const spec = unitForOutput(specsOf(institution.type, institution.id), row.output_name);
      const id = unitId.get(`${row.institution_id}:${spec.code}`);
      return id === undefined
        ? []
        : [
            {
              institution_id: row.institution_id,
              target_id: row.target_id,
              unit_id: id,
              assigned_at: input.at,
              assigned_by: null,
            },
          ];
    }),
  );
  // The demo reports were opened by the unit responsible, as reports opened in the app are.
  await recordResponsibleUnitsOnReports(trx);
  return input.homeCode === null ? [] : [await unitContributor(trx, input, unitId)];
}

/** A contributor of the demo home limited to its unit with the most targets. */
async function unitContributor(
  trx: Executor,
  input: DemoUnitsInput,
  unitId: Map<string, number>,
): Promise<DemoAccount> {
  const home = input.institutions.find((i) => i.code === input.homeCode) as DemoUnitsInput['institutions'][number];
  const busiest = await findBusiestUnit(trx, home.id);
  const unit = busiest ?? { id: unitId.get(`${home.id}:BAPPEDA`) as number, code: 'BAPPEDA', short_name: 'Bappeda' };
  const password = typeof input.password === 'string' ? input.password : input.password();
  const email = `kontributor.unit@${input.emailDomain}`;
  const name = `PIC ${unit.short_name ?? unit.code}`;
  const id = await insertUser(
    trx,
    {
      email,
      name: `${name} — ${home.code}`,
      institution_id: home.id,
      password_hash: await hashPassword(password),
      status: 'active',
      locale: 'id',
      created_at: input.at,
      updated_at: input.at,
    },
    ['contributor'],
  );
  await replaceContributorUnits(trx, id, [unit.id]);
  return { email, name, role: 'contributor', institutionCode: home.code, password };
}
