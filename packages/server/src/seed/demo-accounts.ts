/** One demo account per role, tied to the Pemda that carries the most outputs. */
import type { Role } from '@pantau/core';
import type { Executor } from '../db/database.js';
import { insertUser, insertVerifierAssignments } from '../db/repositories/user.repository.js';
import { hashPassword } from '../services/accounts/password.js';
import { DEMO_EMAIL_DOMAIN } from './demo-marker.js';

/** A demo account with its clear-text password, shown once at first start. */
export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  institutionCode: string | null;
  password: string;
}

interface AccountInput {
  institutions: { id: number; code: string; type: string }[];
  /** Institution ids per output of the active period. */
  assignments: Map<number, number[]>;
  verifierAksi: number[];
  password: string | (() => string);
  at: string;
}

const ACCOUNTS: { local: string; name: string; role: Role; ofInstitution: boolean }[] = [
  { local: 'admin', name: 'Admin Setnas PK', role: 'admin', ofInstitution: false },
  { local: 'verifikator', name: 'Verifikator Tenaga Ahli', role: 'verifier', ofInstitution: false },
  { local: 'pengamat', name: 'Pengamat Timnas PK', role: 'observer', ofInstitution: false },
  { local: 'inspektorat', name: 'Inspektorat (Focal Point)', role: 'focal_point', ofInstitution: true },
  { local: 'kontributor', name: 'PIC Perangkat Daerah', role: 'contributor', ofInstitution: true },
  { local: 'humas', name: 'Humas / Diskominfo', role: 'publicist', ofInstitution: true },
];

/** Creates the demo accounts and returns them with their passwords. */
export async function createDemoAccounts(trx: Executor, input: AccountInput): Promise<DemoAccount[]> {
  const home = busiestPemda(input);
  const accounts: DemoAccount[] = [];
  for (const spec of ACCOUNTS) {
    const password = typeof input.password === 'string' ? input.password : input.password();
    const institution = spec.ofInstitution ? home : null;
    const email = `${spec.local}@${DEMO_EMAIL_DOMAIN}`;
    const id = await insertUser(
      trx,
      {
        email,
        name: institution ? `${spec.name} — ${institution.code}` : spec.name,
        institution_id: institution?.id ?? null,
        password_hash: await hashPassword(password),
        status: 'active',
        locale: 'id',
        created_at: input.at,
        updated_at: input.at,
      },
      [spec.role],
    );
    if (spec.role === 'verifier') await insertVerifierAssignments(trx, id, input.verifierAksi);
    accounts.push({ email, name: spec.name, role: spec.role, institutionCode: institution?.code ?? null, password });
  }
  return accounts;
}

/** The Pemda with the most assigned outputs (lowest code on a tie): the richest demo home. */
function busiestPemda(input: AccountInput) {
  const load = new Map<number, number>();
  for (const ids of input.assignments.values()) for (const id of ids) load.set(id, (load.get(id) ?? 0) + 1);
  const pemda = input.institutions.filter((i) => i.type !== 'kl');
  const best = pemda.reduce((a, b) => ((load.get(b.id) ?? 0) > (load.get(a.id) ?? 0) ? b : a));
  return best;
}
