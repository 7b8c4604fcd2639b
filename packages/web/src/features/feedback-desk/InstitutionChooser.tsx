/**
 * The institution a feedback item goes to: a text field that takes a code, offering institutions
 * whose name or code matches what is typed (from the institution search), with the chosen name
 * shown under it.
 */
import type { InstitutionPageDto } from '@pantau/core';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, invalidProps } from '../admin/FormErrors';

export function InstitutionChooser({
  id,
  value,
  known,
  refused,
  onChange,
}: {
  id: string;
  value: string;
  /** An institution whose name is known already (the one the sender chose). */
  known: { code: string; name: string };
  refused: boolean;
  onChange: (code: string) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState(value);
  // Ask the search once typing pauses, so a slow connection is not flooded with requests.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(value.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [value]);
  const found = useApi<InstitutionPageDto>(
    query.length >= 2 ? `/api/institutions?q=${encodeURIComponent(query)}&limit=10` : null,
  );
  const options = found.data?.items ?? [];
  const name =
    value === known.code ? known.name : options.find((institution) => institution.code === value.trim())?.name;
  const hintId = `${id}-hint`;
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{t('desk.moderate.institution')}</label>
      <input
        {...invalidProps(id, refused, hintId)}
        list={`${id}-options`}
        value={value}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={`${id}-options`}>
        {options.map((institution) => (
          <option key={institution.code} value={institution.code}>
            {institution.name}
          </option>
        ))}
      </datalist>
      {name ? (
        <p className="desk-chosen" aria-live="polite">
          {name} ({value.trim()})
        </p>
      ) : null}
      <p id={hintId} className="field__hint">
        {t('desk.moderate.institutionHint')}
      </p>
      <FieldError id={id} refused={refused} rule="desk.validation.institution" />
    </div>
  );
}
