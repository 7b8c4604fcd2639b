/** Admin's switch on a province focal point's or leader's account: read-only view of its kabupaten/kota. */
import { useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

type Account = ResponseOf<'/api/users/{id}', 'get'>;

/** Whether the account can hold the province view: a province's focal point or leader. */
export function mayHoldProvinceView(account: Account): boolean {
  return (
    account.institution?.type === 'provinsi' &&
    (account.roles.includes('focal_point') || account.roles.includes('leader'))
  );
}

export function ProvinceViewToggle({ account }: { account: Account }) {
  const { t, lang } = useI18n();
  const [enabled, setEnabled] = useState(account.provinceView === true);
  const save = useAction((next: boolean) =>
    apiSend('put', '/api/users/{id}/province-view', { path: { id: account.id }, body: { enabled: next } }, { lang }),
  );
  const id = `province-view-${account.id}`;
  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={enabled}
          disabled={save.busy}
          onChange={async (event) => {
            const next = event.target.checked;
            const result = await save.run(next);
            if (result) setEnabled(result.provinceView);
          }}
        />
        {t('province.grant', { name: account.name })}
      </label>
      <ActionError error={save.error} />
    </div>
  );
}
