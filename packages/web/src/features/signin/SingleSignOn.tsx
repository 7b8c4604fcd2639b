/**
 * "Masuk dengan <provider>" on the sign-in page, only when the installation has single sign-on;
 * and, after the provider sent the browser back refused (`/masuk?sso=<reason>`), why.
 */
import { setSessionHint } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { shellMessagesId } from '../../i18n/messages.shell.id';
import { WORKSPACE_HOME } from '../../lib/return-path';
import { useSearchParams } from '../../router';

/** The message of a refusal reason the server sends; an unknown reason reads as a general failure. */
export function ssoErrorKey(reason: string): MessageKey {
  const key = `sso.error.${reason}`;
  return (key in shellMessagesId ? key : 'sso.error.sso_failed') as MessageKey;
}

export function SingleSignOn({ provider, returnTo }: { provider: string | null; returnTo: string }) {
  const { t } = useI18n();
  const reason = useSearchParams().get('sso');
  // A full navigation, not the app's router: the server redirects on to the provider.
  const start =
    returnTo === WORKSPACE_HOME
      ? '/api/auth/oidc/start'
      : `/api/auth/oidc/start?kembali=${encodeURIComponent(returnTo)}`;
  return (
    <>
      {reason ? (
        <p className="notice notice--error" role="alert">
          {t(ssoErrorKey(reason))}
        </p>
      ) : null}
      {provider ? (
        <div className="signin__sso">
          {/* The hint makes the workspace ask the server who came back, instead of assuming nobody. */}
          <a className="button button--secondary" href={start} onClick={() => setSessionHint(true)}>
            {t('sso.button', { name: provider })}
          </a>
          <p className="field__hint">{t('sso.or')}</p>
        </div>
      ) : null}
    </>
  );
}
