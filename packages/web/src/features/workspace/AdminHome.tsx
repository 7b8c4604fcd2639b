/** The admin's home: the quarter in progress, the verification backlog, and the management tools. */
import { useMemo } from 'react';
import { AsyncContent } from '../../components/AsyncContent';
import { QuarterHeading } from '../../components/work/QuarterHeading';
import { Tool } from '../../components/work/Tool';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { todayInJakarta } from '../../lib/dates';
import { pickWorkQuarter } from '../../lib/work-quarter';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { DeskTool } from '../feedback-desk/DeskTool';
import { DashboardLinks } from './DashboardLinks';
import { QueueCounts } from './QueueCounts';

const TOOLS: readonly { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: '/kerja/periode', title: 'admin.tool.periods', text: 'admin.tool.periods.text' },
  { href: '/kerja/katalog', title: 'admin.tool.catalogue', text: 'admin.tool.catalogue.text' },
  { href: '/kerja/instansi', title: 'admin.tool.institutions', text: 'admin.tool.institutions.text' },
  { href: '/kerja/pengguna', title: 'admin.tool.users', text: 'admin.tool.users.text' },
  { href: '/kerja/verifikasi', title: 'admin.tool.queue', text: 'admin.tool.queue.text' },
  { href: '/kerja/unduhan', title: 'downloads.tool', text: 'downloads.tool.text' },
  { href: '/kerja/audit', title: 'audit.tool', text: 'audit.tool.text' },
  { href: '/kerja/operasi', title: 'ops.tool', text: 'ops.tool.text' },
  { href: '/kerja/libur', title: 'holidays.tool', text: 'holidays.tool.text' },
  { href: '/kerja/unit', title: 'units.tool', text: 'units.tool.text' },
  { href: '/kerja/pendampingan', title: 'support.tool', text: 'support.tool.text' },
  { href: '/kerja/provinsi', title: 'province.tool', text: 'province.tool.text' },
];

export default function AdminHome() {
  const { t } = useI18n();
  const today = useMemo(() => todayInJakarta(new Date()), []);
  const periods = usePeriods();
  return (
    <section className="work-section" aria-labelledby="home-admin">
      <h2 id="home-admin">{t('admin.heading')}</h2>
      <AsyncContent state={periods}>
        {(list) => {
          const work = pickWorkQuarter(list);
          return work ? (
            <div className="panel panel--highlight">
              <QuarterHeading work={work} deadline={work.quarter.deadline} today={today} />
              <QueueCounts period={work.period.code} />
            </div>
          ) : (
            <p className="notice">{t('work.noQuarter')}</p>
          );
        }}
      </AsyncContent>
      <ul className="tool-grid">
        {TOOLS.map((tool) => (
          <Tool key={tool.href} href={tool.href} title={t(tool.title)} text={t(tool.text)} />
        ))}
        <DeskTool />
      </ul>
      <DashboardLinks id="admin-dashboards" />
      <CoordinationSection id="admin-coordination" />
    </section>
  );
}
