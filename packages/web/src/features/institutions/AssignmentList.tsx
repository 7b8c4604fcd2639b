import type { InstitutionDetailDto } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { groupAssignmentsByPeriod } from '../../lib/assignments';
import { outputAnchor } from '../../lib/catalogue';
import { formatPeriodCode } from '../../lib/format';
import { Link } from '../../router';

/** The outputs an institution carries, grouped by period, each linking to its place in the catalogue. */
export function AssignmentList({ assignments }: { assignments: InstitutionDetailDto['assignments'] }) {
  const { t, tn } = useI18n();
  const groups = groupAssignmentsByPeriod(assignments);
  if (groups.length === 0) return <p className="muted">{t('institution.noAssignments')}</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.period} className="assignment-group" aria-labelledby={`period-${group.period}`}>
          <h3 id={`period-${group.period}`}>
            {t('period.label', { code: formatPeriodCode(group.period) })}{' '}
            <span className="muted">({tn('institution.outputCount', group.items.length)})</span>
          </h3>
          <ul className="assignment-list">
            {group.items.map((item) => (
              <li key={item.outputCode}>
                <Link href={`/katalog?periode=${encodeURIComponent(group.period)}#${outputAnchor(item.outputCode)}`}>
                  <span className="output__code">{item.outputCode}</span> {item.outputName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
