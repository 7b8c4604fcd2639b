/**
 * The verification queue: counts, filters (period, aksi, province, type, state) kept in the URL,
 * the oldest submissions first with their age, and keyboard shortcuts (j / k / Enter / ?).
 */
import type { InstitutionPageDto, PeriodDto } from '@pantau/core';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/useApi';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { AksiPicker } from '../../components/pickers/SourcePickers';
import { useQuarterName } from '../../components/useQuarterName';
import { ReportStateBadge } from '../../components/work/ReportStateBadge';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { formatPeriodCode } from '../../lib/format';
import { pageInfo } from '../../lib/institution-query';
import { pickDefaultPeriod } from '../../lib/periods';
import {
  ALL_PERIODS,
  parseReviewFilters,
  REVIEW_PAGE_SIZE,
  type ReviewFilters,
  reviewQueueHref,
  reviewQueueQuery,
} from '../../lib/review-filters';
import { Link, useNavigate, useSearchParams } from '../../router';
import { Pagination } from '../institutions/Pagination';
import { useQueueShortcuts } from './useQueueShortcuts';
import '../institutions/institutions.css';
import './review.css';

const TYPES = ['kl', 'provinsi', 'kabupaten', 'kota'] as const;

/** The aksi filter of national roles: any aksi of the period, chosen by name. */
function QueueAksiPicker({ period, value }: { period: string; value: string }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState(value);
  useEffect(() => setChosen(value), [value]);
  if (!period) return null;
  return (
    <AksiPicker
      id="queue-aksi"
      label={t('queue.aksi')}
      hint={t('queue.aksiHint')}
      name="aksi"
      period={period}
      value={chosen ? [chosen] : []}
      onChange={([code]) => setChosen(code ?? '')}
    />
  );
}

