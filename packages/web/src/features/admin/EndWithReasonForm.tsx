/**
 * A small form that ends something kept on record (an assignment rule, one institution's
 * assignment) with a reason: the reason field is marked and explained when refused.
 */
import { type FormEvent, useState } from 'react';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from './FormErrors';

export function EndWithReasonForm({
  id,
  label,
  confirm,
  end,
}: {
  /** A unique prefix for the field's id. */
  id: string;
  /** The form's accessible name, e.g. "Akhiri aturan …". */
  label: string;
  /** The button's text. */
  confirm: string;
  /** Sends the ending with the trimmed reason. */
  end: (reason: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const action = useAction(() => end(reason.trim()));
  const refused = fieldErrorsOf(action.error, ['reason'] as const);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.run();
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={label}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('action.reason')}</label>
        <input
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          {...invalidProps(`${id}-reason`, 'reason' in refused.fields)}
        />
        <FieldError id={`${id}-reason`} refused={'reason' in refused.fields} rule="admin.invalid.reason" />
      </div>
      <button type="submit" className="button button--secondary button--small" disabled={action.busy}>
        {confirm}
      </button>
      <FormError error={action.error} rest={refused.rest} />
    </form>
  );
}
