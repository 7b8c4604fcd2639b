/**
 * One file to download: a button, then a progress bar (a percentage when the size is known,
 * bytes received otherwise) with a cancel button; at the end the saved file's name, or what went
 * wrong with a retry.
 */
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadFraction, downloadPercent, formatBytes } from './download-progress';
import { INTERRUPTED } from './fetch-file';
import { useDownload } from './useDownload';

function FailureText({ error }: { error: unknown }) {
  const { t } = useI18n();
  const apiError = error instanceof ApiError ? error : null;
  const reason =
    apiError?.code === INTERRUPTED
      ? t('downloads.error.interrupted')
      : apiError?.code === 'network_error'
        ? t('downloads.error.network')
        : apiError?.message || t('error.badResponse');
  return (
    <>
      <p>
        {t('downloads.failed')} {reason}
      </p>
      {apiError?.requestId ? <p className="notice__meta">{t('error.requestId', { id: apiError.requestId })}</p> : null}
    </>
  );
}

export function DownloadItem({
  url,
  fallbackName,
  format,
  name,
}: {
  url: string;
  fallbackName: string;
  /** Shown on the button, e.g. "PDF". */
  format: string;
  /** What the file is, for accessible names, e.g. "Laporan nasional triwulanan". */
  name: string;
}) {
  const { t, lang } = useI18n();
  const { state, start, cancel } = useDownload(url, fallbackName);
  const running = state.status === 'running';
  return (
    <div className="download">
      <button
        type="button"
        className="button button--secondary"
        onClick={start}
        disabled={running}
        aria-label={t('downloads.downloadNamed', { format, name })}
      >
        {t('downloads.download', { format })}
      </button>
      {running ? (
        <div className="download__progress">
          <progress
            max={1}
            value={downloadFraction(state.received, state.total) ?? undefined}
            aria-label={t('downloads.progressLabel', { format, name })}
          />
          <span className="muted">
            {state.total === null
              ? t('downloads.receivedBytes', { received: formatBytes(state.received, lang) })
              : t('downloads.receivedOf', {
                  received: formatBytes(state.received, lang),
                  total: formatBytes(state.total, lang),
                  percent: String(downloadPercent(state.received, state.total)),
                })}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={cancel}
            aria-label={t('downloads.cancelNamed', { format, name })}
          >
            {t('downloads.cancel')}
          </button>
        </div>
      ) : null}
      <div role="status" className="download__status">
        {state.status === 'done'
          ? t('downloads.done', { file: state.fileName, size: formatBytes(state.bytes, lang) })
          : state.status === 'cancelled'
            ? t('downloads.cancelled')
            : null}
      </div>
      {state.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <FailureText error={state.error} />
          <button
            type="button"
            className="button button--small"
            onClick={start}
            aria-label={t('downloads.retryNamed', { format, name })}
          >
            {t('state.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
