/**
 * Known until merged: problems the guarantee tests find today that work under way elsewhere on
 * issue 14 fixes (A: front door and one look; B: notification centre, feedback desk, admin
 * screens; C: periods and the report editor; My account). Each entry lets one problem pass for
 * now; an entry that no longer matches anything fails the test, so this list empties itself as
 * that work is merged: remove an entry when the test says it is stale.
 */
import type { ProblemKind } from '../support/crawler';
import type { Visitor } from './crawl-plan';

export interface KnownProblem {
  /** Who meets it; '*' for whoever follows the link. */
  who: Visitor | '*';
  kind: ProblemKind;
  /** The route pattern of the page, as the crawler reports it (`/laporan/:id`). */
  page: string;
  /** The part that fixes it, and how. */
  fixedBy: string;
}

export const KNOWN_PROBLEMS: readonly KnownProblem[] = [];

/** Operations with no screen yet because another part is building it: operation → the part. */
export const OPERATIONS_AWAITING_SCREENS: Readonly<Record<string, string>> = {};
