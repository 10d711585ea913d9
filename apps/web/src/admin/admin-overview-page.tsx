import type { RoleName } from '@platzbuch/contracts';
import { DIRECTORY_ADMINS, LOCATION_EDITORS, POLICY_EDITORS } from '../app/routes';
import { type PlainMessageKey, useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { hasAnyRole, useMe } from '../session/session';
import { Page } from '../ui/page';
import { adminPaths } from './admin-paths';

interface AdminTask {
  to: string;
  title: PlainMessageKey;
  text: PlainMessageKey;
  roles: readonly RoleName[];
}

const TASKS: AdminTask[] = [
  { to: '/admin/locations', title: 'nav.locations', text: 'admin.locationsText', roles: LOCATION_EDITORS },
  { to: adminPaths.policies(), title: 'policies.title', text: 'admin.policiesText', roles: POLICY_EDITORS },
  {
    to: adminPaths.buildingSettings(),
    title: 'officeHours.title',
    text: 'admin.officeHoursText',
    roles: LOCATION_EDITORS,
  },
  { to: adminPaths.holidays(), title: 'holidays.title', text: 'admin.holidaysText', roles: LOCATION_EDITORS },
  {
    to: adminPaths.fixedDesks(),
    title: 'assignments.title',
    text: 'admin.assignmentsText',
    roles: LOCATION_EDITORS,
  },
  {
    to: adminPaths.directory(),
    title: 'directory.title',
    text: 'admin.directoryText',
    roles: DIRECTORY_ADMINS,
  },
];

/** The start of administration: the tasks the person's roles allow, each with a line on what it is for. */
export function AdminOverviewPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Page title={t('admin.title')}>
      <ul className="tiles">
        {TASKS.filter((task) => hasAnyRole(me, task.roles)).map((task) => (
          <li key={task.to} className="tile">
            <h2>
              <Link to={task.to}>{t(task.title)}</Link>
            </h2>
            <p>{t(task.text)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
