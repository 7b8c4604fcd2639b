/**
 * /kerja/unit/target — which work unit is responsible for each of the institution's targets of a
 * period: per output, one unit for the whole output or a unit per target; and the latest
 * assignments (who moved which target from which unit), from the audit log.
 */
import type { UnitTargetMapDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuarterName } from '../../components/useQuarterName';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { usePeriods } from '../../components/work/usePeriods';
import { WorkPeriodPicker } from '../../components/work/WorkPeriodPicker';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { selectedPeriodCode } from '../../lib/periods';
import { useNavigate, useSearchParams } from '../../router';
import { UnitViewHeader } from './UnitViewHeader';
import { useUnitInstitution } from './useUnitInstitution';
import '../../components/work/work.css';
import './units.css';

type Output = UnitTargetMapDto['outputs'][number];
type Unit = UnitTargetMapDto['units'][number];

/** Target code → chosen unit id ('' for none), as the form holds it. */
function choicesOf(output: Output): Record<string, string> {
  return Object.fromEntries(output.targets.map((t) => [t.code, t.unit ? String(t.unit.id) : '']));
}

/** The changed targets grouped by their new unit, each group one request. */
export function changesByUnit(output: Output, choices: Record<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const target of output.targets) {
    const now = choices[target.code] ?? '';
    if (now === (target.unit ? String(target.unit.id) : '')) continue;
    groups.set(now, [...(groups.get(now) ?? []), target.code]);
  }
  return groups;
}

function OutputAssignment({
  code,
  period,
  output,
  units,
  manage,
  onSaved,
}: {
  code: string;
  period: string;
  output: Output;
  units: readonly Unit[];
  manage: boolean;
  onSaved: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const quarterName = useQuarterName();
  const [choices, setChoices] = useState(() => choicesOf(output));
  const save = useAction(async () => {
    const groups = changesByUnit(output, choices);
    const whole = groups.size === 1 && [...groups.values()][0]?.length === output.targets.length;
    let changed = 0;
    for (const [unit, targets] of groups) {
      const result = await apiSend(
        'put',
        '/api/institutions/{code}/unit-targets',
        {
          path: { code },
          body: {
            period,
            unitId: unit === '' ? null : Number(unit),
            targets: whole ? [] : targets,
            outputs: whole ? [output.code] : [],
          },
        },
        { lang },
      );
      changed += result.assigned;
    }
    return changed;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = await save.run();
    if (changed !== undefined) onSaved(t('units.assign.saved', { output: output.code, count: changed }));
  };
  const headingId = `unit-output-${output.code}`;
  const wholeId = `${headingId}-whole`;
  const active = units.filter((u) => u.active);
  const options = (
    <>
      <option value="">{t('units.assign.noUnit')}</option>
      {active.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
    </>
  );
  return (
    <li className="unit-output">
      <form onSubmit={submit} aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="output__code">{output.code}</span> {output.name}
        </h3>
        {manage ? (
          <div className="field unit-output__whole">
            <label htmlFor={wholeId}>{t('units.assign.whole', { output: output.code })}</label>
            <select
              id={wholeId}
              value="-"
              onChange={(event) => {
                const value = event.target.value;
                if (value === '-') return;
                setChoices(Object.fromEntries(output.targets.map((target) => [target.code, value])));
              }}
            >
              <option value="-">{t('units.assign.wholePick')}</option>
              {options}
            </select>
          </div>
        ) : null}
        <div className="unit-output__targets">
          {output.targets.map((target) => {
            const id = `${headingId}-${target.code}`;
            return manage ? (
              <div className="field" key={target.code}>
                <label htmlFor={id}>
                  {t('units.assign.target', { target: target.code, quarter: quarterName(target.quarter) })}
                </label>
                <select
                  id={id}
                  value={choices[target.code] ?? ''}
                  onChange={(event) => setChoices({ ...choices, [target.code]: event.target.value })}
                >
                  {options}
                </select>
              </div>
            ) : (
              <p key={target.code}>
                <span className="output__code">{target.code}</span> {target.unit?.name ?? t('units.assign.noUnit')}
              </p>
            );
          })}
        </div>
        <ActionError error={save.error} />
        {manage ? (
          <button type="submit" className="button button--secondary" disabled={save.busy}>
            {t('units.assign.save', { output: output.code })}
          </button>
        ) : null}
      </form>
    </li>
  );
}

function History({ items }: { items: UnitTargetMapDto['history'] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p className="muted">{t('units.history.none')}</p>;
  return (
    <ol className="unit-history">
      {items.map((entry) => (
        <li key={`${entry.at}-${entry.by}-${entry.targets.map((x) => x.code).join()}`}>
          {t('units.history.entry', {
            when: formatDateTime(entry.at, lang),
            by: entry.by,
            unit: entry.unit?.name ?? t('units.assign.noUnit'),
          })}{' '}
          {entry.targets
            .map((target) =>
              t('units.history.target', {
                target: target.code,
                previous: target.previousUnit?.name ?? t('units.assign.noUnit'),
              }),
            )
            .join('; ')}
        </li>
      ))}
    </ol>
  );
}

function Assignments({ code, period, manage }: { code: string; period: string; manage: boolean }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const map = useApiGet('/api/institutions/{code}/unit-targets', { path: { code }, query: { period } });
  return (
    <AsyncContent state={map}>
      {(data) => (
        <>
          {done ? (
            <p className="notice notice--success" role="status">
              {done}
            </p>
          ) : null}
          {manage && data.units.length === 0 ? <p className="notice">{t('units.assign.noUnits')}</p> : null}
          <section aria-labelledby="unit-outputs">
            <h2 id="unit-outputs">{t('units.assign.heading', { name: data.institution.name })}</h2>
            {data.outputs.length === 0 ? (
              <p className="notice">{t('units.assign.noTargets')}</p>
            ) : (
              <ul className="unit-list">
                {data.outputs.map((output) => (
                  <OutputAssignment
                    key={`${output.code}-${output.targets.map((x) => x.unit?.id ?? 0).join()}`}
                    code={code}
                    period={data.period}
                    output={output}
                    units={data.units}
                    manage={manage}
                    onSaved={(message) => {
                      setDone(message);
                      map.retry();
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="unit-history">
            <h2 id="unit-history">{t('units.history.heading')}</h2>
            <History items={data.history} />
          </section>
        </>
      )}
    </AsyncContent>
  );
}

export default function UnitTargetsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('units.assign.title'));
  const _navigate = useNavigate();
  const unit = useUnitInstitution();
  const { national, code, manage } = unit;
  const periods = usePeriods();
  const requested = useSearchParams().get('periode');
  return (
    <>
      <UnitViewHeader
        path="/kerja/unit/target"
        title={t('units.assign.title')}
        lead={t('units.assign.lead')}
        unit={unit}
      />
      <AsyncContent state={periods}>
        {(list) => {
          const period = selectedPeriodCode(list, requested);
          if (!period) return <p className="notice">{t('work.noQuarter')}</p>;
          if (!code) return <p className="notice">{t('units.chooseInstitution')}</p>;
          return (
            <>
              {national ? null : <WorkPeriodPicker periods={list} value={period} base="/kerja/unit/target" />}
              <Assignments key={`${code}-${period}`} code={code} period={period} manage={manage} />
            </>
          );
        }}
      </AsyncContent>
    </>
  );
}
