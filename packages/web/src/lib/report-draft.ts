/** The editable content of a report, and what of it changed since the last save (autosave). */

/** What the institution writes: the fields PATCH /api/reports/:id takes. */
export interface ReportDraft {
  narrative: string;
  progress: number | null;
  impactValue: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
}

export function draftOf(report: ReportDraft): ReportDraft {
  return {
    narrative: report.narrative,
    progress: report.progress,
    impactValue: report.impactValue,
    notApplicable: report.notApplicable,
    notApplicableReason: report.notApplicableReason,
  };
}

/** The fields of `draft` that differ from `saved`: the body of the next autosave (empty: nothing to save). */
export function changedFields(draft: ReportDraft, saved: ReportDraft): Partial<ReportDraft> {
  const changes: Partial<ReportDraft> = {};
  if (draft.narrative !== saved.narrative) changes.narrative = draft.narrative;
  if (draft.progress !== saved.progress) changes.progress = draft.progress;
  if (draft.impactValue !== saved.impactValue) changes.impactValue = draft.impactValue;
  if (draft.notApplicable !== saved.notApplicable) changes.notApplicable = draft.notApplicable;
  if ((draft.notApplicableReason ?? '') !== (saved.notApplicableReason ?? ''))
    changes.notApplicableReason = draft.notApplicableReason;
  return changes;
}

/** A number typed in a form field: null when empty, NaN kept out (the field shows the error). */
export function parseNumberInput(text: string, lang: 'id' | 'en'): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Indonesian writes 1.234,5; English 1,234.5. Accept either decimal mark typed alone.
  const normalised = lang === 'id' ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return 'invalid';
  return Number(normalised);
}

/** Progress 0–100 from a form field: null when empty, 'invalid' otherwise out of range. */
export function parseProgressInput(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value <= 100 ? value : 'invalid';
}
