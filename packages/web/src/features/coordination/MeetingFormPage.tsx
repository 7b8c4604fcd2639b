/** /kerja/koordinasi/rapat/baru — schedule a meeting in WIB, WITA or WIT and invite institutions, chosen by name, by role. */
import type { IndonesianTimeZone } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useFocusFirstInvalid } from '../../components/work/useFocusFirstInvalid';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { AudienceFieldset, audiencePartId } from './AudienceFieldset';
import { audienceErrors } from './audience-errors';
import {
  type AudienceFields,
  type AudiencePart,
  audienceOf,
  EMPTY_AUDIENCE,
  missingAudienceParts,
} from './audience-form';
import { COORDINATION_PATHS } from './coordination-paths';
import '../../components/work/work.css';
import './coordination.css';

const ZONES: readonly IndonesianTimeZone[] = ['WIB', 'WITA', 'WIT'];
const FIELDS = ['title', 'startsAt', 'durationMinutes', 'onlineUrl', 'agenda', 'invitees'] as const;
type Field = (typeof FIELDS)[number];
const INVITEES_ID = 'meeting-invitees';

/** Fields the form itself finds wrong before asking the server. */
function ownChecks(form: { title: string; startsAt: string; durationMinutes: number; agenda: string }): Field[] {
  return [
    ...(form.title.trim().length < 3 ? (['title'] as const) : []),
    ...(form.startsAt === '' ? (['startsAt'] as const) : []),
    ...(Number.isInteger(form.durationMinutes) && form.durationMinutes >= 15 && form.durationMinutes <= 720
      ? []
      : (['durationMinutes'] as const)),
    ...(form.agenda.trim() === '' ? (['agenda'] as const) : []),
  ];
}

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
  const [attempt, setAttempt] = useState(0);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const create = useAction(() =>
    apiSend(
      'post',
      '/api/meetings',
      {
        body: {
          ...form,
          onlineUrl: form.onlineUrl.trim() || undefined,
          place: form.place.trim() || undefined,
          invitees: audienceOf(invitees),
        },
      },
      { lang },
    ),
  );
  const checked = attempt > 0;
  const refused = fieldErrorsOf(create.error, FIELDS);
  const wrong = new Set<Field>([...(checked ? ownChecks(form) : []), ...(Object.keys(refused.fields) as Field[])]);
  const inviteeErrors = audienceErrors(invitees, checked, create.error, ['invitees', 'audience'], t);
  const invalidIds = [
    ...FIELDS.filter((field) => wrong.has(field)).map((field) => `meeting-${field}`),
    ...(Object.keys(inviteeErrors) as AudiencePart[]).map((part) => audiencePartId(INVITEES_ID, part)),
  ];
  useFocusFirstInvalid(attempt, invalidIds);
  const field = (name: Field, hintId?: string) => invalidProps(`meeting-${name}`, wrong.has(name), hintId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (ownChecks(form).length > 0 || missingAudienceParts(invitees).length > 0) {
      create.reset();
      setAttempt((n) => n + 1);
      return;
    }
    const created = await create.run();
    if (created) navigate(COORDINATION_PATHS.meeting(created.id));
    else setAttempt((n) => n + 1);
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
      <form className="coordination-form" onSubmit={submit} noValidate>
        <div className="field field--wide">
          <label htmlFor="meeting-title">{t('coordination.field.title')}</label>
          <input value={form.title} onChange={(e) => set({ title: e.target.value })} {...field('title')} />
          <FieldError id="meeting-title" refused={wrong.has('title')} rule="coordination.invalid.title" />
        </div>
        <div className="field">
          <label htmlFor="meeting-startsAt">{t('coordination.meeting.startsAt')}</label>
          <input
            type="datetime-local"
            value={form.startsAt}
            onChange={(e) => set({ startsAt: e.target.value })}
            {...field('startsAt')}
          />
          <FieldError id="meeting-startsAt" refused={wrong.has('startsAt')} rule="coordination.invalid.startsAt" />
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
          <label htmlFor="meeting-durationMinutes">{t('coordination.meeting.duration')}</label>
          <input
            type="number"
            min={15}
            max={720}
            value={form.durationMinutes}
            onChange={(e) => set({ durationMinutes: Number(e.target.value) })}
            {...field('durationMinutes')}
          />
          <FieldError
            id="meeting-durationMinutes"
            refused={wrong.has('durationMinutes')}
            rule="coordination.invalid.duration"
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="meeting-onlineUrl">{t('coordination.meeting.onlineUrl')}</label>
          <input
            type="url"
            value={form.onlineUrl}
            onChange={(e) => set({ onlineUrl: e.target.value })}
            {...field('onlineUrl')}
          />
          <FieldError id="meeting-onlineUrl" refused={wrong.has('onlineUrl')} rule="coordination.invalid.onlineUrl" />
        </div>
        <div className="field field--wide">
          <label htmlFor="meeting-place">{t('coordination.meeting.place')}</label>
          <input id="meeting-place" value={form.place} onChange={(e) => set({ place: e.target.value })} />
        </div>
        <div className="field field--wide">
          <label htmlFor="meeting-agenda">{t('coordination.meeting.agenda')}</label>
          <textarea
            rows={5}
            value={form.agenda}
            onChange={(e) => set({ agenda: e.target.value })}
            {...field('agenda')}
          />
          <FieldError id="meeting-agenda" refused={wrong.has('agenda')} rule="coordination.invalid.agenda" />
        </div>
        <AudienceFieldset
          id={INVITEES_ID}
          legend={t('coordination.meeting.invitees')}
          value={invitees}
          onChange={setInvitees}
          errors={inviteeErrors}
        />
        {checked && invalidIds.length > 0 && !create.error ? (
          <p className="notice notice--error" role="alert">
            {t('coordination.invalid.form')}
          </p>
        ) : null}
        <FormError
          error={create.error}
          rest={refused.rest.filter((detail) => !/(invitees|audience)/.test(detail.path))}
        />
        <div>
          <button type="submit" className="button" disabled={create.busy}>
            {t('coordination.meetings.create')}
          </button>
        </div>
      </form>
    </>
  );
}
