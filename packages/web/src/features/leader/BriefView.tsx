/**
 * The one-page brief of an institution, for a leader to read on a phone in a minute: the headline
 * figures against last quarter, what is late or stuck per unit, reports judged a formality, open
 * follow-ups, support given and what was published. Every figure comes from the API as computed
 * by the figures pipeline; this only lays it out.
 */
import { type BriefDto, FIGURE_NAMES } from '@pantau/core';
import { useQuarterName } from '../../components/useQuarterName';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { SUPPORT_KIND_KEYS } from './support-kinds';
import './leader.css';

type Figures = BriefDto['current'];

function Figure({
  name,
  now,
  before,
}: {
  name: string;
  now: number | null | undefined;
  before: number | null | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : `${formatNumber(value)} %`;
  const delta = now !== null && now !== undefined && before !== null && before !== undefined ? now - before : null;
  const trend = delta === null ? null : delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  return (
    <div className="brief-figure">
      <p className="brief-figure__name">{name}</p>
      <p className="brief-figure__value">{shown(now)}</p>
      <p className="brief-figure__before">
        {t('leader.brief.lastQuarter', { value: shown(before) })}
        {delta !== null && trend !== null
          ? ` · ${t(`leader.brief.trend.${trend}`, { value: formatNumber(Math.abs(delta)) })}`
          : ''}
      </p>
    </div>
  );
}

function Headline({ current, previous }: { current: Figures; previous: Figures }) {
  const { lang } = useI18n();
  return (
    <div className="brief-figures">
      <Figure name={FIGURE_NAMES.achievement[lang]} now={current?.achievement} before={previous?.achievement} />
      <Figure name={FIGURE_NAMES.onTimeRate[lang]} now={current?.rates.onTime} before={previous?.rates.onTime} />
      <Figure name={FIGURE_NAMES.verifiedRate[lang]} now={current?.rates.verified} before={previous?.rates.verified} />
    </div>
  );
}

/** Whether report links open: the viewer's own institution (a province view only reads the brief). */
export function BriefView({ brief, linkReports }: { brief: BriefDto; linkReports: boolean }) {
  const { t, formatDate } = useI18n();
  const quarterName = useQuarterName();
  const late = brief.units.reduce((n, u) => n + u.late.length, 0);
  const stuck = brief.units.reduce((n, u) => n + u.stuck.length, 0);
  const target = (item: { code: string; outputName: string; reportId: number | null }) =>
    linkReports && item.reportId !== null ? (
      <Link href={`/kerja/laporan/${item.reportId}`}>{item.code}</Link>
    ) : (
      <span className="output__code">{item.code}</span>
    );
  return (
    <div className="brief">
      <p className="muted">
        {t('leader.brief.asOf', {
          quarter: quarterName(brief.quarter),
          period: brief.period,
          date: formatDate(brief.today),
        })}
      </p>
      <section aria-labelledby="brief-figures">
        <h2 id="brief-figures">{t('leader.brief.figures')}</h2>
        <Headline current={brief.current} previous={brief.previous} />
      </section>

      <section aria-labelledby="brief-units">
        <h2 id="brief-units">{t('leader.brief.units', { late, stuck })}</h2>
        {brief.units.length === 0 ? (
          <p className="notice notice--success">{t('leader.brief.unitsNone')}</p>
        ) : (
          <ul className="brief-list">
            {brief.units.map((group) => (
              <li key={group.unit?.id ?? 'none'} className="brief-unit">
                <p className="brief-unit__name">{group.unit?.name ?? t('leader.brief.noUnit')}</p>
                {group.late.length > 0 ? (
                  <p>
                    <span className="badge badge--late">{t('leader.brief.late', { count: group.late.length })}</span>{' '}
                    {group.late.map((item, i) => (
                      <span key={item.code}>
                        {i > 0 ? ', ' : ''}
                        {target(item)}
                      </span>
                    ))}
                  </p>
                ) : null}
                {group.stuck.length > 0 ? (
                  <p>
                    <span className="badge badge--warn">{t('leader.brief.stuck', { count: group.stuck.length })}</span>{' '}
                    {group.stuck.map((item, i) => (
                      <span key={item.code}>
                        {i > 0 ? ', ' : ''}
                        {target(item)}
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="brief-formality">
        <h2 id="brief-formality">{t('leader.brief.formality', { count: brief.formality.length })}</h2>
        {brief.formality.length === 0 ? (
          <p className="muted">{t('leader.brief.formalityNone')}</p>
        ) : (
          <ul className="brief-list">
            {brief.formality.map((item) => (
              <li key={item.reportId}>
                {target(item)} {item.outputName} <span className="muted">({quarterName(item.quarter)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="brief-follow-ups">
        <h2 id="brief-follow-ups">{t('leader.brief.followUps', { count: brief.followUps.length })}</h2>
        {brief.followUps.length === 0 ? (
          <p className="muted">{t('leader.brief.followUpsNone')}</p>
        ) : (
          <ul className="brief-list">
            {brief.followUps.map((item) => (
              <li key={`${item.source}-${item.id}`}>
                <span className={`badge ${item.overdue ? 'badge--late' : 'badge--neutral'}`}>
                  {item.overdue ? t('leader.brief.overdue') : t(`leader.brief.source.${item.source}`)}
                </span>{' '}
                {item.title}{' '}
                <span className="muted">
                  — {item.owner}, {t('leader.brief.due', { date: formatDate(item.dueOn) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="brief-support">
        <h2 id="brief-support">{t('leader.brief.support', { count: brief.support.entries })}</h2>
        {brief.support.latest.length === 0 ? (
          <p className="muted">{t('support.none')}</p>
        ) : (
          <ul className="brief-list">
            {brief.support.latest.map((entry) => (
              <li key={entry.id}>
                {formatDate(entry.heldOn)} · {t(SUPPORT_KIND_KEYS[entry.kind])}
                {entry.unit ? ` · ${entry.unit.name}` : ''} — <span className="muted">{entry.notes}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="brief-published">
        <h2 id="brief-published">{t('leader.brief.published')}</h2>
        {brief.published.length === 0 ? (
          <p className="muted">{t('leader.brief.publishedNone')}</p>
        ) : (
          <ul className="brief-list">
            {brief.published.map((item) => (
              <li key={`${item.publishedOn}-${item.title}`}>
                {formatDate(item.publishedOn)} ·{' '}
                {item.url ? (
                  <a href={item.url} rel="noopener noreferrer">
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
