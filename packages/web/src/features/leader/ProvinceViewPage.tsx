/**
 * /kerja/provinsi and /kerja/provinsi/:code — the province view: a province's kabupaten/kota with
 * their figures of the quarter, and each one's brief, read-only (for a province account with the
 * province view; admin and observers choose the province with ?provinsi=).
 */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuarterName } from '../../components/useQuarterName';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { Link, type PageProps, useSearchParams } from '../../router';
import { BriefView } from './BriefView';
import '../../components/work/work.css';
import './leader.css';

function ProvinceList({ province }: { province: string | undefined }) {
  const { t, formatNumber } = useI18n();
  const quarterName = useQuarterName();
  const progress = useApiGet('/api/province-view', { query: province ? { province } : {} });
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : `${formatNumber(value)} %`;
  return (
    <AsyncContent state={progress}>
      {(data) => (
        <section aria-labelledby="province-list">
          <h2 id="province-list">
            {t('province.listHeading', {
              name: data.province.name,
              quarter: quarterName(data.quarter),
              period: data.period,
            })}
          </h2>
          <ScrollRegion labelledBy="province-list">
            <table className="province-table">
              <thead>
                <tr>
                  <th scope="col">{t('province.col.institution')}</th>
                  <th scope="col">{t('province.col.achievement')}</th>
                  <th scope="col">{t('province.col.onTime')}</th>
                  <th scope="col">{t('province.col.verified')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.institution.code}>
                    <th scope="row">
                      <Link href={`/kerja/provinsi/${encodeURIComponent(item.institution.code)}`}>
                        {item.institution.name}
                      </Link>
                    </th>
                    <td className="number">{percent(item.current?.achievement)}</td>
                    <td className="number">{percent(item.current?.rates.onTime)}</td>
                    <td className="number">{percent(item.current?.rates.verified)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
    </AsyncContent>
  );
}

/** Admin and observers: every province, by name, to open its view. */
function ProvinceChoice() {
  const { t } = useI18n();
  const provinces = useApiGet('/api/institutions', { query: { type: 'provinsi', limit: 100 } });
  return (
    <section aria-labelledby="province-choice">
      <h2 id="province-choice">{t('province.chooseProvince')}</h2>
      <AsyncContent state={provinces}>
        {(data) => (
          <ul className="brief-list">
            {data.items.map((item) => (
              <li key={item.code}>
                <Link href={`/kerja/provinsi?provinsi=${encodeURIComponent(item.code)}`}>{item.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </section>
  );
}

function MemberBrief({ code }: { code: string }) {
  const { t } = useI18n();
  const brief = useApiGet('/api/province-view/{code}', { path: { code }, query: {} });
  return (
    <AsyncContent state={brief}>
      {(data) => (
        <>
          <h1>{data.institution.name}</h1>
          <p className="notice">{t('province.readOnly')}</p>
          <BriefView brief={data} linkReports={false} />
        </>
      )}
    </AsyncContent>
  );
}

export default function ProvinceViewPage({ params }: PageProps) {
  const { t } = useI18n();
  useDocumentTitle(t('province.title'));
  const user = useAccount();
  const asked = useSearchParams().get('provinsi') ?? undefined;
  const national = user.roles.includes('admin') || user.roles.includes('observer');
  const code = params.code;
  const trail = [{ href: '/kerja', label: t('work.heading') }];
  if (code) {
    return (
      <>
        <Breadcrumbs trail={[...trail, { href: '/kerja/provinsi', label: t('province.title') }]} />
        <MemberBrief code={code} />
      </>
    );
  }
  return (
    <>
      <Breadcrumbs trail={trail} />
      <h1>{t('province.title')}</h1>
      <p className="lead">{t('province.lead')}</p>
      {national && !asked ? <ProvinceChoice /> : <ProvinceList province={asked} />}
    </>
  );
}
