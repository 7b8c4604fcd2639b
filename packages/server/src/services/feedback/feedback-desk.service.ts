/**
 * Citizen feedback as the staff desk reads it: admin and observers everything, a focal point only
 * what was forwarded to its own institution (and never the sender's name or contact; anything
 * else is 404). Each forwarded item carries the working days left to answer; lists carry the
 * count per state for the desk's tabs.
 */
import {
  dateInZone,
  FEEDBACK_STATUSES,
  type FeedbackCountsDto,
  type FeedbackDetailDto,
  type FeedbackStatus,
  scopesOf,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  countFeedback,
  countFeedbackByStatus,
  type FeedbackFilter,
  type FeedbackOrder,
  type FeedbackRow,
  findFeedbackById,
  listFeedback,
  listFeedbackEvents,
} from '../../db/repositories/feedback.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { NotFoundError } from '../../errors.js';
import { allHolidays } from '../periods/holiday.service.js';
import { staffView } from './feedback-view.js';

const NOT_FOUND = { id: 'Aduan/usulan tidak ditemukan.', en: 'Feedback not found.' };
/** What an institution sees of its feedback: only what admin forwarded to it. */
const INSTITUTION_STATUSES: readonly FeedbackStatus[] = ['forwarded', 'answered'];

/** Today's date in WIB, the day answer deadlines are counted on. */
export const todayWib = (context: Pick<AppContext, 'clock'>) => dateInZone(context.clock.now());
const seesEverything = (actor: UserActor) => scopesOf(actor.roles, 'feedback.read').includes('all');
/** Moderators (admin) see the sender's name and contact; everyone else never does. */
export const isModerator = (actor: UserActor) => scopesOf(actor.roles, 'feedback.moderate').length > 0;

/** The item if the actor reaches it under `permission`; 404 otherwise. */
export async function reachableFeedback(
  db: Executor,
  actor: UserActor,
  permission: 'feedback.read' | 'feedback.answer',
  id: number,
): Promise<FeedbackRow> {
  const row = await findFeedbackById(db, id);
  if (!row) throw new NotFoundError(NOT_FOUND);
  const scopes = scopesOf(actor.roles, permission);
  const reaches =
    scopes.includes('all') ||
    (scopes.includes('own_institution') &&
      actor.institutionId === row.institution_id &&
      INSTITUTION_STATUSES.includes(row.status as FeedbackStatus));
  if (!reaches) throw new NotFoundError(NOT_FOUND);
  return row;
}

/** The staff list's filters. */
export interface StaffFeedbackQuery {
  status?: FeedbackStatus | undefined;
  overdue?: 'true' | 'false' | undefined;
  institution?: string | undefined;
}

/**
 * What the staff list shows `actor` under `query`: admin and observers everything (optionally one
 * institution); a focal point only what was forwarded to its own institution.
 */
export async function staffFeedbackFilter(
  context: AppContext,
  actor: UserActor,
  query: StaffFeedbackQuery,
): Promise<FeedbackFilter> {
  const { db } = context.database;
  const filter: FeedbackFilter = {};
  if (query.status) filter.statuses = [query.status];
  if (query.overdue === 'true') filter.overdueOn = todayWib(context);
  if (seesEverything(actor)) {
    if (query.institution) filter.institutionId = (await findInstitutionByCode(db, query.institution))?.id ?? -1;
  } else {
    filter.institutionId = actor.institutionId ?? -1;
    const asked: readonly string[] = filter.statuses ?? INSTITUTION_STATUSES;
    filter.statuses = asked.filter((s) => (INSTITUTION_STATUSES as readonly string[]).includes(s));
  }
  return filter;
}

/** A queue reads in the order its work is due: moderation oldest first, answers earliest due first. */
function orderOf(query: StaffFeedbackQuery): FeedbackOrder {
  if (query.overdue === 'true' || query.status === 'forwarded') return 'due';
  return query.status === 'submitted' ? 'oldest' : 'newest';
}

/** How many items the actor can see in each state (an institution: only forwarded and answered ones). */
async function countsFor(context: AppContext, actor: UserActor): Promise<FeedbackCountsDto> {
  const { db } = context.database;
  const institutionId = seesEverything(actor) ? undefined : (actor.institutionId ?? -1);
  const [byStatus, overdue] = await Promise.all([
    countFeedbackByStatus(db, institutionId),
    countFeedback(db, { institutionId, overdueOn: todayWib(context) }),
  ]);
  const visible: readonly FeedbackStatus[] = institutionId === undefined ? FEEDBACK_STATUSES : INSTITUTION_STATUSES;
  const counts: FeedbackCountsDto = { submitted: 0, forwarded: 0, overdue, answered: 0, rejected: 0 };
  for (const row of byStatus) {
    if (visible.includes(row.status as FeedbackStatus)) counts[row.status as FeedbackStatus] = row.count;
  }
  return counts;
}

/** One page of the feedback the actor may see, with the count per state. */
export async function listFeedbackForStaff(
  context: AppContext,
  actor: UserActor,
  query: StaffFeedbackQuery,
  page: { limit: number; offset: number },
) {
  const { db } = context.database;
  const filter = await staffFeedbackFilter(context, actor, query);
  const [counts, total, rows, holidays] = await Promise.all([
    countsFor(context, actor),
    countFeedback(db, filter),
    listFeedback(db, filter, page, orderOf(query)),
    allHolidays(db, context.config.holidays),
  ]);
  const day = todayWib(context);
  return { counts, total, ...page, items: rows.map((row) => staffView(row, day, isModerator(actor), holidays)) };
}

/** One item with its history. */
export async function getFeedbackForStaff(
  context: AppContext,
  actor: UserActor,
  id: number,
): Promise<FeedbackDetailDto> {
  const { db } = context.database;
  const row = await reachableFeedback(db, actor, 'feedback.read', id);
  const [events, holidays] = await Promise.all([listFeedbackEvents(db, id), allHolidays(db, context.config.holidays)]);
  return {
    ...staffView(row, todayWib(context), isModerator(actor), holidays),
    events: events.map((e) => ({
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      reason: e.reason,
      actor: e.actor_label,
      at: e.at,
    })),
  };
}
