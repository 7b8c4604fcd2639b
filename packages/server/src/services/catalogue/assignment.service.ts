/**
 * Assignment rules of outputs: a rule ("all provinces", a list of codes) is stored with the output
 * and materialised into assignments at once. Ending a rule or an assignment is an event with a
 * reason — the rows stay, figures stop counting them. Used by the admin API and the import.
 */
import { type AssignmentRule, type InstitutionType, type RuleCandidate, resolveAssignmentRule } from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  countOutputAssignments,
  type Ending,
  endAssignmentRule,
  endAssignments,
  insertAssignmentRule,
  insertAssignments,
  listAssignmentRowsOfOutputs,
  listOutputAssignmentsPage,
  listRulesOfOutput,
  setAssignmentsRule,
} from '../../db/repositories/assignment.repository.js';
import { findOutput } from '../../db/repositories/catalogue-admin.repository.js';
import {
  findInstitutionByCode,
  listInstitutionKeys,
  listInstitutionSummaries,
} from '../../db/repositories/institution.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { PendingFigures } from '../figures/pending-figures.js';
import { requirePeriod } from '../periods/period.service.js';
import type { PeriodRef } from './catalogue-admin.service.js';

/** An institution as rules see it. */
export type Candidate = RuleCandidate & { id: number };

/** An assignment row as materialisation needs it. */
export interface AssignmentState {
  id: number;
  institution_id: number;
  rule_id: number | null;
  created_at: string;
  ended_at: string | null;
}

/** What adding a rule did. */
export interface RuleAdded {
  ruleId: number;
  added: number;
  reactivated: number;
  alreadyAssigned: number;
}

const actorId = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

function unknownCodesError(codes: readonly string[]): ValidationError {
  const shown = codes.slice(0, 20).join(', ') + (codes.length > 20 ? ', …' : '');
  return new ValidationError(
    {
      id: `Kode instansi berikut tidak terdaftar: ${shown}. Daftarkan instansinya lebih dulu.`,
      en: `These institution codes are not registered: ${shown}. Register the institutions first.`,
    },
    codes.map((code) => ({ path: 'rule.codes', message: code })),
  );
}

/**
 * Stores `rule` for an output and assigns the institutions it selects: new ones are inserted,
 * ended ones apply again, current ones stay. `existing` holds the output's assignment rows (ended
 * ones too) and is updated in place, so several rules can be added in a row. Audited.
 */
export async function addRule(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  period: PeriodRef,
  output: { id: number; code: string },
  rule: AssignmentRule,
  institutions: readonly Candidate[],
  existing: Map<number, AssignmentState>,
  figures: PendingFigures,
): Promise<RuleAdded> {
  const resolution = resolveAssignmentRule(rule, institutions);
  if (resolution.unknownCodes.length > 0) throw unknownCodesError(resolution.unknownCodes);
  const at = clock.now().toISOString();
  const ruleId = await insertAssignmentRule(trx, output.id, JSON.stringify(rule), at, actorId(actor));
  const inserted: Candidate[] = [];
  const reactivated: AssignmentState[] = [];
  let alreadyAssigned = 0;
  for (const institution of resolution.institutions) {
    const state = existing.get(institution.id);
    if (!state) inserted.push(institution);
    else if (state.ended_at !== null) reactivated.push(state);
    else alreadyAssigned++;
  }
  await insertAssignments(
    trx,
    inserted.map((i) => ({ output_id: output.id, institution_id: i.id, rule_id: ruleId, created_at: at })),
  );
  await setAssignmentsRule(
    trx,
    reactivated.map((s) => s.id),
    ruleId,
  );
  for (const state of reactivated) existing.set(state.institution_id, { ...state, rule_id: ruleId, ended_at: null });
  // Inserted rows' ids are not needed again within one import: a later rule sees them as current.
  for (const i of inserted) {
    existing.set(i.id, { id: -1, institution_id: i.id, rule_id: ruleId, created_at: at, ended_at: null });
  }
  await recordAudit(trx, clock, actor, {
    action: 'assignment_rule.add',
    entity: 'output',
    entityId: output.id,
    change: {
      period: period.code,
      output: output.code,
      rule_id: ruleId,
      rule,
      added: inserted.length,
      reactivated: reactivated.length,
      already_assigned: alreadyAssigned,
    },
  });
  figures.add(period.id, [...inserted.map((i) => i.id), ...reactivated.map((s) => s.institution_id)]);
  return { ruleId, added: inserted.length, reactivated: reactivated.length, alreadyAssigned };
}

