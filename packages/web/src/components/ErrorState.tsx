import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n/I18nProvider';
import { NoAccess } from './NoAccess';

interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  /** Another way out, e.g. a link back to a list. */
  children?: ReactNode;
}

/**
 * What went wrong, in the UI language, with a retry button and the request id to quote; a refusal
 * (403) says the page is not for this person instead.
 */
export function ErrorState({ error, onRetry, children }: ErrorStateProps) {
  const t = useT();
  const apiError = error instanceof ApiError ? error : null;
  // Refused (403): trying again will not help; the page is not for this role.
  if (apiError?.status === 403) return <NoAccess />;
  const message = apiError?.message || t(apiError?.code === 'network_error' ? 'error.network' : 'error.badResponse');
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('error.title')}</p>
      <p>{message}</p>
      {apiError?.details.length ? (
        <ul>
          {apiError.details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>{detail.message}</li>
          ))}
        </ul>
      ) : null}
      {apiError?.requestId ? <p className="notice__meta">{t('error.requestId', { id: apiError.requestId })}</p> : null}
      <div className="notice__actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
        {children}
      </div>
    </div>
  );
}
