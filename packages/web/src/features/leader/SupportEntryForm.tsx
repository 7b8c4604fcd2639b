/**
 * Recording support given (pendampingan): date, unit (by name, optional), kind, notes, files and
 * follow-ups with an owner unit and a due date. The files are checked by content on upload.
 */
import { SUPPORT_KINDS, type SupportKind, type UnitDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { uploadAll } from '../coordination/upload-attachment';
import { SUPPORT_KIND_KEYS } from './support-kinds';

interface FollowUpDraft {
  title: string;
  ownerUnitId: string;
  dueOn: string;
}

const NO_FOLLOW_UP: FollowUpDraft = { title: '', ownerUnitId: '', dueOn: '' };

function UnitSelect({
  id,
  label,
  units,
  value,
  onChange,
  none,
}: {
  id: string;
  label: string;
  units: readonly UnitDto[];
  value: string;
  onChange: (value: string) => void;
  none: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {units.map((unit) => (
          <option key={unit.id} value={String(unit.id)}>
            {unit.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SupportEntryForm({
  institution,
  units,
  today,
  onAdded,
}: {
  institution: string;
  units: readonly UnitDto[];
  today: string;
  onAdded: () => void;
}) {
  const { t, lang } = useI18n();
  const [heldOn, setHeldOn] = useState(today);
  const [unitId, setUnitId] = useState('');
  const [kind, setKind] = useState<SupportKind>('visit');
  const [notes, setNotes] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [fileInput, setFileInput] = useState(0);
  const save = useAction(async () => {
    const attachmentIds = await uploadAll(files, lang);
    return apiSend(
      'post',
      '/api/institutions/{code}/support',
      {
        path: { code: institution },
        body: {
          heldOn,
          unitId: unitId ? Number(unitId) : null,
          kind,
          notes,
          attachmentIds,
          followUps: followUps.map((f) => ({
            title: f.title,
            ownerUnitId: f.ownerUnitId ? Number(f.ownerUnitId) : null,
            dueOn: f.dueOn,
          })),
        },
      },
      { lang },
    );
  });
  const setFollowUp = (index: number, change: Partial<FollowUpDraft>) =>
    setFollowUps(followUps.map((f, i) => (i === index ? { ...f, ...change } : f)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setNotes('');
      setUnitId('');
      setFiles([]);
      setFollowUps([]);
      setFileInput((n) => n + 1);
      onAdded();
    }
  };
  return (
    <form className="coordination-form" onSubmit={submit} aria-labelledby="support-new">
      <h2 id="support-new">{t('support.add')}</h2>
      <div className="field">
        <label htmlFor="support-held-on">{t('support.field.heldOn')}</label>
        <input id="support-held-on" type="date" required value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      </div>
      <UnitSelect
        id="support-unit"
        label={t('support.field.unit')}
        units={units}
        value={unitId}
        onChange={setUnitId}
        none={t('support.field.wholeInstitution')}
      />
      <div className="field">
        <label htmlFor="support-kind">{t('support.field.kind')}</label>
        <select id="support-kind" value={kind} onChange={(e) => setKind(e.target.value as SupportKind)}>
          {SUPPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(SUPPORT_KIND_KEYS[k])}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--wide">
        <label htmlFor="support-notes">{t('support.field.notes')}</label>
        <textarea
          id="support-notes"
          rows={4}
          required
          minLength={5}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <div className="field field--wide">
        <label htmlFor="support-files">{t('support.field.files')}</label>
        <input
          key={fileInput}
          id="support-files"
          type="file"
          multiple
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        <p className="field__hint">{t('support.field.filesHint')}</p>
      </div>
      <fieldset className="field field--wide">
        <legend>{t('support.followUps')}</legend>
        {followUps.map((followUp, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <div key={index} className="filters">
            <div className="field field--wide">
              <label htmlFor={`support-fu-${index}-title`}>{t('support.followUp.title')}</label>
              <input
                id={`support-fu-${index}-title`}
                required
                minLength={3}
                value={followUp.title}
                onChange={(e) => setFollowUp(index, { title: e.target.value })}
              />
            </div>
            <UnitSelect
              id={`support-fu-${index}-owner`}
              label={t('support.followUp.owner')}
              units={units}
              value={followUp.ownerUnitId}
              onChange={(value) => setFollowUp(index, { ownerUnitId: value })}
              none={t('support.field.wholeInstitution')}
            />
            <div className="field">
              <label htmlFor={`support-fu-${index}-due`}>{t('support.followUp.dueOn')}</label>
              <input
                id={`support-fu-${index}-due`}
                type="date"
                required
                value={followUp.dueOn}
                onChange={(e) => setFollowUp(index, { dueOn: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setFollowUps(followUps.filter((_, i) => i !== index))}
            >
              {t('support.followUp.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setFollowUps([...followUps, { ...NO_FOLLOW_UP }])}
        >
          {t('support.followUp.add')}
        </button>
      </fieldset>
      <ActionError error={save.error} />
      <button type="submit" className="button" disabled={save.busy}>
        {t('support.save')}
      </button>
    </form>
  );
}