async function requireOutput(db: Executor, periodCode: string, outputCode: string) {
  const period = await requirePeriod(db, periodCode);
  const output = await findOutput(db, period.id, outputCode);
  if (!output) {
    throw new NotFoundError({
      id: `Output ${outputCode} tidak ada pada periode ${periodCode}.`,
      en: `There is no output ${outputCode} in period ${periodCode}.`,
    });
  }
  return { period, output };
}

async function candidates(db: Executor): Promise<Candidate[]> {
  return listInstitutionKeys(db);
}

async function statesOf(db: Executor, outputId: number): Promise<Map<number, AssignmentState>> {
  const rows = await listAssignmentRowsOfOutputs(db, [outputId]);
  return new Map(rows.map((row) => [row.institution_id, row]));
}

type RuleRow = Awaited<ReturnType<typeof listRulesOfOutput>>[number];

function ruleView(row: RuleRow) {
  return {
    id: row.id,
    rule: JSON.parse(row.rule) as AssignmentRule,
    createdAt: row.created_at,
    endedAt: row.ended_at,
    endedReason: row.ended_reason,
    institutionCount: Number(row.institution_count),
  };
}

async function ruleViewOf(db: Executor, outputId: number, ruleId: number) {
  const row = (await listRulesOfOutput(db, outputId)).find((r) => r.id === ruleId);
  if (!row) throw new NotFoundError({ id: 'Aturan penugasan tidak ditemukan.', en: 'Assignment rule not found.' });
  return ruleView(row);
}

/** Every rule of an output, ended ones with their reason. */
export async function listOutputRules(context: AppContext, periodCode: string, outputCode: string) {
  const { db } = context.database;
  const { output } = await requireOutput(db, periodCode, outputCode);
  const [rules, count] = await Promise.all([
    listRulesOfOutput(db, output.id),
    countOutputAssignments(db, output.id, false),
  ]);
  return { period: periodCode, outputCode, institutionCount: count, rules: rules.map(ruleView) };
}

const PREVIEW_ITEMS = 200;

/** Which institutions a rule would assign to an output, which are new, and which listed codes are unknown. */
export async function previewRule(context: AppContext, periodCode: string, outputCode: string, rule: AssignmentRule) {
  const { db } = context.database;
  const { output } = await requireOutput(db, periodCode, outputCode);
  const [institutions, states] = await Promise.all([listInstitutionSummaries(db), statesOf(db, output.id)]);
  const resolution = resolveAssignmentRule(rule, institutions);
  const assigned = (id: number) => {
    const state = states.get(id);
    return state !== undefined && state.ended_at === null;
  };
  const alreadyAssigned = resolution.institutions.filter((i) => assigned(i.id)).length;
  return {
    total: resolution.institutions.length,
    newCount: resolution.institutions.length - alreadyAssigned,
    alreadyAssigned,
    unknownCodes: resolution.unknownCodes,
    items: resolution.institutions.slice(0, PREVIEW_ITEMS).map((i) => ({
      code: i.code,
      name: i.name,
      type: i.type,
      provinceCode: i.province_code,
      assigned: assigned(i.id),
    })),
    truncated: resolution.institutions.length > PREVIEW_ITEMS,
  };
}

/** Adds a rule to an output and assigns what it selects; unknown listed codes refuse the rule. */
export async function addOutputRule(
  context: AppContext,
  actor: Actor,
  periodCode: string,
  outputCode: string,
  rule: AssignmentRule,
) {
  return transaction(context.database.db, async (trx) => {
    const { period, output } = await requireOutput(trx, periodCode, outputCode);
    const figures = new PendingFigures();
    const added = await addRule(
      trx,
      context.clock,
      actor,
      period,
      output,
      rule,
      await candidates(trx),
      await statesOf(trx, output.id),
      figures,
    );
    await figures.flush(trx, context.clock.now().toISOString());
    const { ruleId, ...counts } = added;
    return { rule: await ruleViewOf(trx, output.id, ruleId), ...counts };
  });
}

/**
 * Ends a rule: its assignments end with it, except those another current rule of the output also
 * selects (they are credited to that rule). Reason required; nothing is deleted. Audited.
 */
