/**
 * A refused save, shown where the user looks: each refused field says what it needs right under
 * it (in the user's language, from the catalogue), and the form says the server's message once,
 * with any detail no field of the form owns and the request id to quote.
 */
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { type FieldErrors, sortFieldErrors } from '../../lib/field-errors';

/** The fields of `error` (from useAction) that belong to the form's `fields`. */
export function fieldErrorsOf<F extends string>(error: unknown, fields: readonly F[]): FieldErrors<F> {
  const details = error instanceof ApiError ? error.details.filter((d) => d.path !== 'allowedActions') : [];
  return sortFieldErrors(details, fields);
}

/** Props that mark an input as refused and tie it to its message (by default the FieldError of the same id). */
export function invalidProps(id: string, refused: boolean, hintId?: string, errorId = `${id}-error`) {
  const describedBy = [refused ? errorId : null, hintId ?? null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': refused || undefined, 'aria-describedby': describedBy || undefined };
}

/** What a refused field needs, under it; nothing when the field was not refused. */
export function FieldError({ id, refused, rule }: { id: string; refused: boolean; rule: MessageKey }) {
  const { t } = useI18n();
  if (!refused) return null;
  return (
    <p id={`${id}-error`} className="field__error">
      {t(rule)}
    </p>
  );
}

/** The form-level notice of a refused save: the server's message and what no field shows. */
export function FormError({ error, rest }: { error: unknown; rest: FieldErrors<string>['rest'] }) {
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.message || t(apiError?.code === 'network_error' ? 'error.network' : 'error.badResponse');
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {rest.length > 0 ? (
        <ul>
          {rest.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>{detail.message}</li>
          ))}
        </ul>
      ) : null}
      {apiError?.requestId ? <p className="notice__meta">{t('error.requestId', { id: apiError.requestId })}</p> : null}
    </div>
  );
}
