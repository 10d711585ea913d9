import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { hasAnyRole, useMe } from '../session/session';
import { Page } from '../ui/page';
import { LOCATION_EDITORS } from './routes';

export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.greeting', { name: me.displayName })}</p>
      {me.department && <p className="muted">{t('home.department', { department: me.department })}</p>}
      <ul className="tiles">
        <li className="tile">
          <h2>
            <Link to="/floors">{t('nav.floors')}</Link>
          </h2>
          <p>{t('home.floorsText')}</p>
        </li>
        {hasAnyRole(me, LOCATION_EDITORS) && (
          <li className="tile">
            <h2>
              <Link to="/admin/locations">{t('nav.locations')}</Link>
            </h2>
            <p>{t('home.locationsText')}</p>
          </li>
        )}
      </ul>
    </Page>
  );
}
