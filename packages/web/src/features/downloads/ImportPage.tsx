/**
 * /kerja/impor — admin's spreadsheet import: choose what to import, take the template, upload the
 * filled file for a check (every problem listed with sheet, row and column), then commit — allowed
 * only once the check found nothing wrong. The commit is all-or-nothing on the server.
 */
import type { ImportResultDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { useAccount } from '../../auth/AuthProvider';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { type ImportKind, importTemplateUrl } from './download-urls';
import { ImportProblems } from './ImportProblems';
import { ImportSummary } from './ImportSummary';
import { canCommit } from './import-check';
import { uploadImport } from './import-upload';
import '../../components/work/work.css';
import './downloads.css';

const KINDS: readonly ImportKind[] = ['institutions', 'units', 'catalogue', 'assignments', 'users', 'all'];

function Templates({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  const name = t(`downloads.import.kind.${kind}` as MessageKey);
  return (
    <p className="download-row__files">
      <span className="muted">{t('downloads.import.templates')}</span>
      {(['xlsx', 'csv'] as const).map((format) => {
        const href = importTemplateUrl(kind, format);
        return href ? (
          <a
            key={format}
            href={href}
            download
            aria-label={t('downloads.import.templateNamed', { format: format.toUpperCase(), name })}
          >
            {format.toUpperCase()}
          </a>
        ) : null;
      })}
    </p>
  );
}

function Importer() {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<ImportKind>('institutions');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResultDto | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Another kind or file makes an earlier check meaningless.
  const [fileKey, setFileKey] = useState(0);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'commit');
    setError(null);
    try {
      setResult(await uploadImport(kind, file, dryRun, { lang }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(true);
  };
  const reset = () => {
    setResult(null);
    setError(null);
  };

  return (
    <>
      <section className="panel" aria-labelledby="import-file">
        <h2 id="import-file">{t('downloads.import.fileHeading')}</h2>
        <form onSubmit={check} className="import-form">
          <div className="field">
            <label htmlFor="import-kind">{t('downloads.import.kind')}</label>
            <select
              id="import-kind"
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as ImportKind);
                reset();
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`downloads.import.kind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <Templates kind={kind} />
          <div className="field">
            <label htmlFor="import-upload">{t('downloads.import.file')}</label>
            <input
              key={fileKey}
              id="import-upload"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="import-upload-hint"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                reset();
              }}
            />
            <p id="import-upload-hint" className="field__hint">
              {t('downloads.import.fileHint')}
            </p>
          </div>
          <div className="import-actions">
            <button type="submit" className="button" disabled={!file || busy !== null}>
              {busy === 'check' ? t('downloads.import.checking') : t('downloads.import.check')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!canCommit(result) || busy !== null}
              onClick={() => void send(false)}
              aria-describedby="import-commit-hint"
            >
              {busy === 'commit' ? t('downloads.import.committing') : t('downloads.import.commit')}
            </button>
          </div>
          <p id="import-commit-hint" className="field__hint">
            {t('downloads.import.commitHint')}
          </p>
        </form>
      </section>
      <div aria-live="polite">
        <ActionError error={error} />
        {result ? (
          <section className="import-result" aria-label={t('downloads.import.resultHeading')}>
            {result.problemCount > 0 ? <ImportProblems result={result} /> : <ImportSummary result={result} />}
            {result.committed ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setFile(null);
                  setFileKey((n) => n + 1);
                  reset();
                }}
              >
                {t('downloads.import.another')}
              </button>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}

export default function ImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t('downloads.import.title'));
  const me = useAccount();
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: '/kerja/unduhan', label: t('downloads.title') },
        ]}
      />
      <div className="page-intro">
        <h1>{t('downloads.import.title')}</h1>
        <p className="lead">{t('downloads.import.lead')}</p>
      </div>
      {me.roles.includes('admin') ? <Importer /> : <p className="notice">{t('downloads.import.adminOnly')}</p>}
    </>
  );
}
