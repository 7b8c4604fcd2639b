/** The organiser adds a follow-up (tindak lanjut) with an owner institution and a due date. */
import type { MeetingDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

const EMPTY = { title: '', description: '', ownerInstitution: '', dueOn: '' };

export function FollowUpForm({ meeting, onAdded }: { meeting: MeetingDto; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const set = (change: Partial<typeof EMPTY>) => setForm({ ...form, ...change });
  const institutions = [...new Map(meeting.invitees.map((i) => [i.institution.code, i.institution])).values()];
  const add = useAction(() =>
    apiSend(
      'post',
      '/api/meetings/{id}/follow-ups',
      {
        path: { id: meeting.id },
        body: {
          title: form.title,
          description: form.description.trim() || undefined,
          ownerInstitution: form.ownerInstitution,
          dueOn: form.dueOn,
        },
      },
      { lang },
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add.run()) {
      setForm(EMPTY);
      onAdded();
    }
  };
  return (
    <form className="coordination-form" onSubmit={submit} aria-labelledby="follow-up-new">
      <h3 id="follow-up-new">{t('coordination.followUps.add')}</h3>
      <div className="field field--wide">
        <label htmlFor="follow-up-title">{t('coordination.field.title')}</label>
        <input id="follow-up-title" required value={form.title} onChange={(e) => set({ title: e.target.value })} />
      </div>
      <div className="field field--wide">
        <label htmlFor="follow-up-description">{t('coordination.field.description')}</label>
        <textarea
          id="follow-up-description"
          rows={3}
          value={form.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="follow-up-owner">{t('coordination.followUps.owner')}</label>
        <select
          id="follow-up-owner"
          required
          value={form.ownerInstitution}
          onChange={(e) => set({ ownerInstitution: e.target.value })}
        >
          <option value="">{t('coordination.followUps.chooseOwner')}</option>
          {institutions.map((institution) => (
            <option key={institution.code} value={institution.code}>
              {institution.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="follow-up-due">{t('coordination.followUps.dueOn')}</label>
        <input
          id="follow-up-due"
          type="date"
          required
          value={form.dueOn}
          onChange={(e) => set({ dueOn: e.target.value })}
        />
      </div>
      <ActionError error={add.error} />
      <button type="submit" className="button button--secondary" disabled={add.busy}>
        {t('coordination.followUps.addButton')}
      </button>
    </form>
  );
}
