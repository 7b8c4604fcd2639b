import { describe, expect, it } from 'vitest';
import { allowedActions, checkTransition, REPORT_ACTIONS, TRANSITIONS } from './report-workflow.js';
import { REPORT_STATES } from './reports.js';
import { ROLES } from './roles.js';

/** The whole table written out: state → action → resulting state (or absent when refused). */
const EXPECTED: Record<string, Record<string, string>> = {
  draft: { mark_ready: 'ready', submit: 'submitted' },
  ready: { send_back: 'draft', submit: 'submitted' },
  submitted: { start_review: 'in_review', accept: 'accepted', request_revision: 'revision_requested' },
  in_review: { accept: 'accepted', request_revision: 'revision_requested' },
  accepted: { reopen: 'in_review' },
  revision_requested: { mark_ready: 'ready', submit: 'submitted' },
};

describe('report state machine', () => {
  it('allows exactly the transitions of the table, for every state × action', () => {
    for (const state of REPORT_STATES) {
      for (const action of REPORT_ACTIONS) {
        const roles = TRANSITIONS[action].roles;
        const result = checkTransition(state, action, roles, 'alasan yang jelas');
        const expected = EXPECTED[state]?.[action];
        if (expected) expect(result, `${state} × ${action}`).toEqual({ ok: true, to: expected });
        else expect(result, `${state} × ${action}`).toMatchObject({ ok: false, problem: 'state' });
      }
    }
  });

  it('lets only the right roles act', () => {
    expect(checkTransition('ready', 'submit', ['contributor'], null)).toMatchObject({
      ok: false,
      problem: 'role',
      allowed: [],
    });
    expect(checkTransition('in_review', 'accept', ['focal_point'], null)).toMatchObject({ ok: false, problem: 'role' });
    expect(checkTransition('accepted', 'reopen', ['verifier'], 'x')).toMatchObject({ ok: false, problem: 'role' });
    for (const role of ROLES) {
      const ok = checkTransition('accepted', 'reopen', [role], 'salah skor').ok;
      expect(ok, role).toBe(role === 'admin');
    }
  });

  it('requires a reason to send back, request revision and reopen', () => {
    expect(checkTransition('ready', 'send_back', ['focal_point'], '  ')).toMatchObject({
      ok: false,
      problem: 'reason',
    });
    expect(checkTransition('in_review', 'request_revision', ['verifier'], undefined)).toMatchObject({
      ok: false,
      problem: 'reason',
    });
    expect(checkTransition('accepted', 'reopen', ['admin'], '')).toMatchObject({ ok: false, problem: 'reason' });
  });

  it('tells what is allowed instead', () => {
    expect(allowedActions('submitted', ['verifier'])).toEqual(['start_review', 'accept', 'request_revision']);
    expect(allowedActions('draft', ['contributor'])).toEqual(['mark_ready']);
    expect(allowedActions('accepted', ['focal_point'])).toEqual([]);
  });
});
