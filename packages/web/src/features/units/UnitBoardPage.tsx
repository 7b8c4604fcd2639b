/**
 * /kerja/unit/papan — the focal point's unit board: per work unit, its targets of the quarter due,
 * started, ready, submitted, accepted, late and missing evidence (sortable); each number opens
 * the targets behind it; a reminder goes to the unit's contributors (once a day at most).
 */
import { UNIT_BOARD_MEASURES, type UnitBoardDto, type UnitBoardMeasure } from '@pantau/core';
import { Fragment, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuarterName } from '../../components/useQuarterName';
import { ActionError } from '../../components/work/ActionError';
import { ReportStateBadge } from '../../components/work/ReportStateBadge';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useAction } from '../../components/work/useAction';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../lib/format';
import { pickWorkQuarter, requestedQuarter } from '../../lib/work-quarter';
import { Link, useNavigate, useSearchParams } from '../../router';
import { QuarterPicker } from '../workspace/QuarterPicker';
import { type BoardRow, type BoardSortKey, nextDirection, type SortDirection, sortBoardRows } from './board-rows';
import { UnitViewHeader } from './UnitViewHeader';
import { useUnitInstitution } from './useUnitInstitution';
import '../../components/work/work.css';
import './units.css';

interface Opened {
  row: BoardRow;
  measure: UnitBoardMeasure;
}

function unitLabel(row: BoardRow, none: string): string {
  return row.unit?.name ?? none;
}

function Reminder({ row, period, quarter }: { row: BoardRow; period: string; quarter: number }) {
  const { t, lang } = useI18n();
  const unit = row.unit;
  const send = useAction(() =>
    apiSend('post', '/api/units/{id}/reminders', { path: { id: unit?.id ?? 0 }, body: { period, quarter } }, { lang }),
  );
  const [sent, setSent] = useState<number | null>(null);
  if (!unit) return null;
  return (
    <div>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={send.busy}
        onClick={async () => {
          const result = await send.run();
          if (result) setSent(result.reminded);
        }}
      >
        {t('units.board.remind')}
        <span className="visually-hidden"> {unit.name}</span>
      </button>
      {sent !== null ? (
        <p role="status" className="muted">
          {t('units.board.reminded', { count: sent })}
        </p>
      ) : null}
      <ActionError error={send.error} />
    </div>
  );
}

