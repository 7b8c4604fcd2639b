import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';

/** The institution's accounts at a glance, with the way to manage them. */
export function InstitutionUsers({ headingId }: { headingId: string }) {
  const { t } = useI18n();
  const users = useApiGet('/api/users', { query: { limit: 20 } });
  return (
    <AsyncContent state={users}>
      {(page) => (
        <>
          <ul className="user-list">
            {page.items.map((user) => (
              <li key={user.id}>
                <span className="user-list__name">{user.name}</span>{' '}
                <span className="muted">
                  {user.roles.map((role) => t(`role.${role}`)).join(', ')} · {t(`userStatus.${user.status}`)}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/kerja/pengguna" aria-describedby={headingId}>
              {t('users.manage')}
            </Link>
          </p>
        </>
      )}
    </AsyncContent>
  );
}
