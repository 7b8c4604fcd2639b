/**
 * Which fields of a form the server refused. A refused request answers details such as
 * `{ path: 'body.evidenceChecklist.2', message }` or `{ path: 'params.aksi', message }`; a form
 * names its fields by the first segment after `body.` / `params.` and shows each one's error
 * beside it. Details that name no field of the form stay for the form-level notice.
 */

export interface ErrorDetail {
  path: string;
  message: string;
}

export interface FieldErrors<F extends string> {
  /** The form's fields that have at least one error, each with the server's first message. */
  fields: Partial<Record<F, string>>;
  /** Details that belong to none of the form's fields. */
  rest: ErrorDetail[];
}

/** The field a detail's path names: `body.impact.unit` → `impact`; null without one. */
export function fieldOfPath(path: string): string | null {
  const [location, field] = path.split('.');
  if ((location !== 'body' && location !== 'params') || !field) return null;
  return field;
}

/** Sorts `details` into the form's `fields` and the rest. */
export function sortFieldErrors<F extends string>(
  details: readonly ErrorDetail[],
  fields: readonly F[],
): FieldErrors<F> {
  const known = new Set<string>(fields);
  const result: FieldErrors<F> = { fields: {}, rest: [] };
  for (const detail of details) {
    const field = fieldOfPath(detail.path);
    if (field !== null && known.has(field)) {
      const name = field as F;
      result.fields[name] ??= detail.message;
    } else {
      result.rest.push(detail);
    }
  }
  return result;
}
