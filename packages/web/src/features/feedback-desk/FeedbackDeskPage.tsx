/**
 * /kerja/aduan — the citizen-feedback desk: queues by state (to moderate, awaiting an answer,
 * overdue, answered, rejected) with their counts, each item with the working days left to answer.
 * Admin and observers see every institution's feedback; a focal point what was forwarded to its own.
 */
import type { FeedbackDto } from '@pantau/core';
import { useState } from 'react';
import { buildUrl } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { Link, useSearchParams } from '../../router';
import { ListPager } from '../notifications/ListPager';
import { currentTab, type DeskTab, deskQuery, deskTabs, tabCount } from './desk-tabs';
import { SlaBadge } from './SlaBadge';
import '../../components/work/work.css';
import './feedback-desk.css';

const PAGE = 25;
const EXCERPT = 220;

const EMPTY: Partial<Record<DeskTab, MessageKey>> = {
  moderasi: 'desk.empty.moderasi',
  jawab: 'desk.empty.jawab',
  terlambat: 'desk.empty.terlambat',
};

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT).trimEnd()}…`;
}

function DeskItem({ item }: { item: FeedbackDto }) {
  const { t, formatDate } = useI18n();
  return (
    <article className="desk-item">
      <h3 className="desk-item__title">
        <Link href={`/kerja/aduan/${item.id}`}>
          {t('desk.item.heading', { kind: t(`desk.kind.${item.kind}`), ticket: item.ticket })}
        </Link>
      </h3>
      <p className="desk-item__badges">
        <span className="badge badge--neutral">{t(`desk.status.${item.status}`)}</span>
        <SlaBadge workingDaysLeft={item.workingDaysLeft} />
      </p>
      <p className="desk-item__meta">
        {item.institution.name} · {t('desk.item.submitted', { date: formatDate(item.submittedAt.slice(0, 10)) })}
        {item.dueOn && item.status === 'forwarded'
          ? ` · ${t('desk.item.dueOn', { date: formatDate(item.dueOn) })}`
          : ''}
      </p>
      <p className="desk-item__text">{excerpt(item.publicMessage ?? item.message)}</p>
    </article>
  );
}

export default function FeedbackDeskPage() {
  const { t, formatNumber } = useI18n();
  useDocumentTitle(t('desk.title'));
  const { roles } = useAccount();
  const tab = currentTab(roles, useSearchParams().get('antrean'));
  const query = deskQuery(tab);
  const [offset, setOffset] = useState(0);
  const [shownTab, setShownTab] = useState(tab);
  if (shownTab !== tab) {
    setShownTab(tab);
    setOffset(0);
  }
  const page = useApiGet('/api/feedback', { query: { ...query, limit: PAGE, offset } });
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('desk.title')}</h1>
      <p className="lead">{t('desk.lead')}</p>
      <AsyncContent state={page}>
        {(data) => (
          <>
            <nav className="desk-tabs" aria-label={t('desk.tabs')}>
              <ul>
                {deskTabs(roles).map((name) => (
                  <li key={name}>
                    <Link
                      href={`/kerja/aduan?antrean=${name}`}
                      className="desk-tabs__link"
                      aria-current={name === tab ? 'page' : undefined}
                    >
                      {t(`desk.tab.${name}`)}{' '}
                      <span className="desk-tabs__count">{formatNumber(tabCount(name, data.counts))}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <section aria-labelledby="desk-queue">
              <h2 id="desk-queue">{t(`desk.tab.${tab}`)}</h2>
              {data.items.length === 0 ? (
                <p className="notice">{t(EMPTY[tab] ?? 'desk.empty.rest')}</p>
              ) : (
                <ul className="desk-list">
                  {data.items.map((item) => (
                    <li key={item.id}>
                      <DeskItem item={item} />
                    </li>
                  ))}
                </ul>
              )}
              <ListPager offset={offset} pageSize={PAGE} total={data.total} onChange={setOffset} />
              <p>
                <a href={buildUrl('/api/exports/feedback.csv', undefined, { ...query })} download>
                  {t('desk.download')}
                </a>
              </p>
            </section>
          </>
        )}
      </AsyncContent>
    </>
  );
}
