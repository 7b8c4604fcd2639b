/**
 * The feedback desk's queues as data: which tabs a role sees, what each asks the API, its count,
 * and how urgent an item is by the working days left to answer. Pure, so it is tested without a page.
 */
import { type FeedbackCountsDto, type FeedbackStatus, type Role, scopeOf } from '@pantau/core';

/** A queue of the desk, named as it appears in the address (?antrean=). */
export type DeskTab = 'moderasi' | 'jawab' | 'terlambat' | 'dijawab' | 'ditolak' | 'semua';

/** What a tab asks `GET /api/feedback` for. */
export interface DeskQuery {
  status?: FeedbackStatus;
  overdue?: 'true';
}

const QUERIES: Record<DeskTab, DeskQuery> = {
  moderasi: { status: 'submitted' },
  jawab: { status: 'forwarded' },
  terlambat: { overdue: 'true' },
  dijawab: { status: 'answered' },
  ditolak: { status: 'rejected' },
  semua: {},
};

/** The tabs of someone holding `roles`: an institution sees only what was forwarded to it. */
export function deskTabs(roles: readonly Role[]): DeskTab[] {
  return scopeOf(roles, 'feedback.read') === 'all'
    ? ['moderasi', 'jawab', 'terlambat', 'dijawab', 'ditolak', 'semua']
    : ['jawab', 'terlambat', 'dijawab', 'semua'];
}

/** The tab asked for in the address, or the one the role's work starts with. */
export function currentTab(roles: readonly Role[], asked: string | null): DeskTab {
  const tabs = deskTabs(roles);
  if (tabs.includes(asked as DeskTab)) return asked as DeskTab;
  return scopeOf(roles, 'feedback.moderate') ? 'moderasi' : 'jawab';
}

export function deskQuery(tab: DeskTab): DeskQuery {
  return QUERIES[tab];
}

/** How many items a tab holds, from the counts the list answers with. */
export function tabCount(tab: DeskTab, counts: FeedbackCountsDto): number {
  switch (tab) {
    case 'moderasi':
      return counts.submitted;
    case 'jawab':
      return counts.forwarded;
    case 'terlambat':
      return counts.overdue;
    case 'dijawab':
      return counts.answered;
    case 'ditolak':
      return counts.rejected;
    case 'semua':
      return counts.submitted + counts.forwarded + counts.answered + counts.rejected;
  }
}

/** How pressing an unanswered item is. */
export type Urgency = 'late' | 'today' | 'soon' | 'ahead';

/** Late once past the due date, "today" on it, "soon" with two working days or fewer left. */
export function urgencyOf(workingDaysLeft: number | null): Urgency | null {
  if (workingDaysLeft === null) return null;
  if (workingDaysLeft < 0) return 'late';
  if (workingDaysLeft === 0) return 'today';
  return workingDaysLeft <= 2 ? 'soon' : 'ahead';
}
