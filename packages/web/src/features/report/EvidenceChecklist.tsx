/**
 * The evidence checklist of a report: for each required document, the files and links given,
 * a drop zone and file picker, a link form, and the uploads on their way with their progress.
 */
import { type DragEvent, type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes } from '../../lib/datetime';
import { newIdempotencyKey } from '../../lib/ids';
import { type UploadItem, uploadPercent } from '../../lib/uploads';
import { PublicChoice } from './PublicChoice';
import type { Report } from './useAutosave';
import type { Uploads } from './useUploads';

type Evidence = Report['evidence'][number];

function EvidenceEntry({
  evidence,
  canEdit,
  canChoosePublic,
  reportId,
  onChanged,
}: {
  evidence: Evidence;
  canEdit: boolean;
  canChoosePublic: boolean;
  reportId: number;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useAction(async () => {
    await apiSend(
      'post',
      '/api/reports/{id}/evidence/{evidenceId}/remove',
      { path: { id: reportId, evidenceId: evidence.id }, body: { reason } },
      { lang },
    );
    setWithdrawing(false);
    onChanged();
  });
  const removed = evidence.removedAt !== null;
  const name = evidence.kind === 'file' ? (evidence.fileName ?? evidence.title) : evidence.title;
  return (
    <li className={`evidence-item${removed ? ' evidence-item--removed' : ''}`}>
      <div className="evidence-item__main">
        {evidence.kind === 'file' ? (
          <a href={`/api/evidence/${evidence.id}/file`} download={evidence.fileName ?? undefined}>
            {name}
          </a>
        ) : (
          <a href={evidence.url ?? '#'} target="_blank" rel="noopener noreferrer">
            {name}
            <span className="visually-hidden"> {t('evidence.opensNewTab')}</span>
          </a>
        )}{' '}
        <span className="muted">
          {evidence.kind === 'file' && evidence.fileSize !== null
            ? formatBytes(evidence.fileSize, lang)
            : t('evidence.link')}
        </span>
        {removed ? (
          <span className="evidence-item__removed">
            {t('evidence.withdrawn', { reason: evidence.removedReason ?? '' })}
          </span>
        ) : null}
      </div>
      {!removed ? (
        <PublicChoice evidence={evidence} reportId={reportId} editable={canChoosePublic} onChanged={onChanged} />
      ) : null}
      {evidence.sha256 ? (
        <p className="evidence-item__hash">
          <span className="muted">SHA-256 </span>
          <code>{evidence.sha256}</code>
        </p>
      ) : null}
      {canEdit && !removed ? (
        withdrawing ? (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void withdraw.run();
            }}
          >
            <label htmlFor={`withdraw-${evidence.id}`}>{t('evidence.withdrawReason')}</label>
            <input
              id={`withdraw-${evidence.id}`}
              value={reason}
              minLength={5}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit" className="button button--small" disabled={withdraw.busy}>
              {t('evidence.withdrawConfirm')}
            </button>
            <button type="button" className="button--link" onClick={() => setWithdrawing(false)}>
              {t('common.cancel')}
            </button>
            <ActionError error={withdraw.error} />
          </form>
        ) : (
          <button type="button" className="button--link" onClick={() => setWithdrawing(true)}>
            {t('evidence.withdraw')}
            <span className="visually-hidden"> {name}</span>
          </button>
        )
      ) : null}
    </li>
  );
}

