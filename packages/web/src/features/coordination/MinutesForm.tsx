/** The organiser records (or corrects) a meeting's minutes. */
import type { MeetingDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

export function MinutesForm({ meeting, onSaved }: { meeting: MeetingDto; onSaved: (m: MeetingDto) => void }) {
  const { t, lang } = useI18n();
  const [minutes, setMinutes] = useState(meeting.minutes?.text ?? '');
  const save = useAction(() =>
    apiSend('put', '/api/meetings/{id}/minutes', { path: { id: meeting.id }, body: { minutes } }, { lang }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await save.run();
    if (updated) onSaved(updated);
  };
  return (
    <form className="coordination-form" onSubmit={submit}>
      <div className="field field--wide">
        <label htmlFor="meeting-minutes">{t('coordination.minutes.heading')}</label>
        <textarea
          id="meeting-minutes"
          required
          minLength={10}
          rows={6}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <ActionError error={save.error} />
      <button type="submit" className="button button--secondary" disabled={save.busy}>
        {t('coordination.minutes.save')}
      </button>
    </form>
  );
}
