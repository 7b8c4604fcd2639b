/**
 * The report state machine (docs/design.md#the-quarterly-cycle): who may do what to a report in which state. Every
 * transition is an event with actor, time and reason; anything the table does not allow is
 * refused with the list of what is allowed.
 */
import type { ReportState } from './reports.js';
import type { Role } from './roles.js';

/** What can be done to a report. */
export const REPORT_ACTIONS = [
  'mark_ready',
  'send_back',
  'submit',
  'start_review',
  'accept',
  'request_revision',
  'reopen',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** One allowed transition. */
export interface Transition {
  from: readonly ReportState[];
  to: ReportState;
  roles: readonly Role[];
  /** A reason or comment must be given. */
  needsReason: boolean;
}

/** The transition table. */
export const TRANSITIONS: Record<ReportAction, Transition> = {
  // The contributor hands the draft (or the revised report) to the focal point.
  mark_ready: {
    from: ['draft', 'revision_requested'],
    to: 'ready',
    roles: ['contributor', 'focal_point'],
    needsReason: false,
  },
  // The focal point returns it to the contributor with a comment.
  send_back: { from: ['ready'], to: 'draft', roles: ['focal_point'], needsReason: true },
  // The focal point submits nationally; the submission time decides on time or late.
  submit: {
    from: ['draft', 'ready', 'revision_requested'],
    to: 'submitted',
    roles: ['focal_point'],
    needsReason: false,
  },
  // A verifier takes the report into review.
  start_review: { from: ['submitted'], to: 'in_review', roles: ['verifier', 'admin'], needsReason: false },
  // Accepted with a score and quality grade (or an accepted not-applicable claim); the report locks.
  accept: { from: ['submitted', 'in_review'], to: 'accepted', roles: ['verifier', 'admin'], needsReason: false },
  // Sent back to the institution; the reason is mandatory.
  request_revision: {
    from: ['submitted', 'in_review'],
    to: 'revision_requested',
    roles: ['verifier', 'admin'],
    needsReason: true,
  },
  // Only admin unlocks an accepted report, with a reason.
  reopen: { from: ['accepted'], to: 'in_review', roles: ['admin'], needsReason: true },
};

/** States in which the institution may edit content and evidence. */
export const EDITABLE_STATES: readonly ReportState[] = ['draft', 'revision_requested'];

/** Whether a report in `state` can be edited by its institution. */
export function isEditable(state: ReportState): boolean {
  return EDITABLE_STATES.includes(state);
}

/** Actions allowed in `state` for someone holding `roles`. */
export function allowedActions(state: ReportState, roles: readonly Role[]): ReportAction[] {
  return REPORT_ACTIONS.filter((action) => {
    const t = TRANSITIONS[action];
    return t.from.includes(state) && t.roles.some((role) => roles.includes(role));
  });
}

/** The outcome of asking for a transition. */
export type TransitionCheck =
  | { ok: true; to: ReportState }
  | { ok: false; problem: 'state' | 'role' | 'reason'; allowed: ReportAction[] };

/** Checks `action` on a report in `state` by someone holding `roles`. */
export function checkTransition(
  state: ReportState,
  action: ReportAction,
  roles: readonly Role[],
  reason: string | null | undefined,
): TransitionCheck {
  const t = TRANSITIONS[action];
  const allowed = allowedActions(state, roles);
  if (!t.from.includes(state)) return { ok: false, problem: 'state', allowed };
  if (!t.roles.some((role) => roles.includes(role))) return { ok: false, problem: 'role', allowed };
  if (t.needsReason && !reason?.trim()) return { ok: false, problem: 'reason', allowed };
  return { ok: true, to: t.to };
}