function UploadRow({ item, uploads }: { item: UploadItem; uploads: Uploads }) {
  const { t, lang } = useI18n();
  const percent = uploadPercent(item);
  const labelId = `upload-${item.id}`;
  return (
    <li className={`upload upload--${item.status}`}>
      <p className="upload__name" id={labelId}>
        {item.fileName} <span className="muted">{formatBytes(item.size, lang)}</span>
      </p>
      {item.status === 'uploading' ? (
        <>
          <progress max={100} value={percent} aria-labelledby={labelId} />
          <span className="upload__state">{t('upload.progress', { percent })}</span>
        </>
      ) : null}
      {item.status === 'done' ? <span className="upload__state">{t('upload.done')}</span> : null}
      {item.status === 'failed' ? (
        <div className="upload__failed" role="alert">
          <p className="upload__error">{t('upload.failed', { reason: item.error ?? '' })}</p>
          <div className="upload__actions">
            {item.retryable ? (
              <button type="button" className="button button--small" onClick={() => uploads.retry(item.id)}>
                {t('upload.resend')}
                <span className="visually-hidden"> {item.fileName}</span>
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => uploads.dismiss(item.id)}
            >
              {t('upload.dismiss')}
              <span className="visually-hidden"> {item.fileName}</span>
            </button>
          </div>
          {item.retryable ? <p className="field__hint">{t('upload.resendHint')}</p> : null}
        </div>
      ) : null}
    </li>
  );
}

function LinkForm({ reportId, index, onAdded }: { reportId: number; index: number; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const add = useAction(async () => {
    await apiSend(
      'post',
      '/api/reports/{id}/evidence/links',
      {
        path: { id: reportId },
        body: { url: url.trim(), title: title.trim(), checklistIndex: index, public: false },
        headers: { 'idempotency-key': newIdempotencyKey() },
      },
      { lang },
    );
    setUrl('');
    setTitle('');
    onAdded();
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void add.run();
  };
  return (
    <details className="link-form">
      <summary>{t('evidence.addLink')}</summary>
      <form onSubmit={submit} className="link-form__fields">
        <div className="field">
          <label htmlFor={`link-url-${index}`}>{t('evidence.linkUrl')}</label>
          <input
            id={`link-url-${index}`}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`link-title-${index}`}>{t('evidence.linkTitle')}</label>
          <input id={`link-title-${index}`} value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <button type="submit" className="button button--small" disabled={add.busy}>
          {t('evidence.saveLink')}
        </button>
        <ActionError error={add.error} />
      </form>
    </details>
  );
}

function DropZone({ index, label, onFiles }: { index: number; label: string; onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const inputId = `evidence-file-${index}`;
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for mouse users; the file button inside serves the keyboard
    <div
      className={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        className="file-input"
        type="file"
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={inputId} className="button button--secondary button--small">
        {t('evidence.choose')}
        <span className="visually-hidden"> {label}</span>
      </label>{' '}
      <span className="muted dropzone__hint">{t('evidence.dropHint')}</span>
    </div>
  );
}

export function EvidenceChecklist({
  report,
  canEdit,
  canAdd,
  uploads,
  onChanged,
}: {
  report: Report;
  canEdit: boolean;
  /** May add evidence and choose what is public (also the focal point while the report is submitted). */
  canAdd: boolean;
  uploads: Uploads;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  return (
    <ol className="checklist">
      {report.checklist.map((entry) => {
        const evidence = report.evidence.filter((e) => e.checklistIndex === entry.index);
        const rows = uploads.items.filter((item) => item.checklistIndex === entry.index && item.status !== 'done');
        const itemLabel = t('evidence.itemLabel', { number: entry.index + 1 });
        const headingId = `checklist-${entry.index}`;
        return (
          <li key={entry.index} className={`checklist__item${entry.covered ? '' : ' checklist__item--missing'}`}>
            <section aria-labelledby={headingId}>
              <h3 id={headingId} className="checklist__title">
                <span className="checklist__number">{itemLabel}</span> {entry.item}
              </h3>
              <p className={entry.covered ? 'checklist__state' : 'checklist__state checklist__state--missing'}>
                {t(entry.covered ? 'evidence.covered' : 'evidence.missing')}
              </p>
              {evidence.length > 0 ? (
                <ul className="evidence-list">
                  {evidence.map((e) => (
                    <EvidenceEntry
                      key={e.id}
                      evidence={e}
                      canEdit={canEdit}
                      canChoosePublic={canAdd}
                      reportId={report.id}
                      onChanged={onChanged}
                    />
                  ))}
                </ul>
              ) : null}
              {rows.length > 0 ? (
                <ul className="upload-list" aria-label={t('upload.listLabel', { item: itemLabel })}>
                  {rows.map((item) => (
                    <UploadRow key={item.id} item={item} uploads={uploads} />
                  ))}
                </ul>
              ) : null}
              {canAdd ? (
                <>
                  <DropZone
                    index={entry.index}
                    label={itemLabel}
                    onFiles={(files) => uploads.add(files, entry.index)}
                  />
                  <LinkForm reportId={report.id} index={entry.index} onAdded={onChanged} />
                </>
              ) : null}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
