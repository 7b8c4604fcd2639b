import { ApiError } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';

/** What a failed action answered, in the user's language: the server's message, its details, the request id. */
export function ActionError({ error }: { error: unknown }) {
  const t = useT();
  if (error === null || error === undefined) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.message || t(apiError?.code === 'network_error' ? 'error.network' : 'error.badResponse');
  const details = apiError?.details.filter((detail) => detail.path !== 'allowedActions') ?? [];
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              {detail.path ? `${detail.path}: ` : ''}
              {detail.message}
            </li>
          ))}
        </ul>
      ) : null}
      {apiError?.requestId ? <p className="notice__meta">{t('error.requestId', { id: apiError.requestId })}</p> : null}
    </div>
  );
}
