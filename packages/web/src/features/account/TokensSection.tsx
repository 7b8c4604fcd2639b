/** The user's API tokens: create (name, days, read or read-write), see last use, revoke. */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';

type Scope = 'read' | 'read-write';
type Field = 'name' | 'expiresInDays';
const IDS: Record<Field, string> = { name: 'token-name', expiresInDays: 'token-expiry' };

export function TokensSection() {
  const { t, lang, formatDate } = useI18n();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [scope, setScope] = useState<Scope>('read');
  const [secret, setSecret] = useState<string | null>(null);
  const [local, setLocal] = useState<Field[]>([]);
  const tokens = useApiGet('/api/tokens', {});
  const create = useAction(() =>
    apiSend('post', '/api/tokens', { body: { name: name.trim(), expiresInDays: Number(days), scope } }, { lang }),
  );
  const revoke = useAction(async (id: number) => {
    await apiSend('delete', '/api/tokens/{id}', { path: { id } }, { lang });
    tokens.retry();
  });
  const server = fieldErrorsOf(create.error, ['name', 'expiresInDays'] as const);
  const refused = (field: Field) => local.includes(field) || server.fields[field] !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSecret(null);
    const problems: Field[] = [];
    if (name.trim().length < 2) problems.push('name');
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365) problems.push('expiresInDays');
    setLocal(problems);
    if (problems.length > 0) {
      document.getElementById(IDS[problems[0] as Field])?.focus();
      return;
    }
    const created = await create.run();
    if (created) {
      setSecret(created.token);
      setName('');
      tokens.retry();
    }
  };
  return (
    <section className="account-section" aria-labelledby="account-tokens">
      <h2 id="account-tokens">{t('account.tokens.heading')}</h2>
      <p>{t('account.tokens.lead')}</p>
      <form onSubmit={submit} noValidate aria-label={t('account.tokens.create')}>
        <div className="field">
          <label htmlFor={IDS.name}>{t('account.tokens.name')}</label>
          <input
            {...invalidProps(IDS.name, refused('name'), `${IDS.name}-hint`)}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${IDS.name}-hint`} className="field__hint">
            {t('account.tokens.nameHint')}
          </p>
          <FieldError id={IDS.name} refused={refused('name')} rule="account.validation.tokenName" />
        </div>
        <div className="field">
          <label htmlFor={IDS.expiresInDays}>{t('account.tokens.expiry')}</label>
          <input
            {...invalidProps(IDS.expiresInDays, refused('expiresInDays'))}
            type="number"
            min={1}
            max={365}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
          <FieldError id={IDS.expiresInDays} refused={refused('expiresInDays')} rule="account.validation.expiry" />
        </div>
        <fieldset>
          <legend>{t('account.tokens.scope')}</legend>
          {(['read', 'read-write'] as const).map((value) => (
            <label key={value} className="check">
              <input type="radio" name="token-scope" checked={scope === value} onChange={() => setScope(value)} />
              {t(`account.tokens.scope.${value}`)}
            </label>
          ))}
        </fieldset>
        <FormError error={create.error} rest={server.rest} />
        <div className="filters__actions">
          <button type="submit" className="button" disabled={create.busy}>
            {t('account.tokens.create')}
          </button>
        </div>
      </form>
      {secret ? (
        <div className="notice notice--success" role="status">
          <p>{t('account.tokens.secret')}</p>
          <code className="account-secret">{secret}</code>
        </div>
      ) : null}
      <ActionError error={revoke.error} />
      <AsyncContent state={tokens}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('account.tokens.none')}</p>
          ) : (
            <ul className="account-list">
              {list.map((token) => (
                <li key={token.id} className="account-list__item">
                  <p className="account-list__title">
                    {token.name} <code>{token.prefix}…</code> · {t(`account.tokens.scope.${token.scope}`)}
                  </p>
                  <p className="account-list__meta">
                    {t('account.tokens.expires')}: {formatDate(token.expiresAt)} · {t('account.tokens.lastUsed')}:{' '}
                    {token.lastUsedAt ? formatDate(token.lastUsedAt) : t('account.tokens.never')}
                  </p>
                  {token.revokedAt ? (
                    <p className="account-list__meta">{t('account.tokens.revoked')}</p>
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={revoke.busy}
                      onClick={() => void revoke.run(token.id)}
                    >
                      {t('account.tokens.revoke')} <span className="visually-hidden">{token.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </AsyncContent>
    </section>
  );
}
