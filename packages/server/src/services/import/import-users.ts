/**
 * The `pengguna` sheet: new e-mail addresses become invited accounts (never a password) with a
 * single-use invitation link; existing accounts are brought in line with their row — name,
 * language, roles, institution, and the aksi/outputs of the row's period — and keep their status.
 */
import { cellProblem, type ImportProblem, type UserRecord } from '@pantau/core';
import { recordAudit } from '../../audit/audit.service.js';
import { listCatalogueCodes } from '../../db/repositories/catalogue-admin.repository.js';
import { findInstitutionByCode, findInstitutionById } from '../../db/repositories/institution.repository.js';
import {
  findUserByEmail,
  findUserGrants,
  replaceContributorOutputs,
  replaceRoles,
  replaceVerifierAssignments,
  updateUserFields,
} from '../../db/repositories/user.repository.js';
import type { User } from '../../db/schema.js';
import { issueLink } from '../accounts/account.service.js';
import { insertAccount } from '../accounts/user.service.js';
import type { ImportSession } from './import-session.js';
import type { KnownCodes } from './known-codes.js';

/** Problems of references: unknown institutions, periods, aksi and outputs. */
export function checkUsers(
  sheet: string,
  records: readonly UserRecord[],
  known: KnownCodes,
  problems: ImportProblem[],
) {
  for (const r of records) {
    const problem = (column: string, id: string, en: string) =>
      problems.push(cellProblem(sheet, r.row, column, { id, en }));
    if (r.institutionCode !== null && !known.institutions.has(r.institutionCode)) {
      problem(
        'kode_instansi',
        `instansi ${r.institutionCode} tidak terdaftar.`,
        `institution ${r.institutionCode} is not registered.`,
      );
    }
    if (r.period === null) continue;
    if (!known.periods.has(r.period)) {
      problem('periode', `periode ${r.period} tidak ada.`, `period ${r.period} does not exist.`);
      continue;
    }
    const catalogue = known.catalogue(r.period);
    const unknownAksi = r.verifierAksi.filter((code) => !catalogue.aksi.has(code));
    if (unknownAksi.length > 0) {
      problem(
        'aksi',
        `aksi ${unknownAksi.join(', ')} tidak ada pada periode ${r.period}.`,
        `aksi ${unknownAksi.join(', ')} do not exist in period ${r.period}.`,
      );
    }
    const unknownOutputs = r.contributorOutputs.filter((code) => !catalogue.outputs.has(code));
    if (unknownOutputs.length > 0) {
      problem(
        'output',
        `output ${unknownOutputs.join(', ')} tidak ada pada periode ${r.period}.`,
        `outputs ${unknownOutputs.join(', ')} do not exist in period ${r.period}.`,
      );
    }
  }
}

/** Invites new accounts and brings existing ones in line with their rows. */
export async function applyUsers(session: ImportSession, records: readonly UserRecord[], known: KnownCodes) {
  const { trx, actor, context } = session;
  for (const r of records) {
    const existing = await findUserByEmail(trx, r.email);
    if (existing) {
      session.count('user', (await syncAccount(session, existing, r, known)) ? 'updated' : 'unchanged');
      continue;
    }
    const id = await insertAccount(trx, context.clock, actor, {
      email: r.email,
      name: r.name,
      roles: r.roles,
      institutionCode: r.institutionCode,
      verifierAksi: r.verifierAksi,
      contributorOutputs: r.contributorOutputs,
      locale: r.locale,
      period: r.period ?? undefined,
      passwordHash: null,
    });
    const link = await issueLink(trx, context, actor.kind === 'user' ? actor : null, id, 'invitation');
    await recordAudit(trx, context.clock, actor, {
      action: 'user.invite',
      entity: 'user',
      entityId: id,
      change: { expires_at: link.expiresAt, via: 'import', file: session.fileName },
    });
    session.invitations.push({ email: r.email, ...link });
    session.count('user', 'created');
  }
}

const sameSet = (a: readonly number[] | readonly string[], b: readonly number[] | readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Applies a row to an existing account; returns whether anything changed. Audited when it does. */
async function syncAccount(session: ImportSession, user: User, r: UserRecord, known: KnownCodes): Promise<boolean> {
  const { trx, actor, context } = session;
  const { roles, verifierAksiIds: aksiIds, contributorOutputIds: outputIds } = await findUserGrants(trx, user.id);
  const institution = r.institutionCode === null ? undefined : await findInstitutionByCode(trx, r.institutionCode);
  const before = user.institution_id === null ? undefined : await findInstitutionById(trx, user.institution_id);
  // The row speaks for the aksi and outputs of its period only; other periods' scopes stay.
  let nextAksi = r.roles.includes('verifier') ? aksiIds : [];
  let nextOutputs = r.roles.includes('contributor') ? outputIds : [];
  const period = r.period === null ? undefined : known.periods.get(r.period);
  if (period) {
    const codes = await listCatalogueCodes(trx, period.id);
    const inPeriod = (ids: { id: number; code: string }[], wanted: string[]) => ({
      all: new Set(ids.map((x) => x.id)),
      chosen: ids.filter((x) => wanted.includes(x.code)).map((x) => x.id),
    });
    const aksi = inPeriod(codes.aksi, r.verifierAksi);
    const outputs = inPeriod(codes.outputs, r.contributorOutputs);
    nextAksi = [...nextAksi.filter((id) => !aksi.all.has(id)), ...aksi.chosen];
    nextOutputs = [...nextOutputs.filter((id) => !outputs.all.has(id)), ...outputs.chosen];
  }
  const changes = {
    name: user.name !== r.name,
    locale: user.locale !== r.locale,
    roles: !sameSet(roles, r.roles),
    institution: (before?.code ?? null) !== r.institutionCode,
    aksi: !sameSet(aksiIds, nextAksi),
    outputs: !sameSet(outputIds, nextOutputs),
  };
  if (!Object.values(changes).some(Boolean)) return false;
  await updateUserFields(trx, user.id, {
    name: r.name,
    locale: r.locale,
    institution_id: institution?.id ?? null,
    updated_at: context.clock.now().toISOString(),
  });
  if (changes.roles) await replaceRoles(trx, user.id, r.roles);
  if (changes.aksi) await replaceVerifierAssignments(trx, user.id, nextAksi);
  if (changes.outputs) await replaceContributorOutputs(trx, user.id, nextOutputs);
  await recordAudit(trx, context.clock, actor, {
    action: 'user.update',
    entity: 'user',
    entityId: user.id,
    change: {
      via: 'import',
      file: session.fileName,
      before: { name: user.name, locale: user.locale, roles, institution: before?.code ?? null },
      after: {
        name: r.name,
        locale: r.locale,
        roles: r.roles,
        institution: r.institutionCode,
        period: r.period,
        verifier_aksi: r.verifierAksi,
        contributor_outputs: r.contributorOutputs,
      },
    },
  });
  return true;
}
