/** What a clean check would change, or what a commit changed, per entity; and new accounts' invitation links. */
import type { ImportResultDto } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';

const ENTITIES = ['fokus', 'aksi', 'output', 'target', 'institution', 'unit', 'assignment', 'user'] as const;

export function ImportSummary({ result }: { result: ImportResultDto }) {
  const { t } = useI18n();
  const { create, update, unchanged } = result.summary;
  const entities = ENTITIES.filter((entity) => result.details[entity]);
  return (
    <div className="notice">
      <p>
        <strong>
          {t(result.committed ? 'downloads.import.committed' : 'downloads.import.clean', { rows: result.file.rows })}
        </strong>{' '}
        {t(result.committed ? 'downloads.import.changed' : 'downloads.import.wouldChange', {
          create,
          update,
          unchanged,
        })}
      </p>
      {entities.length > 0 ? (
        <ul>
          {entities.map((entity) => {
            const counts = result.details[entity] as { create: number; update: number; unchanged: number };
            return (
              <li key={entity}>
                {t(`downloads.import.entity.${entity}` as MessageKey)}: {t('downloads.import.counts', counts)}
              </li>
            );
          })}
        </ul>
      ) : null}
      {result.invitations.length > 0 ? (
        <>
          <p>{t('downloads.import.invitations')}</p>
          <ul>
            {result.invitations.map((invitation) => (
              <li key={invitation.email}>
                {invitation.email}: <code>{invitation.url}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
