/** The focal point's ways to its support log and, when the account has it, the province view. */
import { useAccount } from '../../auth/AuthProvider';
import { Tool } from '../../components/work/Tool';
import { useI18n } from '../../i18n/I18nProvider';

export function SupportTools() {
  const { t } = useI18n();
  const user = useAccount();
  return (
    <>
      <Tool href="/kerja/pendampingan" title={t('support.tool')} text={t('support.tool.text')} />
      {user.provinceView ? (
        <Tool href="/kerja/provinsi" title={t('province.tool')} text={t('province.tool.text')} />
      ) : null}
    </>
  );
}