export async function endOutputRule(
  context: AppContext,
  actor: Actor,
  periodCode: string,
  outputCode: string,
  ruleId: number,
  reason: string,
) {
  return transaction(context.database.db, async (trx) => {
    const { period, output } = await requireOutput(trx, periodCode, outputCode);
    const rules = await listRulesOfOutput(trx, output.id);
    const rule = rules.find((r) => r.id === ruleId);
    if (!rule) throw new NotFoundError({ id: 'Aturan penugasan tidak ditemukan.', en: 'Assignment rule not found.' });
    const ending: Ending = { at: context.clock.now().toISOString(), reason, by: actorId(actor) };
    if (!(await endAssignmentRule(trx, ruleId, ending))) {
      throw new ConflictError('rule_ended', {
        id: `Aturan ini sudah diakhiri pada ${rule.ended_at}.`,
        en: `This rule already ended on ${rule.ended_at}.`,
      });
    }
    const institutions = await candidates(trx);
    const coveredBy = new Map<number, number>();
    for (const other of rules.filter((r) => r.id !== ruleId && r.ended_at === null)) {
      for (const i of resolveAssignmentRule(JSON.parse(other.rule) as AssignmentRule, institutions).institutions) {
        if (!coveredBy.has(i.id)) coveredBy.set(i.id, other.id);
      }
    }
    const mine = [...(await statesOf(trx, output.id)).values()].filter(
      (s) => s.rule_id === ruleId && s.ended_at === null,
    );
    const toEnd = mine.filter((s) => !coveredBy.has(s.institution_id));
    const kept = mine.filter((s) => coveredBy.has(s.institution_id));
    await endAssignments(
      trx,
      toEnd.map((s) => s.id),
      ending,
    );
    for (const otherRuleId of new Set(kept.map((s) => coveredBy.get(s.institution_id) as number))) {
      await setAssignmentsRule(
        trx,
        kept.filter((s) => coveredBy.get(s.institution_id) === otherRuleId).map((s) => s.id),
        otherRuleId,
      );
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'assignment_rule.end',
      entity: 'output',
      entityId: output.id,
      change: {
        period: periodCode,
        output: outputCode,
        rule_id: ruleId,
        rule: JSON.parse(rule.rule),
        reason,
        ended: toEnd.length,
        kept: kept.length,
      },
    });
    const figures = new PendingFigures();
    figures.add(
      period.id,
      toEnd.map((s) => s.institution_id),
    );
    await figures.flush(trx, ending.at);
    return { rule: await ruleViewOf(trx, output.id, ruleId), ended: toEnd.length, kept: kept.length };
  });
}

/** One page of an output's assignments (with `includeEnded`, ended ones and why). */
export async function listOutputAssignments(
  context: AppContext,
  periodCode: string,
  outputCode: string,
  includeEnded: boolean,
  page: { limit: number; offset: number },
) {
  const { db } = context.database;
  const { output } = await requireOutput(db, periodCode, outputCode);
  const [total, rows] = await Promise.all([
    countOutputAssignments(db, output.id, includeEnded),
    listOutputAssignmentsPage(db, output.id, includeEnded, page),
  ]);
  return {
    total,
    ...page,
    items: rows.map((r) => ({
      institution: { code: r.code, name: r.name, type: r.type as InstitutionType, provinceCode: r.province_code },
      ruleId: r.rule_id,
      createdAt: r.created_at,
      endedAt: r.ended_at,
      endedReason: r.ended_reason,
    })),
  };
}

/** Ends one institution's assignment to an output, with a reason. Audited. */
export async function endOutputAssignment(
  context: AppContext,
  actor: Actor,
  periodCode: string,
  outputCode: string,
  institutionCode: string,
  reason: string,
) {
  return transaction(context.database.db, async (trx) => {
    const { period, output } = await requireOutput(trx, periodCode, outputCode);
    const institution = await findInstitutionByCode(trx, institutionCode);
    const state = institution ? (await statesOf(trx, output.id)).get(institution.id) : undefined;
    if (!institution || !state || state.ended_at !== null) {
      throw new NotFoundError({
        id: `Instansi ${institutionCode} tidak sedang ditugasi output ${outputCode}.`,
        en: `Institution ${institutionCode} is not currently assigned output ${outputCode}.`,
      });
    }
    const ending: Ending = { at: context.clock.now().toISOString(), reason, by: actorId(actor) };
    await endAssignments(trx, [state.id], ending);
    await recordAudit(trx, context.clock, actor, {
      action: 'assignment.end',
      entity: 'output',
      entityId: output.id,
      change: { period: periodCode, output: outputCode, institution: institutionCode, rule_id: state.rule_id, reason },
    });
    const figures = new PendingFigures();
    figures.add(period.id, [institution.id]);
    await figures.flush(trx, ending.at);
    return {
      institution: {
        code: institution.code,
        name: institution.name,
        type: institution.type as InstitutionType,
        provinceCode: institution.province_code,
      },
      ruleId: state.rule_id,
      createdAt: state.created_at,
      endedAt: ending.at,
      endedReason: reason,
    };
  });
}
