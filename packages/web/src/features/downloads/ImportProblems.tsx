/** The problems a checked spreadsheet has, as a table: sheet, row, column and what is wrong. */
import type { ImportResultDto } from '@pantau/core';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { sortedProblems } from './import-check';

export function ImportProblems({ result }: { result: ImportResultDto }) {
  const { t, tn } = useI18n();
  const problems = sortedProblems(result.problems);
  return (
    <div className="notice notice--error" role="alert">
      <h3 id="import-problems">{tn('downloads.import.problems', result.problemCount)}</h3>
      <p>{t('downloads.import.problemsLead')}</p>
      {result.problems.length < result.problemCount ? (
        <p>{t('downloads.import.problemsShown', { shown: result.problems.length, count: result.problemCount })}</p>
      ) : null}
      <ScrollRegion labelledBy="import-problems">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('downloads.import.col.sheet')}</th>
              <th scope="col">{t('downloads.import.col.row')}</th>
              <th scope="col">{t('downloads.import.col.column')}</th>
              <th scope="col">{t('downloads.import.col.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list does not reorder
              <tr key={index}>
                <td>{problem.sheet}</td>
                <td>{problem.row ?? t('downloads.import.wholeFile')}</td>
                <td>{problem.column ?? '—'}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
