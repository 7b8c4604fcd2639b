/** Adding a holiday (or renaming one): date, name and kind. */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { KIND_LABELS } from './holiday-kinds';

type Kind = 'national' | 'collective_leave' | 'other';
const KINDS: readonly Kind[] = ['national', 'collective_leave', 'other'];
type Field = 'date' | 'name';
const IDS: Record<Field, string> = { date: 'holiday-date', name: 'holiday-name' };

export function HolidayForm({ onSaved }: { onSaved: (saved: { date: string; name: string }) => void }) {
  const { t, lang } = useI18n();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('collective_leave');
  const [local, setLocal] = useState<Field[]>([]);
  const save = useAction(() =>
    apiSend('put', '/api/holidays/{date}', { path: { date }, body: { name: name.trim(), kind } }, { lang }),
  );
  const server = fieldErrorsOf(save.error, ['date', 'name'] as const);
  const refused = (field: Field) => local.includes(field) || server.fields[field] !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Field[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push('date');
    if (name.trim().length < 3) problems.push('name');
    setLocal(problems);
    if (problems.length > 0) {
      document.getElementById(IDS[problems[0] as Field])?.focus();
      return;
    }
    const saved = await save.run();
    if (saved) {
      setDate('');
      setName('');
      onSaved(saved);
    }
  };
  return (
    <form className="filters holiday-form" onSubmit={submit} aria-labelledby="holiday-add" noValidate>
      <h2 id="holiday-add" className="holiday-form__heading">
        {t('holidays.add.heading')}
      </h2>
      <div className="field">
        <label htmlFor={IDS.date}>{t('holidays.add.date')}</label>
        <input
          {...invalidProps(IDS.date, refused('date'))}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
        <FieldError id={IDS.date} refused={refused('date')} rule="holidays.validation.date" />
      </div>
      <div className="field field--wide">
        <label htmlFor={IDS.name}>{t('holidays.add.name')}</label>
        <input
          {...invalidProps(IDS.name, refused('name'), `${IDS.name}-hint`)}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={`${IDS.name}-hint`} className="field__hint">
          {t('holidays.add.nameHint')}
        </p>
        <FieldError id={IDS.name} refused={refused('name')} rule="holidays.validation.name" />
      </div>
      <div className="field">
        <label htmlFor="holiday-kind">{t('holidays.add.kind')}</label>
        <select id="holiday-kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(KIND_LABELS[value])}
            </option>
          ))}
        </select>
      </div>
      <FormError error={save.error} rest={server.rest} />
      <div className="filters__actions">
        <button type="submit" className="button" disabled={save.busy}>
          {t('holidays.add.submit')}
        </button>
      </div>
    </form>
  );
}
