/** Figures per fokus, aksi or output (`?rincian=`), each row's numbers linking to their reports. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useT } from '../../i18n/I18nProvider';
import { Link, useSearchParams } from '../../router';
import { viewSearch } from './drill';
import { ExportLinks } from './ExportLinks';
import { FigureTable } from './FigureTable';
import { figureRows } from './table-rows';

const CHOICES = ['fokus', 'aksi', 'output'] as const;
type Choice = (typeof CHOICES)[number];

export function BreakdownSection({ frame }: { frame: { period: string; quarter: number } }) {
  const t = useT();
  const asked = useSearchParams().get('rincian');
  const by: Choice = CHOICES.includes(asked as Choice) ? (asked as Choice) : 'aksi';
  const state = useApiGet('/api/dashboard/breakdown', { query: { ...frame, by } });
  const title = t(`dashboard.breakdown.${by}`);
  const base = viewSearch(frame);
  return (
    <section className="work-section" aria-labelledby="dash-breakdown">
      <h2 id="dash-breakdown">{t('dashboard.breakdown.heading')}</h2>
      <nav aria-label={t('dashboard.breakdown.choose')}>
        <ul className="dash-tabs">
          {CHOICES.map((choice) => (
            <li key={choice}>
              <Link
                href={`${base}${base ? '&' : '?'}rincian=${choice}#dash-breakdown`}
                aria-current={choice === by ? 'page' : undefined}
              >
                {t(`dashboard.breakdown.${choice}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h3 id="dash-breakdown-table">{title}</h3>
      <AsyncContent state={state}>
        {(data) => (
          <FigureTable
            id="dash-breakdown-table"
            title={title}
            period={data.period}
            nameHeader={t(`dashboard.col.${by}`)}
            rows={figureRows(
              data.rows.map((row) => ({ ...row, name: `${row.code} ${row.name}` })),
              data.quarter,
              frame,
              by === 'aksi' ? 'aksi' : undefined,
            )}
            downloads={
              <ExportLinks table="breakdown" name={title} params={{ period: data.period, quarter: data.quarter, by }} />
            }
          />
        )}
      </AsyncContent>
    </section>
  );
}
