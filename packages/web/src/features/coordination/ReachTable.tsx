/** A material's reach: republications and institutions per province, most publications first. */

import { useI18n } from '../../i18n/I18nProvider';
import type { MaterialDetailDto } from './material-types';

export function ReachTable({ reach }: { reach: MaterialDetailDto['reach'] }) {
  const { t, tn } = useI18n();
  return (
    <section className="work-subsection" aria-labelledby="material-reach">
      <h2 id="material-reach">{t('coordination.reach.heading')}</h2>
      <p className="work-summary">
        {tn('coordination.material.publications', reach.publications)} ·{' '}
        {tn('coordination.institutions', reach.institutions)}
      </p>
      {reach.byProvince.length === 0 ? (
        <p className="muted">{t('coordination.reach.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('coordination.reach.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coordination.reach.province')}</th>
              <th scope="col">{t('coordination.reach.publications')}</th>
              <th scope="col">{t('coordination.reach.institutions')}</th>
            </tr>
          </thead>
          <tbody>
            {reach.byProvince.map((row) => (
              <tr key={row.provinceCode ?? 'kl'}>
                <th scope="row">{row.provinceName}</th>
                <td>{row.publications}</td>
                <td>{row.institutions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
