/**
 * Evidence for the verifier: every item by checklist entry; a file opens beside the list — PDFs
 * and images inline (from a blob URL, so the download stays an attachment), anything else as a
 * download — with its SHA-256, recomputed in the browser when it can be, to show the file is the
 * one stored.
 */
import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../api/typed';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes } from '../../lib/datetime';

type Report = ResponseOf<'/api/reports/{id}', 'get'>;
type Evidence = Report['evidence'][number];

type Preview =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; url: string; kind: 'pdf' | 'image' | 'other'; verified: boolean | null };

function previewKind(mimeType: string | null): 'pdf' | 'image' | 'other' {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType?.startsWith('image/') && mimeType !== 'image/tiff') return 'image';
  return 'other';
}

async function sha256Hex(blob: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null; // only in secure contexts
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function FilePreview({ evidence }: { evidence: Evidence }) {
  const { t, lang } = useI18n();
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    let url: string | null = null;
    const controller = new AbortController();
    setPreview({ status: 'loading' });
    fetch(`/api/evidence/${evidence.id}/file`, { signal: controller.signal, headers: { 'accept-language': lang } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        const hash = await sha256Hex(blob).catch(() => null);
        url = URL.createObjectURL(blob);
        setPreview({
          status: 'ready',
          url,
          kind: previewKind(evidence.mimeType),
          verified: hash === null ? null : hash === evidence.sha256,
        });
      })
      .catch(() => {
        if (!controller.signal.aborted) setPreview({ status: 'failed' });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [evidence.id, evidence.mimeType, evidence.sha256, lang, attempt]);

  const name = evidence.fileName ?? evidence.title;
  return (
    <div className="viewer">
      <div className="viewer__head">
        <p className="viewer__name">
          <strong>{evidence.title}</strong>{' '}
          <span className="muted">
            {name}
            {evidence.fileSize !== null ? ` · ${formatBytes(evidence.fileSize, lang)}` : ''}
          </span>
        </p>
        <p className="evidence-item__hash">
          <span className="muted">SHA-256 </span>
          <code>{evidence.sha256}</code>
          {preview.status === 'ready' && preview.verified !== null ? (
            <span className={preview.verified ? 'hash-ok' : 'hash-bad'}>
              {' '}
              {t(preview.verified ? 'viewer.hashMatches' : 'viewer.hashDiffers')}
            </span>
          ) : null}
        </p>
        <a
          className="button button--secondary button--small"
          href={`/api/evidence/${evidence.id}/file`}
          download={name}
        >
          {t('viewer.download')}
          <span className="visually-hidden"> {name}</span>
        </a>
      </div>
      {preview.status === 'loading' ? (
        <p className="loading" role="status">
          <span className="loading__spinner" aria-hidden="true" />
          {t('state.loading')}
        </p>
      ) : null}
      {preview.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>{t('viewer.failed')}</p>
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            {t('state.retry')}
          </button>
        </div>
      ) : null}
      {preview.status === 'ready' && preview.kind === 'pdf' ? (
        <iframe className="viewer__frame" src={preview.url} title={t('viewer.pdfTitle', { name })} />
      ) : null}
      {preview.status === 'ready' && preview.kind === 'image' ? (
        <img className="viewer__image" src={preview.url} alt={evidence.title} />
      ) : null}
      {preview.status === 'ready' && preview.kind === 'other' ? (
        <p className="notice">{t('viewer.noPreview')}</p>
      ) : null}
    </div>
  );
}

export function EvidenceViewer({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const files = report.evidence.filter((e) => e.removedAt === null);
  const [selectedId, setSelectedId] = useState<number | null>(() => files.find((e) => e.kind === 'file')?.id ?? null);
  const selected = files.find((e) => e.id === selectedId) ?? null;
  return (
    <div className="evidence-viewer">
      <ol className="checklist checklist--compact">
        {report.checklist.map((entry) => {
          const items = files.filter((e) => e.checklistIndex === entry.index);
          return (
            <li key={entry.index} className={`checklist__item${entry.covered ? '' : ' checklist__item--missing'}`}>
              <p className="checklist__title">
                <span className="checklist__number">{t('evidence.itemLabel', { number: entry.index + 1 })}</span>{' '}
                {entry.item}
              </p>
              {items.length === 0 ? (
                <p className="checklist__state checklist__state--missing">{t('evidence.missing')}</p>
              ) : null}
              <ul className="evidence-list">
                {items.map((e) =>
                  e.kind === 'file' ? (
                    <li key={e.id}>
                      <button
                        type="button"
                        className={`evidence-pick${e.id === selectedId ? ' evidence-pick--selected' : ''}`}
                        aria-pressed={e.id === selectedId}
                        onClick={() => setSelectedId(e.id)}
                      >
                        {t('viewer.show', { name: e.fileName ?? e.title })}
                      </button>{' '}
                      <span className="muted">{e.fileSize !== null ? formatBytes(e.fileSize, lang) : ''}</span>
                    </li>
                  ) : (
                    <li key={e.id}>
                      <a href={e.url ?? '#'} target="_blank" rel="noopener noreferrer">
                        {e.title}
                        <span className="visually-hidden"> {t('evidence.opensNewTab')}</span>
                      </a>{' '}
                      <span className="muted">{t('evidence.link')}</span>
                    </li>
                  ),
                )}
              </ul>
            </li>
          );
        })}
      </ol>
      {selected && selected.kind === 'file' ? <FilePreview key={selected.id} evidence={selected} /> : null}
    </div>
  );
}
