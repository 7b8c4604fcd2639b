import { describe, expect, it } from 'vitest';
import { changesPublicData } from './public-actions.js';

describe('which writes move the public data version', () => {
  it('leaves it for drafts, submissions, accounts and coordination among officials', () => {
    for (const action of [
      'report.edit',
      'report.mark_ready',
      'report.submit',
      'evidence.upload',
      'account.update',
      'meeting.minutes',
    ]) {
      expect(changesPublicData(action), action).toBe(false);
    }
  });

  it('moves it for decisions, publications and any action it does not know', () => {
    for (const action of [
      'report.accept',
      'publication.publish',
      'feedback.answer',
      'quarter.dates',
      'something.new',
    ]) {
      expect(changesPublicData(action), action).toBe(true);
    }
  });
});
