/**
 * SLOTS FOR THE CATALOGUE-MANAGEMENT API (issue: catalogue, institutions and assignment management).
 *
 * These components show the catalogue structure, assignment rules and institutions from data passed
 * in as props, and take their write actions as optional props too. Until the management API lands
 * they are rendered without actions and say so; when it lands, pass the actions (e.g. a function
 * calling `apiSend('post', '/api/periods/{code}/fokus', …)`) and the controls appear. They never
 * pretend to save anything on their own.
 */
import type { AssignmentRule } from '@pantau/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useRuleText } from '../catalogue/useRuleText';

/** Write actions on the catalogue structure, supplied once the management API exists. */
export interface CatalogueStructureActions {
  /** Opens the form to add a fokus, aksi or output; the caller owns the form and the request. */
  add: (kind: 'fokus' | 'aksi' | 'output', parentCode: string | null) => void;
}

/** The place for "add fokus / aksi / output": a clear note until the API is there. */
export function CatalogueStructureSlot({ actions }: { actions?: CatalogueStructureActions }) {
  const { t } = useI18n();
  if (!actions) return <p className="notice slot-note">{t('slot.catalogue')}</p>;
  return (
    <div className="toolbar">
      {(['fokus', 'aksi', 'output'] as const).map((kind) => (
        <button key={kind} type="button" className="button button--secondary" onClick={() => actions.add(kind, null)}>
          {t(`slot.add.${kind}`)}
        </button>
      ))}
    </div>
  );
}

/** Write actions on an output's assignment rules, supplied once the management API exists. */
export interface AssignmentActions {
  edit: (outputCode: string, rules: readonly AssignmentRule[]) => void;
}

/** An output's assignment: its rules in words and how many institutions they reach; editing when given actions. */
export function AssignmentRules({
  outputCode,
  rules,
  institutionCount,
  actions,
}: {
  outputCode: string;
  rules: readonly AssignmentRule[];
  institutionCount: number;
  actions?: AssignmentActions;
}) {
  const { t, tn } = useI18n();
  const ruleText = useRuleText();
  return (
    <p className="assignment">
      <span className="assignment__label">{t('catalogue.assignment')}:</span> {ruleText(rules)} ·{' '}
      {tn('catalogue.institutions', institutionCount)}
      {actions ? (
        <>
          {' '}
          <button type="button" className="button--link" onClick={() => actions.edit(outputCode, rules)}>
            {t('slot.editAssignment')}
          </button>
        </>
      ) : null}
    </p>
  );
}

/** Write actions on institutions (add, rename, merge), supplied once the management API exists. */
export interface InstitutionActions {
  add: () => void;
  edit: (code: string) => void;
}

/** The place for institution management: a clear note until the API is there. */
export function InstitutionManagementSlot({
  actions,
  children,
}: {
  actions?: InstitutionActions;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  if (!actions) return <p className="notice slot-note">{t('slot.institutions')}</p>;
  return (
    <div className="toolbar">
      <button type="button" className="button" onClick={actions.add}>
        {t('slot.add.institution')}
      </button>
      {children}
    </div>
  );
}
