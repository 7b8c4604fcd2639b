/** The invitees of a meeting with their answers and recorded attendance; the organiser ticks who was present. */
import type { MeetingDto } from '@pantau/core';
import { useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

type Invitee = MeetingDto['invitees'][number];
const keyOf = (invitee: Invitee) => `${invitee.institution.code}/${invitee.role}`;

export function InviteeTable({
  meeting,
  organiser,
  onSaved,
}: {
  meeting: MeetingDto;
  organiser: boolean;
  onSaved: (m: MeetingDto) => void;
}) {
  const { t, lang } = useI18n();
  const [present, setPresent] = useState(
    () => new Set(meeting.invitees.filter((invitee) => invitee.present).map(keyOf)),
  );
  const save = useAction(() =>
    apiSend(
      'put',
      '/api/meetings/{id}/attendance',
      {
        path: { id: meeting.id },
        body: {
          attendance: meeting.invitees.map((invitee) => ({
            institution: invitee.institution.code,
            role: invitee.role,
            present: present.has(keyOf(invitee)),
          })),
        },
      },
      { lang },
    ),
  );
  const answerOf = (invitee: Invitee) =>
    invitee.response
      ? t(invitee.response.attending ? 'coordination.response.attending' : 'coordination.response.declined')
      : t('coordination.response.pending');
  return (
    <section className="work-subsection" aria-labelledby="meeting-invitees">
      <h2 id="meeting-invitees">{t('coordination.meeting.invitees')}</h2>
      <ScrollRegion labelledBy="meeting-invitees">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('coordination.field.institution')}</th>
              <th scope="col">{t('coordination.field.role')}</th>
              <th scope="col">{t('coordination.response.column')}</th>
              <th scope="col">{t('coordination.attendance.present')}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.invitees.map((invitee) => (
              <tr key={keyOf(invitee)}>
                <th scope="row">{invitee.institution.name}</th>
                <td>{t(`role.${invitee.role}`)}</td>
                <td>
                  {answerOf(invitee)}
                  {invitee.response?.note ? <span className="muted"> · {invitee.response.note}</span> : null}
                </td>
                <td>
                  {organiser ? (
                    <input
                      type="checkbox"
                      aria-label={t('coordination.attendance.presentOf', {
                        name: invitee.institution.name,
                        role: t(`role.${invitee.role}`),
                      })}
                      checked={present.has(keyOf(invitee))}
                      onChange={(e) => {
                        const next = new Set(present);
                        if (e.target.checked) next.add(keyOf(invitee));
                        else next.delete(keyOf(invitee));
                        setPresent(next);
                      }}
                    />
                  ) : invitee.present === null ? (
                    '—'
                  ) : (
                    t(invitee.present ? 'coordination.attendance.yes' : 'coordination.attendance.no')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {organiser ? (
        <>
          <ActionError error={save.error} />
          <button
            type="button"
            className="button button--secondary"
            disabled={save.busy}
            onClick={async () => {
              const updated = await save.run();
              if (updated) onSaved(updated);
            }}
          >
            {t('coordination.attendance.save')}
          </button>
        </>
      ) : null}
    </section>
  );
}