function Behind({ opened, onClose }: { opened: Opened; onClose: () => void }) {
  const { t } = useI18n();
  const targets = opened.row.targets.filter((target) => target.measures.includes(opened.measure));
  return (
    <section className="panel" aria-labelledby="unit-board-behind">
      <h3 id="unit-board-behind">
        {t('units.board.behind', {
          unit: unitLabel(opened.row, t('units.board.noUnit')),
          measure: t(`units.board.col.${opened.measure}`),
          count: targets.length,
        })}
      </h3>
      {targets.length === 0 ? (
        <p className="muted">{t('units.board.behindNone')}</p>
      ) : (
        <ul className="queue-list">
          {targets.map((target) => (
            <li key={target.targetCode}>
              <span className="output__code">{target.targetCode}</span> {target.output.name}{' '}
              {target.state ? <ReportStateBadge state={target.state} /> : <ReportStateBadge state="not_started" />}{' '}
              {target.reportId ? (
                <Link href={`/kerja/laporan/${target.reportId}`}>
                  {t('board.open')}
                  <span className="visually-hidden"> {target.targetCode}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onClose}>
        {t('units.board.closeList')}
      </button>
    </section>
  );
}

function Board({ data, remind }: { data: UnitBoardDto; remind: boolean }) {
  const { t, lang, formatNumber } = useI18n();
  const [sort, setSort] = useState<{ key: BoardSortKey; direction: SortDirection }>({
    key: 'unit',
    direction: 'ascending',
  });
  const [opened, setOpened] = useState<Opened | null>(null);
  const rows = sortBoardRows(data.rows, sort.key, sort.direction);
  const header = (key: BoardSortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
      <button
        type="button"
        className="unit-board__sort"
        onClick={() => setSort({ key, direction: nextDirection(sort, key) })}
      >
        {label}
      </button>
    </th>
  );
  const isOpen = (row: BoardRow, measure: UnitBoardMeasure) =>
    opened?.measure === measure && (opened.row.unit?.id ?? 0) === (row.unit?.id ?? 0);
  if (data.rows.length === 0) return <p className="notice">{t('units.board.empty')}</p>;
  return (
    <>
      <p className="muted">
        {t(data.deadlinePassed ? 'units.board.deadlinePassed' : 'units.board.deadline', {
          date: formatDate(data.deadline, lang),
        })}
      </p>
      <ScrollRegion labelledBy="unit-board-heading">
        <table className="data-table unit-board">
          <caption className="visually-hidden">{t('units.board.caption')}</caption>
          <thead>
            <tr>
              {header('unit', t('units.board.col.unit'))}
              {UNIT_BOARD_MEASURES.map((measure) => (
                <Fragment key={measure}>{header(measure, t(`units.board.col.${measure}`))}</Fragment>
              ))}
              {remind ? (
                <th scope="col">
                  <span className="visually-hidden">{t('units.board.remind')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit?.id ?? 'none'}>
                <th scope="row">
                  {unitLabel(row, t('units.board.noUnit'))}
                  {row.unit ? (
                    <span className="muted"> · {t('units.board.contributors', { count: row.contributorCount })}</span>
                  ) : null}
                </th>
                {UNIT_BOARD_MEASURES.map((measure) => (
                  <td key={measure}>
                    <button
                      type="button"
                      className="button button--secondary button--small unit-board__count"
                      aria-pressed={isOpen(row, measure)}
                      onClick={() => setOpened(isOpen(row, measure) ? null : { row, measure })}
                    >
                      {formatNumber(row.counts[measure])}
                      <span className="visually-hidden">
                        {' '}
                        {t(`units.board.col.${measure}`)}, {unitLabel(row, t('units.board.noUnit'))}
                      </span>
                    </button>
                  </td>
                ))}
                {remind ? (
                  <td>
                    {row.counts.due > row.counts.submitted ? (
                      <Reminder row={row} period={data.period} quarter={data.quarter} />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('units.board.total')}</th>
              {UNIT_BOARD_MEASURES.map((measure) => (
                <td key={measure}>{formatNumber(data.total[measure])}</td>
              ))}
              {remind ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      {opened ? <Behind opened={opened} onClose={() => setOpened(null)} /> : null}
    </>
  );
}

export default function UnitBoardPage() {
  const { t } = useI18n();
  useDocumentTitle(t('units.board.title'));
  const _navigate = useNavigate();
  const quarterName = useQuarterName();
  const unit = useUnitInstitution();
  const { national, code, manage } = unit;
  const periods = usePeriods();
  const askedQuarter = useSearchParams().get('triwulan');
  return (
    <>
      <UnitViewHeader
        path="/kerja/unit/papan"
        title={t('units.board.title')}
        lead={t('units.board.lead')}
        unit={unit}
      />
      <AsyncContent state={periods}>
        {(list) => {
          const current = pickWorkQuarter(list);
          if (!current) return <p className="notice">{t('work.noQuarter')}</p>;
          if (!code) return <p className="notice">{t('units.chooseInstitution')}</p>;
          const quarter = requestedQuarter(current.period, askedQuarter) ?? current.quarter;
          return (
            <section aria-labelledby="unit-board-heading">
              <h2 id="unit-board-heading">{t('units.board.heading', { quarter: quarterName(quarter.number) })}</h2>
              {national ? null : (
                <QuarterPicker period={current.period} value={quarter.number} id="unit-board-quarter" />
              )}
              <BoardLoader code={code} period={current.period.code} quarter={quarter.number} remind={manage} />
            </section>
          );
        }}
      </AsyncContent>
    </>
  );
}

function BoardLoader({
  code,
  period,
  quarter,
  remind,
}: {
  code: string;
  period: string;
  quarter: number;
  remind: boolean;
}) {
  const board = useApiGet('/api/institutions/{code}/unit-board', { path: { code }, query: { period, quarter } });
  return <AsyncContent state={board}>{(data) => <Board data={data} remind={remind} />}</AsyncContent>;
}
