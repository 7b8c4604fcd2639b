/**
 * The verifier's decision: accept with a score (0–100), a quality grade and an optional comment,
 * or request a revision with a reason. A not-applicable claim is accepted without a score.
 */
import type { QualityGrade } from '@pantau/core';
import { type FormEvent, useRef, useState } from 'react';
import { apiSend, type BodyOf, type ResponseOf } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { newIdempotencyKey } from '../../lib/ids';

type Report = ResponseOf<'/api/reports/{id}', 'get'>;
type Decision = 'accept' | 'request_revision';

const GRADES: readonly QualityGrade[] = ['administratif', 'terlaksana', 'berdampak'];

export function DecisionForm({ report, onDecided }: { report: Report; onDecided: (report: Report) => void }) {
  const { t, lang } = useI18n();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [score, setScore] = useState('');
  const [grade, setGrade] = useState<QualityGrade | null>(null);
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const key = useRef(newIdempotencyKey());
  const claim = report.notApplicable;

  const send = useAction(async (body: BodyOf<'/api/reports/{id}/transitions', 'post'>) => {
    const updated = await apiSend(
      'post',
      '/api/reports/{id}/transitions',
      { path: { id: report.id }, body, headers: { 'idempotency-key': key.current } },
      { lang },
    );
    key.current = newIdempotencyKey();
    onDecided(updated);
  });

  const startReview = useAction(async () => {
    const updated = await apiSend(
      'post',
      '/api/reports/{id}/transitions',
      { path: { id: report.id }, body: { action: 'start_review', version: report.version } },
      { lang },
    );
    onDecided(updated);
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: string[] = [];
    const scoreValue = Number(score);
    if (decision === null) found.push(t('review.chooseDecision'));
    if (decision === 'accept' && !claim) {
      if (!/^\d{1,3}$/.test(score.trim()) || scoreValue > 100) found.push(t('review.scoreInvalid'));
      if (!grade) found.push(t('review.gradeMissing'));
    }
    if (decision === 'request_revision' && comment.trim().length < 5) found.push(t('review.reasonMissing'));
    setProblems(found);
    if (found.length > 0 || decision === null) return;
    void send.run({
      action: decision,
      version: report.version,
      ...(comment.trim() ? { reason: comment.trim() } : {}),
      ...(decision === 'accept' && !claim ? { score: scoreValue, qualityGrade: grade ?? undefined } : {}),
    });
  };

  const canDecide = report.allowedActions.includes('accept') || report.allowedActions.includes('request_revision');
  if (!canDecide) return <p className="muted">{t('review.nothingToDecide')}</p>;

  return (
    <>
      {report.allowedActions.includes('start_review') ? (
        <div className="start-review">
          <button
            type="button"
            className="button button--secondary"
            disabled={startReview.busy}
            onClick={() => void startReview.run()}
          >
            {t('review.startReview')}
          </button>
          <p className="field__hint">{t('review.startReviewHint')}</p>
          <ActionError error={startReview.error} />
        </div>
      ) : null}
      <form className="decision" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('review.decision')}</legend>
          <label className="check">
            <input
              type="radio"
              name="decision"
              value="accept"
              checked={decision === 'accept'}
              onChange={() => setDecision('accept')}
            />
            {t(claim ? 'review.acceptClaim' : 'review.accept')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="decision"
              value="request_revision"
              checked={decision === 'request_revision'}
              onChange={() => setDecision('request_revision')}
            />
            {t('review.requestRevision')}
          </label>
        </fieldset>
        {decision === 'accept' && claim ? <p className="notice">{t('review.claimNote')}</p> : null}
        {decision === 'accept' && !claim ? (
          <>
            <div className="field">
              <label htmlFor="decision-score">{t('review.score')}</label>
              <input
                id="decision-score"
                inputMode="numeric"
                value={score}
                aria-describedby="decision-score-hint"
                onChange={(event) => setScore(event.target.value)}
              />
              <p id="decision-score-hint" className="field__hint">
                {t('review.scoreHint')}
              </p>
            </div>
            <fieldset>
              <legend>{t('review.grade')}</legend>
              {GRADES.map((value) => (
                <label key={value} className="check check--block">
                  <input
                    type="radio"
                    name="grade"
                    value={value}
                    checked={grade === value}
                    onChange={() => setGrade(value)}
                  />
                  <span>
                    <strong>{t(`grade.${value}`)}</strong>
                    <span className="muted"> — {t(`grade.${value}.hint`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
        {decision ? (
          <div className="field field--wide">
            <label htmlFor="decision-comment">
              {t(decision === 'request_revision' ? 'review.reason' : 'review.comment')}
            </label>
            <textarea
              id="decision-comment"
              rows={4}
              value={comment}
              aria-describedby="decision-comment-hint"
              onChange={(event) => setComment(event.target.value)}
            />
            <p id="decision-comment-hint" className="field__hint">
              {t(decision === 'request_revision' ? 'review.reasonHint' : 'review.commentHint')}
            </p>
          </div>
        ) : null}
        {problems.length > 0 ? (
          <div className="notice notice--error" role="alert">
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <ActionError error={send.error} />
        <button type="submit" className="button" disabled={send.busy}>
          {t('review.save')}
        </button>
      </form>
    </>
  );
}