function Filters({ base, filters, periods }: { base: string; filters: ReviewFilters; periods: PeriodDto[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const user = useAccount();
  const provinces = useApi<InstitutionPageDto>('/api/institutions?type=provinsi&limit=100');
  const active = pickDefaultPeriod(periods)?.code;
  const period = filters.period ?? active ?? ALL_PERIODS;
  const ownAksi =
    user.roles.includes('admin') || user.roles.includes('observer')
      ? null
      : [...new Set(user.verifierAksi.filter((a) => period === ALL_PERIODS || a.period === period).map((a) => a.code))];
  return (
    <search>
      <form
        className="filters"
        method="get"
        action={base}
        aria-label={t('queue.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const value = (name: string) => (form.get(name) as string | null) || null;
          navigate(
            reviewQueueHref(base, {
              period: value('periode') === active ? null : value('periode'),
              aksi: value('aksi'),
              province: value('provinsi'),
              type: value('jenis') as ReviewFilters['type'],
              state: value('status') as ReviewFilters['state'],
            }),
          );
        }}
      >
        <div className="field">
          <label htmlFor="queue-period">{t('catalogue.periodSelect')}</label>
          <select id="queue-period" name="periode" defaultValue={period} key={period}>
            {periods.map((p) => (
              <option key={p.code} value={p.code}>
                {formatPeriodCode(p.code)}
              </option>
            ))}
            <option value={ALL_PERIODS}>{t('queue.allPeriods')}</option>
          </select>
        </div>
        {ownAksi ? (
          <div className="field">
            <label htmlFor="queue-aksi">{t('queue.aksi')}</label>
            <select id="queue-aksi" name="aksi" defaultValue={filters.aksi ?? ''} key={filters.aksi}>
              <option value="">{t('queue.allAksi')}</option>
              {ownAksi
                .sort((a, b) => Number(a) - Number(b))
                .map((code) => (
                  <option key={code} value={code}>
                    {t('catalogue.aksi', { code })}
                  </option>
                ))}
            </select>
          </div>
        ) : (
          <QueueAksiPicker period={period === ALL_PERIODS ? (active ?? '') : period} value={filters.aksi ?? ''} />
        )}
        <div className="field">
          <label htmlFor="queue-province">{t('institutions.province')}</label>
          <select
            id="queue-province"
            name="provinsi"
            defaultValue={filters.province ?? ''}
            key={`${filters.province}-${provinces.data ? 1 : 0}`}
          >
            <option value="">{t('institutions.allProvinces')}</option>
            {provinces.data?.items.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-type">{t('institutions.type')}</label>
          <select id="queue-type" name="jenis" defaultValue={filters.type ?? ''} key={filters.type}>
            <option value="">{t('institutions.allTypes')}</option>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`institutionType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-state">{t('quarter.status')}</label>
          <select id="queue-state" name="status" defaultValue={filters.state ?? ''} key={filters.state}>
            <option value="">{t('queue.allStates')}</option>
            <option value="submitted">{t('reportState.submitted')}</option>
            <option value="in_review">{t('reportState.in_review')}</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('queue.apply')}
          </button>
          <Link href={base}>{t('institutions.reset')}</Link>
        </div>
      </form>
    </search>
  );
}

function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <section className="panel shortcut-help" aria-labelledby="shortcut-help">
      <h3 id="shortcut-help">{t('queue.shortcutsHeading')}</h3>
      <dl className="facts facts--compact">
        {(['j', 'k', 'Enter', '?', 'Esc'] as const).map((key) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`queue.shortcut.${key === '?' ? 'help' : key === 'Esc' ? 'close' : key}`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button--secondary button--small" onClick={onClose}>
        {t('queue.closeHelp')}
      </button>
    </section>
  );
}

export function ReviewQueue({ base, periods }: { base: string; periods: PeriodDto[] }) {
  const { t, tn, lang, formatNumber } = useI18n();
  const quarterName = useQuarterName();
  const filters = parseReviewFilters(useSearchParams());
  const active = pickDefaultPeriod(periods)?.code;
  const query = reviewQueueQuery(filters, active);
  const queue = useApiGet('/api/review-queue', { query });
  const listRef = useRef<HTMLElement>(null);
  const { help, setHelp } = useQueueShortcuts(listRef);

  return (
    <>
      <Filters base={base} filters={filters} periods={periods} />
      <p className="shortcut-hint">
        <button type="button" className="button--link" aria-expanded={help} onClick={() => setHelp(!help)}>
          {t('queue.shortcutsButton')}
        </button>{' '}
        <span className="muted">{t('queue.shortcutsHint')}</span>
      </p>
      {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
      <AsyncContent state={queue}>
        {(data) => {
          const info = pageInfo(data.total, query.offset, REVIEW_PAGE_SIZE, data.items.length);
          return (
            <>
              <ul className="stat-row" aria-label={t('queue.countsLabel')}>
                <li className="stat">
                  <span className="stat__value">{formatNumber(data.counts.submitted)}</span>
                  <span className="stat__label">{t('queue.countSubmitted')}</span>
                </li>
                <li className="stat">
                  <span className="stat__value">{formatNumber(data.counts.inReview)}</span>
                  <span className="stat__label">{t('queue.countInReview')}</span>
                </li>
              </ul>
              {data.items.length === 0 ? (
                <p className="notice">{t('queue.empty')}</p>
              ) : (
                <ScrollRegion ref={listRef} label={t('queue.tableLabel')}>
                  <table className="data-table queue-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('board.target')}</th>
                        <th scope="col">{t('queue.institution')}</th>
                        <th scope="col">{t('board.status')}</th>
                        <th scope="col">{t('board.submitted')}</th>
                        <th scope="col">{t('queue.age')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.items.map((item) => (
                        <tr key={item.reportId}>
                          <th scope="row">
                            <Link href={`/kerja/verifikasi/${item.reportId}`} data-queue-item="">
                              <span className="output__code">{item.targetCode}</span>{' '}
                              <span className="visually-hidden">{item.institution.name}</span>
                            </Link>
                            <span className="board__output">
                              {item.outputName} · {quarterName(item.quarter)} {formatPeriodCode(item.period)}
                            </span>
                          </th>
                          <td>
                            {item.institution.name}
                            {item.unit ? <span className="board__output muted">{item.unit.name}</span> : null}
                          </td>
                          <td>
                            <ReportStateBadge state={item.state} />
                            {item.round > 0 ? (
                              <span className="muted"> {t('queue.round', { round: item.round + 1 })}</span>
                            ) : null}
                          </td>
                          <td>
                            {formatDateTime(item.submittedAt, lang)}
                            {item.onTime === false ? (
                              <span className="badge badge--danger">{t('board.late')}</span>
                            ) : null}
                          </td>
                          <td>{tn('queue.ageDays', item.ageDays)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
              <p className="muted">
                {t('institutions.range', { from: info.from, to: info.to, total: formatNumber(data.total) })}
              </p>
              <Pagination info={info} hrefFor={(page) => reviewQueueHref(base, { ...filters, page })} />
            </>
          );
        }}
      </AsyncContent>
    </>
  );
}
