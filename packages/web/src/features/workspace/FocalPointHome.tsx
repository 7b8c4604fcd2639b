/**
 * The focal point's home: the reports waiting for its review, the institution's board (every
 * target × state, late and incomplete marked), its figures and its users.
 */
import { useMemo } from 'react';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionFigures } from '../../components/work/InstitutionFigures';
import { QuarterHeading } from '../../components/work/QuarterHeading';
import { ReportStateBadge } from '../../components/work/ReportStateBadge';
import { Tool } from '../../components/work/Tool';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import { formatDateTime } from '../../lib/datetime';
import { boardStatus, summarizeBoard } from '../../lib/report-board';
import { pickWorkQuarter, requestedQuarter, type WorkQuarter } from '../../lib/work-quarter';
import { Link, useSearchParams } from '../../router';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { OverdueFollowUps } from '../coordination/OverdueFollowUps';
import { DeskTool } from '../feedback-desk/DeskTool';
import { SupportTools } from '../leader/SupportTools';
import { InstitutionBoard } from './InstitutionBoard';
import { InstitutionUsers } from './InstitutionUsers';
import { QuarterPicker } from './QuarterPicker';
import { useInstitutionQuarter } from './useInstitutionQuarter';

function Quarter({ code, work }: { code: string; work: WorkQuarter }) {
  const { t, tn, lang } = useI18n();
  const today = useMemo(() => todayInJakarta(new Date()), []);
  const targets = useInstitutionQuarter(code, work);
  return (
    <AsyncContent state={targets}>
      {(data) => {
        const summary = summarizeBoard(data);
        const waiting = data.targets.filter((row) => boardStatus(row) === 'ready');
        return (
          <>
            <div className="panel panel--highlight">
              <QuarterHeading work={work} deadline={data.deadline} today={today} />
              <p className="work-summary">
                {tn('focal.waiting', waiting.length)} · {tn('focal.late', summary.late)} ·{' '}
                {tn('contributor.incomplete', summary.incomplete)}
              </p>
            </div>
            <section className="work-subsection" aria-labelledby="focal-queue">
              <h3 id="focal-queue">{t('focal.queueHeading')}</h3>
              {waiting.length === 0 ? (
                <p className="muted">{t('focal.queueEmpty')}</p>
              ) : (
                <ul className="queue-list">
                  {waiting.map((row) => (
                    <li key={row.targetCode}>
                      <span className="output__code">{row.targetCode}</span> {row.output.name}{' '}
                      <ReportStateBadge state="ready" />
                      <span className="muted">
                        {' '}
                        {row.report ? t('focal.updated', { when: formatDateTime(row.report.updatedAt, lang) }) : null}
                      </span>{' '}
                      {row.report ? (
                        <Link className="button button--small" href={`/kerja/laporan/${row.report.id}`}>
                          {t('board.review')}
                          <span className="visually-hidden"> {row.targetCode}</span>
                        </Link>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="work-subsection" aria-labelledby="focal-board">
              <h3 id="focal-board">{t('focal.boardHeading')}</h3>
              <QuarterPicker period={work.period} value={work.quarter.number} id="focal-quarter" />
              <InstitutionBoard data={data} headingId="focal-board" />
            </section>
          </>
        );
      }}
    </AsyncContent>
  );
}

export default function FocalPointHome() {
  const { t } = useI18n();
  const user = useAccount();
  const periods = usePeriods();
  const asked = useSearchParams().get('triwulan');
  const code = user.institution?.code;
  return (
    <section className="work-section" aria-labelledby="home-focal">
      <h2 id="home-focal">{t('focal.heading', { name: user.institution?.name ?? '' })}</h2>
      {code ? (
        <AsyncContent state={periods}>
          {(list) => {
            const current = pickWorkQuarter(list);
            if (!current) return <p className="notice">{t('work.noQuarter')}</p>;
            const work = {
              period: current.period,
              quarter: requestedQuarter(current.period, asked) ?? current.quarter,
            };
            return (
              <>
                <Quarter code={code} work={work} />
                <section className="work-subsection" aria-labelledby="focal-figures">
                  <h3 id="focal-figures">{t('figures.heading')}</h3>
                  <InstitutionFigures
                    code={code}
                    period={work.period.code}
                    highlight={work.quarter.number}
                    headingId="focal-figures"
                  />
                </section>
              </>
            );
          }}
        </AsyncContent>
      ) : (
        <p className="notice">{t('work.noInstitution')}</p>
      )}
      <ul className="tool-grid">
        <Tool href="/kerja/unduhan" title={t('downloads.tool.card')} text={t('downloads.tool.card.text')} />
        <Tool href="/kerja/unit" title={t('units.tool')} text={t('units.tool.text')} />
        <Tool href="/kerja/unit/papan" title={t('units.board.title')} text={t('units.board.tool')} />
        <SupportTools />
        <DeskTool />
      </ul>
      <section className="work-subsection" aria-labelledby="focal-users">
        <h3 id="focal-users">{t('focal.usersHeading')}</h3>
        <InstitutionUsers headingId="focal-users" />
      </section>
      <OverdueFollowUps id="focal-overdue-follow-ups" />
      <CoordinationSection id="focal-coordination" />
    </section>
  );
}
