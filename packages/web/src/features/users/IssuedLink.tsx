import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';

/** A single-use link (invitation, password reset) shown once, with a copy button. */
export function IssuedLink({ url, expiresAt, label }: { url: string; expiresAt: string; label: string }) {
  const { t, lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard access (plain HTTP, permissions): select the text so Ctrl+C copies it.
      input.current?.select();
    }
  };
  return (
    <div className="notice notice--success issued-link" role="status">
      <p className="notice__title">{label}</p>
      <div className="issued-link__row">
        <label className="visually-hidden" htmlFor="issued-link">
          {label}
        </label>
        <input id="issued-link" ref={input} readOnly value={url} onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {copied ? t('users.copied') : t('users.copy')}
        </button>
      </div>
      <p className="field__hint">{t('users.linkOnce', { date: formatDateTime(expiresAt, lang) })}</p>
    </div>
  );
}
