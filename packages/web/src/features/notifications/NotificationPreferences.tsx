/** The person's choice, per notification kind, of where notifications go and whether e-mail waits for the daily digest. */
import { deliversEmail, type NotificationChannel, type NotificationPreference } from '@pantau/core';
import { type FormEvent, useEffect, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

/** The channels in the order they are offered: the default first. */
const CHANNELS: readonly NotificationChannel[] = ['both', 'in_app', 'email', 'none'];

export function NotificationPreferences() {
  const { t } = useI18n();
  const stored = useApiGet('/api/notifications/preferences', {});
  return (
    <section className="work-subsection" aria-labelledby="notification-preferences">
      <h2 id="notification-preferences">{t('notifications.prefs.heading')}</h2>
      <p className="muted">{t('notifications.prefs.lead')}</p>
      <AsyncContent state={stored}>{(data) => <PreferencesForm initial={data.items} />}</AsyncContent>
    </section>
  );
}

function PreferencesForm({ initial }: { initial: readonly NotificationPreference[] }) {
  const { t, lang } = useI18n();
  // The monthly brief is mailed to leaders only: nobody else has a choice to make about it.
  const leader = useAccount().roles.includes('leader');
  const editable = (list: readonly NotificationPreference[]) =>
    list.filter((item) => leader || item.kind !== 'leader_digest').map((item) => ({ ...item }));
  const [items, setItems] = useState<NotificationPreference[]>(() => editable(initial));
  const [saved, setSaved] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored choices are the trigger
  useEffect(() => setItems(editable(initial)), [initial]);
  const save = useAction(() => apiSend('put', '/api/notifications/preferences', { body: { items } }, { lang }));
  const change = (index: number, patch: Partial<NotificationPreference>) => {
    setSaved(false);
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.run();
    if (result) {
      setItems(editable(result.items));
      setSaved(true);
    }
  };
  return (
    <form className="notification-prefs" onSubmit={submit}>
      <ul className="notification-prefs__list">
        {items.map((item, index) => {
          const id = `notification-pref-${item.kind}`;
          return (
            <li key={item.kind}>
              <fieldset className="notification-prefs__row">
                <legend className="notification-prefs__kind">{t(`notifications.kind.${item.kind}`)}</legend>
                <div className="notification-prefs__choices">
                  <div className="notification-prefs__channel">
                    <label htmlFor={`${id}-channel`}>{t('notifications.prefs.channel')}</label>
                    <select
                      id={`${id}-channel`}
                      value={item.channel}
                      onChange={(event) => change(index, { channel: event.target.value as NotificationChannel })}
                    >
                      {CHANNELS.map((channel) => (
                        <option key={channel} value={channel}>
                          {t(`notifications.prefs.channel.${channel}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={item.digest && deliversEmail(item.channel)}
                      disabled={!deliversEmail(item.channel)}
                      onChange={(event) => change(index, { digest: event.target.checked })}
                    />
                    {t('notifications.prefs.digest')}
                  </label>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <ActionError error={save.error} />
      {saved ? (
        <p className="notice notice--success" role="status">
          {t('notifications.prefs.saved')}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={save.busy}>
        {t('notifications.prefs.save')}
      </button>
    </form>
  );
}
