/**
 * The institutions an output is assigned to, a page at a time: each can be ended one by one with a
 * reason (the assignment stays on record, marked ended), e.g. an institution merged into another.
 */
import { useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { EndWithReasonForm } from './EndWithReasonForm';

type Assigned = ResponseOf<'/api/periods/{code}/outputs/{output}/assignments', 'get'>['items'][number];

const PAGE = 50;

function EndAssignmentForm({
  period,
  outputCode,
  assigned,
  onEnded,
}: {
  period: string;
  outputCode: string;
  assigned: Assigned;
  onEnded: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <EndWithReasonForm
      id={`end-assignment-${outputCode}-${assigned.institution.code}`.replace(/\W/g, '-')}
      label={t('admin.assigned.end', { name: assigned.institution.name })}
      confirm={t('admin.assigned.endConfirm')}
      end={async (reason) => {
        await apiSend(
          'post',
          '/api/periods/{code}/outputs/{output}/assignments/{institution}/end',
          { path: { code: period, output: outputCode, institution: assigned.institution.code }, body: { reason } },
          { lang },
        );
        onEnded();
      }}
    />
  );
}

function AssignedRow({
  period,
  outputCode,
  assigned,
  onEnded,
}: {
  period: string;
  outputCode: string;
  assigned: Assigned;
  onEnded: () => void;
}) {
  const { t } = useI18n();
  const [ending, setEnding] = useState(false);
  const { name, code } = assigned.institution;
  return (
    <li>
      <p>
        {name} <span className="muted">({code})</span>{' '}
        <button type="button" className="button--link" aria-expanded={ending} onClick={() => setEnding(!ending)}>
          {t('admin.assigned.end', { name })}
        </button>
      </p>
      {ending ? (
        <EndAssignmentForm period={period} outputCode={outputCode} assigned={assigned} onEnded={onEnded} />
      ) : null}
    </li>
  );
}

export function AssignedInstitutions({
  period,
  outputCode,
  reloadKey,
  onChanged,
}: {
  period: string;
  outputCode: string;
  reloadKey: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const page = useApiGet(
    '/api/periods/{code}/outputs/{output}/assignments',
    { path: { code: period, output: outputCode }, query: { limit: PAGE, offset } },
    reloadKey,
  );
  return (
    <details className="assigned-institutions">
      <summary>{t('admin.assigned.title', { code: outputCode })}</summary>
      <AsyncContent state={page}>
        {(list) => (
          <>
            <p className="muted">
              {t('admin.assigned.range', {
                from: list.total === 0 ? 0 : list.offset + 1,
                to: list.offset + list.items.length,
                total: list.total,
              })}
            </p>
            <ul className="versions" aria-label={t('admin.assigned.title', { code: outputCode })}>
              {list.items.map((assigned) => (
                <AssignedRow
                  key={assigned.institution.code}
                  period={period}
                  outputCode={outputCode}
                  assigned={assigned}
                  onEnded={onChanged}
                />
              ))}
            </ul>
            {list.total > PAGE ? (
              <p className="toolbar">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE))}
                >
                  {t('admin.assigned.previous')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={offset + PAGE >= list.total}
                  onClick={() => setOffset(offset + PAGE)}
                >
                  {t('admin.assigned.next')}
                </button>
              </p>
            ) : null}
          </>
        )}
      </AsyncContent>
    </details>
  );
}
