/** Fills a rule's list with the institutions of one province (all, or one type), to adjust before saving. */
import type { InstitutionType } from '@pantau/core';
import { useState } from 'react';
import { apiGet } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FormError } from './FormErrors';

const PEMDA_TYPES: readonly InstitutionType[] = ['provinsi', 'kabupaten', 'kota'];

export function ProvinceFiller({ idPrefix, onCodes }: { idPrefix: string; onCodes: (codes: string[]) => void }) {
  const { t, lang } = useI18n();
  const provinces = useApiGet('/api/institutions', { query: { type: 'provinsi', limit: 100 } });
  const [province, setProvince] = useState('');
  const [type, setType] = useState<InstitutionType | ''>('');
  const fill = useAction(async () => {
    const page = await apiGet(
      '/api/institutions',
      { query: { province, limit: 500, ...(type ? { type } : {}) } },
      { lang },
    );
    onCodes(page.items.map((institution) => institution.code));
  });
  return (
    <fieldset className="province-filler">
      <legend>{t('admin.rule.fromProvince')}</legend>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${idPrefix}-province`}>{t('admin.rule.province')}</label>
          <select id={`${idPrefix}-province`} value={province} onChange={(event) => setProvince(event.target.value)}>
            <option value="">{t('admin.rule.chooseProvince')}</option>
            {(provinces.data?.items ?? []).map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-province-type`}>{t('institutions.type')}</label>
          <select
            id={`${idPrefix}-province-type`}
            value={type}
            onChange={(event) => setType(event.target.value as InstitutionType | '')}
          >
            <option value="">{t('admin.rule.allPemda')}</option>
            {PEMDA_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`institutionType.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!province || fill.busy}
        onClick={() => void fill.run()}
      >
        {t('admin.rule.addFromProvince')}
      </button>
      <FormError error={fill.error} rest={[]} />
    </fieldset>
  );
}
