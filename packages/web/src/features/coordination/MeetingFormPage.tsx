/** /kerja/koordinasi/rapat/baru — schedule a meeting in WIB, WITA or WIT and invite institutions by role. */
import type { IndonesianTimeZone } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { AudienceFieldset } from './AudienceFieldset';
import { type AudienceFields, audienceIsComplete, audienceOf, EMPTY_AUDIENCE } from './audience-form';
import { COORDINATION_PATHS } from './coordination-paths';
import '../../components/work/work.css';
import './coordination.css';

const ZONES: readonly IndonesianTimeZone[] = ['WIB', 'WITA', 'WIT'];

export default function MeetingFormPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('coordination.meetings.new'));
  const navigate = useNavigate();
  const [form, setForm] = useState({
    title: '',
    startsAt: '',
    timeZone: 'WIB' as IndonesianTimeZone,
    durationMinutes: 120,
    onlineUrl: '',
    place: '',
    agenda: '',
  });
  const [invitees, setInvitees] = useState<AudienceFields>(EMPTY_AUDIENCE);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const audience = audienceOf(invitees);
  const create = useAction(() =>
    apiSend(
      'post',
      '/api/meetings',
      {
        body: {
          ...form,
          onlineUrl: form.onlineUrl.trim() || undefined,
          place: form.place.trim() || undefined,
          invitees: audience,
        },
      },
      { lang },
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create.run();
    if (created) navigate(COORDINATION_PATHS.meeting(created.id));
  };
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: COORDINATION_PATHS.meetings, label: t('coordination.meetings.title') },
        ]}
      />
      <h1>{t('coordination.meetings.new')}</h1>
      <form className="coordination-form" onSubmit={submit}>
        <div className="field field--wide">
          <label htmlFor="meeting-title">{t('coordination.field.title')}</label>
          <input id="meeting-title" required value={form.title} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="meeting-starts">{t('coordination.meeting.startsAt')}</label>
          <input
            id="meeting-starts"
            type="datetime-local"
            required
            value={form.startsAt}
            onChange={(e) => set({ startsAt: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="meeting-zone">{t('coordination.meeting.timeZone')}</label>
          <select
            id="meeting-zone"
            value={form.timeZone}
            onChange={(e) => set({ timeZone: e.target.value as IndonesianTimeZone })}
          >
            {ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meeting-duration">{t('coordination.meeting.duration')}</label>
          <input
            id="meeting-duration"
            type="number"
            min={15}
            max={720}
            value={form.durationMinutes}
            onChange={(e) => set({ durationMinutes: Number(e.target.value) })}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="meeting-url">{t('coordination.meeting.onlineUrl')}</label>
          <input
            id="meeting-url"
            type="url"
            value={form.onlineUrl}
            onChange={(e) => set({ onlineUrl: e.target.value })}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="meeting-place">{t('coordination.meeting.place')}</label>
          <input id="meeting-place" value={form.place} onChange={(e) => set({ place: e.target.value })} />
        </div>
        <div className="field field--wide">
          <label htmlFor="meeting-agenda">{t('coordination.meeting.agenda')}</label>
          <textarea
            id="meeting-agenda"
            required
            rows={5}
            value={form.agenda}
            onChange={(e) => set({ agenda: e.target.value })}
          />
        </div>
        <AudienceFieldset
          id="meeting-invitees"
          legend={t('coordination.meeting.invitees')}
          value={invitees}
          onChange={setInvitees}
        />
        <ActionError error={create.error} />
        <button type="submit" className="button" disabled={create.busy || !audienceIsComplete(audience)}>
          {t('coordination.meetings.create')}
        </button>
      </form>
    </>
  );
}
