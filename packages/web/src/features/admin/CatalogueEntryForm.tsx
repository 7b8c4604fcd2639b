/**
 * Adds or changes a fokus, an aksi or an output (sub-aksi) by its code. A new entry takes a code;
 * an existing one keeps it and changes its name (an aksi may also move to another fokus).
 */
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from './FormErrors';
import { FormToggle } from './FormToggle';

export type EntryKind = 'fokus' | 'aksi' | 'output';

export interface CatalogueEntry {
  code: string;
  name: string;
  fokusCode?: string;
}

const FIELDS = ['fokus', 'aksi', 'output', 'name', 'fokusCode'] as const;

const CODE_RULE: Record<EntryKind, MessageKey> = {
  fokus: 'admin.invalid.fokusCode',
  aksi: 'admin.invalid.aksiCode',
  output: 'admin.invalid.outputCode',
};

/** The request that saves the entry; the code is the route's last parameter. */
function putEntry(kind: EntryKind, period: string, code: string, name: string, fokusCode: string, lang: 'id' | 'en') {
  if (kind === 'fokus') {
    return apiSend(
      'put',
      '/api/periods/{code}/fokus/{fokus}',
      { path: { code: period, fokus: code }, body: { name } },
      { lang },
    );
  }
  if (kind === 'aksi') {
    return apiSend(
      'put',
      '/api/periods/{code}/aksi/{aksi}',
      { path: { code: period, aksi: code }, body: { name, fokusCode } },
      { lang },
    );
  }
  return apiSend(
    'put',
    '/api/periods/{code}/outputs/{output}',
    { path: { code: period, output: code }, body: { name } },
    { lang },
  );
}

export function CatalogueEntryForm({
  kind,
  label,
  period,
  existing,
  codePrefix = '',
  fokusChoices = [],
  defaultFokus = '',
  onSaved,
}: {
  kind: EntryKind;
  /** What the form does, e.g. "Tambah output pada aksi 3": names the form for assistive technology. */
  label: string;
  period: string;
  /** The entry to change; without it the form adds one. */
  existing?: CatalogueEntry;
  /** The start of a new code, e.g. "3." for an output of aksi 3. */
  codePrefix?: string;
  /** The fokus an aksi can belong to. */
  fokusChoices?: readonly { code: string; name: string }[];
  defaultFokus?: string;
  onSaved: () => void;
}) {
  const { t, lang } = useI18n();
  const id = `${kind}-${existing?.code ?? `new-${codePrefix || defaultFokus || 'root'}`}`.replace(/\./g, '-');
  const [code, setCode] = useState(existing?.code ?? codePrefix);
  const [name, setName] = useState(existing?.name ?? '');
  const [fokusCode, setFokusCode] = useState(existing?.fokusCode ?? defaultFokus);
  const save = useAction(async () => {
    const trimmed = code.trim();
    if (!trimmed) {
      // An empty code would name no entry at all: refuse it here in the server's shape.
      throw new ApiError(400, 'invalid_input', t('admin.invalid.form'), null, [
        { path: `params.${kind}`, message: '' },
      ]);
    }
    await putEntry(kind, period, trimmed, name.trim(), fokusCode, lang);
    onSaved();
  });
  const refused = fieldErrorsOf(save.error, FIELDS);
  const codeRefused = kind in refused.fields;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form className="revision-form admin-entry-form" onSubmit={submit} noValidate aria-label={label}>
      <div className="inline-fields">
        {existing ? null : (
          <div className="field">
            <label htmlFor={`${id}-code`}>{t(`admin.${kind}.code`)}</label>
            <input
              value={code}
              inputMode="decimal"
              onChange={(event) => setCode(event.target.value)}
              {...invalidProps(`${id}-code`, codeRefused)}
            />
            <FieldError id={`${id}-code`} refused={codeRefused} rule={CODE_RULE[kind]} />
          </div>
        )}
        {kind === 'aksi' ? (
          <div className="field">
            <label htmlFor={`${id}-fokus`}>{t('admin.aksi.fokus')}</label>
            <select
              value={fokusCode}
              onChange={(event) => setFokusCode(event.target.value)}
              {...invalidProps(`${id}-fokus`, 'fokusCode' in refused.fields)}
            >
              {fokusChoices.map((fokus) => (
                <option key={fokus.code} value={fokus.code}>
                  {fokus.code}. {fokus.name}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-fokus`} refused={'fokusCode' in refused.fields} rule="admin.invalid.fokusChoice" />
          </div>
        ) : null}
      </div>
      <div className="field field--wide">
        <label htmlFor={`${id}-name`}>{t(`admin.${kind}.name`)}</label>
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          {...invalidProps(`${id}-name`, 'name' in refused.fields)}
        />
        <FieldError id={`${id}-name`} refused={'name' in refused.fields} rule="admin.invalid.name" />
      </div>
      <button type="submit" className="button" disabled={save.busy}>
        {existing ? t('admin.entry.saveChange') : t(`admin.${kind}.save`)}
      </button>
      <FormError error={save.error} rest={refused.rest} />
    </form>
  );
}

/** A button that opens the entry form under it; saving closes it and reloads the catalogue. */
export function CatalogueEntryToggle({
  onChanged,
  primary = false,
  ...form
}: Omit<Parameters<typeof CatalogueEntryForm>[0], 'onSaved'> & { onChanged: () => void; primary?: boolean }) {
  return (
    <FormToggle label={form.label} secondary={!primary}>
      {(close) => (
        <CatalogueEntryForm
          {...form}
          onSaved={() => {
            close();
            onChanged();
          }}
        />
      )}
    </FormToggle>
  );
}
