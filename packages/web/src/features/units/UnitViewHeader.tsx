/**
 * The head of a work-unit view below the list: breadcrumbs, title, lead, the tabs, and for admin
 * and observers the institution picker (`?instansi=`).
 */
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { UnitTabs } from './UnitTabs';
import type { useUnitInstitution } from './useUnitInstitution';

export function UnitViewHeader({
  path,
  title,
  lead,
  unit,
}: {
  path: '/kerja/unit/target' | '/kerja/unit/papan';
  title: string;
  lead: string;
  unit: ReturnType<typeof useUnitInstitution>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: `/kerja/unit${unit.query}`, label: t('units.title') },
        ]}
      />
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      <UnitTabs current={path} query={unit.query} board={unit.board} />
      {unit.national ? (
        <div className="filters">
          <InstitutionPicker
            id="units-institution"
            label={t('units.institution')}
            hint={t('units.institutionHint')}
            value={unit.asked ? [unit.asked] : []}
            onChange={([chosen]) => navigate(chosen ? `${path}?instansi=${encodeURIComponent(chosen)}` : path)}
          />
        </div>
      ) : null}
    </>
  );
}
