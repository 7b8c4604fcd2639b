/** What changed since the previous round, side by side: the narrative, other fields, evidence. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { formatDateTime } from '../../lib/datetime';
import { type DiffOp, diffColumns } from '../../lib/diff-columns';

const FIELD_NAMES: Record<string, MessageKey> = {
  progress: 'report.progress',
  impact_value: 'changes.impactValue',
  not_applicable: 'report.naLegend',
  not_applicable_reason: 'report.naReason',
};

/** Each part keyed by where it starts in the column's text: stable, and unique even when parts repeat. */
function withOffsets(ops: readonly DiffOp[]): (DiffOp & { offset: number })[] {
  let offset = 0;
  return ops.map((op) => {
    const part = { ...op, offset };
    offset += op.text.length;
    return part;
  });
}

function Column({ ops, side }: { ops: DiffOp[]; side: 'before' | 'after' }) {
  return (
    <p className="diff__text">
      {withOffsets(ops).map((op) =>
        op.op === 'same' ? (
          <span key={op.offset}>{op.text}</span>
        ) : side === 'before' ? (
          <del key={op.offset}>{op.text}</del>
        ) : (
          <ins key={op.offset}>{op.text}</ins>
        ),
      )}
    </p>
  );
}

export function ChangesView({ reportId }: { reportId: number }) {
  const { t, tn, lang, formatNumber } = useI18n();
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (field === 'not_applicable') return t(value ? 'common.yes' : 'common.no');
    return typeof value === 'number' ? formatNumber(value) : String(value);
  };
  const changes = useApiGet('/api/reports/{id}/changes', { path: { id: reportId } });
  return (
    <AsyncContent state={changes}>
      {(data) => {
        if (data.previousSubmittedAt === null) return <p className="muted">{t('changes.firstRound')}</p>;
        const columns = diffColumns(data.narrative);
        return (
          <>
            <p className="muted">
              {t('changes.between', {
                before: formatDateTime(data.previousSubmittedAt, lang),
                after: data.submittedAt ? formatDateTime(data.submittedAt, lang) : '–',
              })}{' '}
              · {tn('changes.added', columns.added)} · {tn('changes.removed', columns.removed)}
            </p>
            <div className="diff">
              <section className="diff__side" aria-labelledby="diff-before">
                <h3 id="diff-before">{t('changes.before')}</h3>
                <Column ops={columns.before} side="before" />
              </section>
              <section className="diff__side" aria-labelledby="diff-after">
                <h3 id="diff-after">{t('changes.after')}</h3>
                <Column ops={columns.after} side="after" />
              </section>
            </div>
            {data.fields.length > 0 ? (
              <ScrollRegion label={t('changes.fields')}>
                <table className="data-table">
                  <caption>{t('changes.fields')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('changes.field')}</th>
                      <th scope="col">{t('changes.before')}</th>
                      <th scope="col">{t('changes.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.fields.map((field) => (
                      <tr key={field.field}>
                        <th scope="row">
                          {FIELD_NAMES[field.field] ? t(FIELD_NAMES[field.field] as MessageKey) : field.field}
                        </th>
                        <td>{show(field.field, field.before)}</td>
                        <td>{show(field.field, field.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            ) : null}
            {data.evidenceAdded.length > 0 || data.evidenceRemoved.length > 0 ? (
              <ul className="diff__evidence">
                {data.evidenceAdded.map((e) => (
                  <li key={`added-${e.id}`}>
                    <ins>{t('changes.evidenceAdded', { name: e.fileName ?? e.title })}</ins>
                  </li>
                ))}
                {data.evidenceRemoved.map((e) => (
                  <li key={`removed-${e.id}`}>
                    <del>{t('changes.evidenceRemoved', { name: e.fileName ?? e.title })}</del>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('changes.noEvidenceChange')}</p>
            )}
          </>
        );
      }}
    </AsyncContent>
  );
}
