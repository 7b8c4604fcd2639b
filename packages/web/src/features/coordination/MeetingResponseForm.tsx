/** An invitee's answer: confirm or decline each invitation of my institution for a role I hold. */
import type { MeetingDto } from '@pantau/core';
import { useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAccount } from '../../auth/AuthProvider';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

type Invitee = MeetingDto['invitees'][number];

function InvitationAnswer({
  meetingId,
  invitee,
  onAnswered,
}: {
  meetingId: number;
  invitee: Invitee;
  onAnswered: (m: MeetingDto) => void;
}) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState(invitee.response?.note ?? '');
  const answer = useAction((attending: boolean) =>
    apiSend(
      'put',
      '/api/meetings/{id}/response',
      { path: { id: meetingId }, body: { attending, role: invitee.role, note: note.trim() || undefined } },
      { lang },
    ),
  );
  const respond = async (attending: boolean) => {
    const updated = await answer.run(attending);
    if (updated) onAnswered(updated);
  };
  const noteId = `response-note-${invitee.role}`;
  const status = invitee.response
    ? t(invitee.response.attending ? 'coordination.response.attending' : 'coordination.response.declined')
    : t('coordination.response.pending');
  return (
    <div className="panel">
      <p>
        {t('coordination.response.as', { role: t(`role.${invitee.role}`) })} <strong>{status}</strong>
      </p>
      <div className="field field--wide">
        <label htmlFor={noteId}>{t('coordination.field.note')}</label>
        <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ActionError error={answer.error} />
      <button type="button" className="button" disabled={answer.busy} onClick={() => respond(true)}>
        {t('coordination.response.confirm')}
      </button>{' '}
      <button type="button" className="button button--secondary" disabled={answer.busy} onClick={() => respond(false)}>
        {t('coordination.response.decline')}
      </button>
    </div>
  );
}

export function MeetingResponseForm({
  meeting,
  onAnswered,
}: {
  meeting: MeetingDto;
  onAnswered: (m: MeetingDto) => void;
}) {
  const { t } = useI18n();
  const me = useAccount();
  const mine = meeting.invitees.filter(
    (invitee) => invitee.institution.code === me.institution?.code && (me.roles as string[]).includes(invitee.role),
  );
  if (mine.length === 0) return null;
  return (
    <section className="work-subsection" aria-labelledby="meeting-response">
      <h2 id="meeting-response">{t('coordination.response.heading')}</h2>
      {mine.map((invitee) => (
        <InvitationAnswer key={invitee.role} meetingId={meeting.id} invitee={invitee} onAnswered={onAnswered} />
      ))}
    </section>
  );
}
