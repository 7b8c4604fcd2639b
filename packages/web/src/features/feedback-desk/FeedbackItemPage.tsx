/**
 * /kerja/aduan/:id — one feedback item on the desk: what the sender wrote (and, for moderators
 * only, who sent it), its state and answer date, the step its reader can take (moderate, answer,
 * publish or withdraw) and its history. Notifications about forwarded and overdue feedback open here.
 */
import type { FeedbackDetailDto } from '@pantau/core';
import { type ReactNode, useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { formatDateTime } from '../../lib/datetime';
import type { PageProps } from '../../router';
import { can } from '../coordination/can';
import { AnswerForm } from './AnswerForm';
import { ModerationForm } from './ModerationForm';
import { PublicationForm } from './PublicationForm';
import { SlaBadge } from './SlaBadge';
import '../../components/work/work.css';
import './feedback-desk.css';

const HISTORY: Record<string, MessageKey> = {
  submit: 'desk.history.submit',
  reject: 'desk.history.reject',
  forward: 'desk.history.forward',
  reroute: 'desk.history.reroute',
  answer: 'desk.history.answer',
  publish: 'desk.history.publish',
  unpublish: 'desk.history.unpublish',
  overdue_notice: 'desk.history.overdue_notice',
};

function Facts({ item }: { item: FeedbackDetailDto }) {
  const { t, lang, formatDate } = useI18n();
  const rows: [MessageKey, ReactNode][] = [
    ['desk.item.status', t(`desk.status.${item.status}`)],
    ['desk.item.institution', `${item.institution.name} (${item.institution.code})`],
  ];
  if (item.aksiCode || item.outputCode) {
    rows.push(['desk.item.aksi', [item.aksiCode, item.outputCode].filter(Boolean).join(' / ')]);
  }
  rows.push(['desk.item.submittedAt', formatDateTime(item.submittedAt, lang)]);
  if (item.forwardedAt) rows.push(['desk.item.forwardedAt', formatDateTime(item.forwardedAt, lang)]);
  if (item.dueOn) {
    rows.push([
      'desk.item.due',
      <>
        {formatDate(item.dueOn)} <SlaBadge workingDaysLeft={item.workingDaysLeft} />
      </>,
    ]);
  }
  if (item.answeredAt) rows.push(['desk.item.answeredAt', formatDateTime(item.answeredAt, lang)]);
  if (item.status === 'answered') {
    rows.push(['desk.item.published', t(item.published ? 'desk.item.publishedYes' : 'desk.item.publishedNo')]);
  }
  if (item.moderationReason) rows.push(['desk.item.moderationReason', item.moderationReason]);
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Texts({ item }: { item: FeedbackDetailDto }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="desk-message">
        <h2 id="desk-message">{item.publicMessage ? t('desk.item.publicMessage') : t('desk.item.message')}</h2>
        <p className="desk-text">{item.publicMessage ?? item.message}</p>
      </section>
      {item.publicMessage && item.sender ? (
        <section aria-labelledby="desk-original">
          <h2 id="desk-original">{t('desk.item.message')}</h2>
          <p className="desk-text">{item.message}</p>
        </section>
      ) : null}
      {item.sender ? (
        <section aria-labelledby="desk-sender">
          <h2 id="desk-sender">{t('desk.item.sender')}</h2>
          {item.sender.name || item.sender.email || item.sender.phone ? (
            <dl className="facts facts--compact">
              {(
                [
                  ['desk.item.senderName', item.sender.name],
                  ['desk.item.senderEmail', item.sender.email],
                  ['desk.item.senderPhone', item.sender.phone],
                ] as const
              )
                .filter(([, value]) => value)
                .map(([label, value]) => (
                  <div key={label}>
                    <dt>{t(label)}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
            </dl>
          ) : (
            <p className="muted">{t('desk.item.anonymous')}</p>
          )}
        </section>
      ) : null}
      {item.answer ? (
        <section aria-labelledby="desk-answer-text">
          <h2 id="desk-answer-text">{t('desk.item.answer')}</h2>
          <p className="desk-text">{item.answer}</p>
        </section>
      ) : null}
    </>
  );
}

function History({ item }: { item: FeedbackDetailDto }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="desk-history">
      <h2 id="desk-history">{t('desk.history')}</h2>
      <ol className="desk-history">
        {item.events.map((event) => (
          <li key={`${event.action}-${event.at}`}>
            <strong>{HISTORY[event.action] ? t(HISTORY[event.action] as MessageKey) : event.action}</strong> ·{' '}
            {t('desk.history.by', {
              // The sender is never named on the desk's history: the public form is "the citizen".
              actor: event.action === 'submit' ? t('desk.history.citizen') : event.actor,
              when: formatDateTime(event.at, lang),
            })}
            {event.reason && event.action !== 'answer' ? <p className="desk-history__reason">{event.reason}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function FeedbackItemPage({ params }: PageProps) {
  const { t } = useI18n();
  const { roles } = useAccount();
  const id = Number(params.id);
  const [done, setDone] = useState<string | null>(null);
  const detail = useApiGet('/api/feedback/{id}', Number.isInteger(id) && id > 0 ? { path: { id } } : null);
  const heading = detail.data
    ? t('desk.item.heading', { kind: t(`desk.kind.${detail.data.kind}`), ticket: detail.data.ticket })
    : t('desk.title');
  useDocumentTitle(heading);
  const finished = (message: string) => {
    setDone(message);
    detail.retry();
  };
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: '/kerja/aduan', label: t('desk.title') },
        ]}
      />
      <h1>{heading}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <AsyncContent state={detail}>
        {(item) => (
          <div className="desk-detail">
            <Facts item={item} />
            <Texts item={item} />
            {item.status === 'submitted' && can(roles, 'feedback.moderate') ? (
              <ModerationForm key={`moderate-${item.id}`} item={item} onDone={finished} />
            ) : null}
            {item.status === 'forwarded' && can(roles, 'feedback.answer') ? (
              <AnswerForm key={`answer-${item.id}`} item={item} onDone={finished} />
            ) : null}
            {item.status === 'answered' && can(roles, 'feedback.answer') ? (
              <PublicationForm key={`publication-${item.id}-${item.published}`} item={item} onDone={finished} />
            ) : null}
            <History item={item} />
            <p>
              {/* The public follow-up page is served by the server, not this app: a plain link. */}
              <a href={`/aduan/${encodeURIComponent(item.ticket)}`}>{t('desk.item.publicPage')}</a>
            </p>
          </div>
        )}
      </AsyncContent>
    </>
  );
}
