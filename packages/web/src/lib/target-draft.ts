/**
 * A target's content as typed in the admin's form, and the request body it becomes. Nothing is
 * checked here: the server says what is wrong, field by field (see field-errors.ts).
 */
import type { ImpactDirection, TargetContent } from '@pantau/core';

export interface TargetDraft {
  successMeasure: string;
  /** One evidence item a line. */
  checklist: string;
  weight: string;
  impactName: string;
  impactUnit: string;
  impactBaseline: string;
  /** Blank for none (the value cannot be judged then). */
  impactTarget: string;
  impactDirection: ImpactDirection;
  impactSource: string;
}

export const EMPTY_TARGET_DRAFT: TargetDraft = {
  successMeasure: '',
  checklist: '',
  weight: '',
  impactName: '',
  impactUnit: '',
  impactBaseline: '',
  impactTarget: '',
  impactDirection: 'higher',
  impactSource: '',
};

/** The form filled from a target's current content. */
export function draftOfTarget(content: TargetContent): TargetDraft {
  return {
    successMeasure: content.successMeasure,
    checklist: content.evidenceChecklist.join('\n'),
    weight: String(content.weight),
    impactName: content.impact?.name ?? '',
    impactUnit: content.impact?.unit ?? '',
    impactBaseline: content.impact ? String(content.impact.baseline) : '',
    impactTarget: content.impact && content.impact.target !== null ? String(content.impact.target) : '',
    impactDirection: content.impact?.direction ?? 'higher',
    impactSource: content.impact?.source ?? '',
  };
}

/** "1.234,5" or "1234.5" → 1234.5; blank → 0; anything else → NaN (sent as null, which the server refuses). */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return 0;
  const normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** The body fields of the draft: trimmed texts, blank checklist lines dropped, no impact without a name. */
export function contentOfDraft(draft: TargetDraft): TargetContent {
  const weight = draft.weight.trim();
  return {
    successMeasure: draft.successMeasure.trim(),
    evidenceChecklist: draft.checklist
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    weight: /^\d+$/.test(weight) ? Number(weight) : Number.NaN,
    impact: draft.impactName.trim()
      ? {
          name: draft.impactName.trim(),
          unit: draft.impactUnit.trim(),
          baseline: parseDecimal(draft.impactBaseline),
          target: draft.impactTarget.trim() === '' ? null : parseDecimal(draft.impactTarget),
          direction: draft.impactDirection,
          source: draft.impactSource.trim() || null,
        }
      : null,
  };
}
