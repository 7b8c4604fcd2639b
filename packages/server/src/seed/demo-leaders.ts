/**
 * The demo's leaders and the Inspektorat's support log: a leader of the demo Pemda (the focal
 * point's), a leader of its province's governor's office with the province view of the province's
 * kabupaten/kota, and support entries of the past months with follow-ups (some done, some open).
 */
import { addDays, type SupportKind } from '@pantau/core';
import type { Executor } from '../db/database.js';
import { findInstitutionByCode, findInstitutionById } from '../db/repositories/institution.repository.js';
import { grantProvinceView } from '../db/repositories/province-view.repository.js';
import { insertSupportEntry } from '../db/repositories/support.repository.js';
import { findUserByEmail, insertUser } from '../db/repositories/user.repository.js';
import { listUnitsOf } from '../db/repositories/work-unit.repository.js';
import { hashPassword } from '../services/accounts/password.js';
import type { DemoAccount } from './demo-accounts.js';
import { DEMO_EMAIL_DOMAIN } from './demo-marker.js';

interface LeaderInput {
  /** The demo's "today" (civil date). */
  asOf: string;
  password: string | (() => string);
  at: string;
}

/** Support entries, days before the demo's today, with follow-ups due some days after the entry. */
const ENTRIES: {
  daysAgo: number;
  kind: SupportKind;
  notes: string;
  followUps: { title: string; dueIn: number; status: 'open' | 'in_progress' | 'done' }[];
}[] = [
  {
    daysAgo: 4,
    kind: 'review',
    notes: 'Reviu kelengkapan bukti dukung laporan triwulan berjalan sebelum diajukan ke Setnas PK.',
    followUps: [
      { title: 'Lengkapi SK tim dan notulen rapat sebagai bukti dukung', dueIn: 10, status: 'open' },
      { title: 'Perbaiki narasi capaian agar memuat angka dampak', dueIn: 7, status: 'in_progress' },
    ],
  },
  {
    daysAgo: 18,
    kind: 'visit',
    notes: 'Kunjungan ke unit pelaksana: memeriksa penerapan SOP perizinan daring dan antrean layanan.',
    followUps: [{ title: 'Unggah SOP perizinan yang sudah ditandatangani', dueIn: 7, status: 'open' }],
  },
  {
    daysAgo: 35,
    kind: 'meeting',
    notes: 'Rapat koordinasi dengan PIC unit kerja tentang jadwal pelaporan dan pembagian target.',
    followUps: [{ title: 'Tetapkan PIC pengganti untuk unit yang kosong', dueIn: 14, status: 'done' }],
  },
  {
    daysAgo: 70,
    kind: 'training',
    notes: 'Pelatihan pengisian laporan capaian dan unggah bukti dukung di Pantau untuk seluruh PIC.',
    followUps: [],
  },
];

async function leaderAccount(
  trx: Executor,
  input: LeaderInput,
  local: string,
  name: string,
  institution: { id: number; code: string; name: string },
): Promise<{ id: number; account: DemoAccount }> {
  const password = typeof input.password === 'string' ? input.password : input.password();
  const email = `${local}@${DEMO_EMAIL_DOMAIN}`;
  const id = await insertUser(
    trx,
    {
      email,
      name: `${name} — ${institution.code}`,
      institution_id: institution.id,
      password_hash: await hashPassword(password),
      status: 'active',
      locale: 'id',
      created_at: input.at,
      updated_at: input.at,
    },
    ['leader'],
  );
  return { id, account: { email, name, role: 'leader', institutionCode: institution.code, password } };
}

/** Creates the demo leaders and support log; returns the leaders' accounts (after the focal point's). */
export async function seedDemoLeaders(trx: Executor, input: LeaderInput): Promise<DemoAccount[]> {
  const focalPoint = await findUserByEmail(trx, `inspektorat@${DEMO_EMAIL_DOMAIN}`);
  if (!focalPoint?.institution_id) return [];
  const home = await findInstitutionById(trx, focalPoint.institution_id);
  if (!home) return [];
  const accounts: DemoAccount[] = [];
  accounts.push((await leaderAccount(trx, input, 'pimpinan', 'Sekretaris Daerah', home)).account);
  // The governor's office of the home's province (the home itself when it is a province) reads its kabupaten/kota.
  const province =
    home.type === 'provinsi'
      ? home
      : home.province_code
        ? await findInstitutionByCode(trx, home.province_code)
        : undefined;
  if (province?.type === 'provinsi') {
    const governor = await leaderAccount(trx, input, 'pimpinan.provinsi', 'Asisten Pemerintahan Provinsi', province);
    await grantProvinceView(trx, governor.id, null, input.at);
    accounts.push(governor.account);
  }

  // The demo's units, when they are seeded before this: each entry supports one in turn.
  const units = await listUnitsOf(trx, home.id, true);
  for (const [index, entry] of ENTRIES.entries()) {
    const heldOn = addDays(input.asOf, -entry.daysAgo);
    const unitId = units.length > 0 ? (units[index % units.length]?.id ?? null) : null;
    await insertSupportEntry(
      trx,
      {
        institution_id: home.id,
        unit_id: unitId,
        held_on: heldOn,
        kind: entry.kind,
        notes: entry.notes,
        created_by: focalPoint.id,
        created_at: input.at,
      },
      [],
      entry.followUps.map((f) => ({
        institution_id: home.id,
        title: f.title,
        owner_unit_id: unitId,
        due_on: addDays(heldOn, f.dueIn),
        status: f.status,
        created_at: input.at,
        updated_at: input.at,
        closed_at: f.status === 'done' ? input.at : null,
      })),
    );
  }
  return accounts;
}
