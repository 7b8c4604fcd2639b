/** On a unit of the units screen: the way to the Inspektorat's support given to it, for those who read the support log. */
import type { UnitDto } from '@pantau/core';
import { useAccount } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { can } from '../coordination/can';

export function UnitSupportLink({ unit }: { unit: UnitDto }) {
  const { t } = useI18n();
  const { roles } = useAccount();
  if (!can(roles, 'support.read')) return null;
  const href = `/kerja/pendampingan?instansi=${encodeURIComponent(unit.institution.code)}&unit=${unit.id}`;
  return (
    <p className="unit__facts">
      <Link href={href}>
        {t('support.ofUnit')}
        <span className="visually-hidden"> {unit.name}</span>
      </Link>
    </p>
  );
}
