import { createBuilding, listBuildings } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { BuildingForm } from './building-form';
import { editorPaths } from './editor-paths';

/** The editor's start: every building, and a form for a new one. */
export function BuildingsAdminPage() {
  const { t } = useI18n();
  const { state, reload, update } = useAsync(() => listBuildings(), []);
  return (
    <Page title={t('editor.title')}>
      <p className="lead">{t('editor.intro')}</p>
      <section className="card" aria-labelledby="buildings-heading">
        <h2 id="buildings-heading">{t('editor.buildings')}</h2>
        {state.status === 'loading' && <Loading />}
        {state.status === 'failed' && <ProblemAlert error={state.error} onRetry={reload} />}
        {state.status === 'done' &&
          (state.data.length === 0 ? (
            <p>{t('editor.noBuildings')}</p>
          ) : (
            <ul className="link-list">
              {state.data.map((building) => (
                <li key={building.id}>
                  <Link to={editorPaths.building(building.id)}>{building.name}</Link>
                  {building.address && <span className="muted"> · {building.address}</span>}
                </li>
              ))}
            </ul>
          ))}
      </section>
      <section className="card" aria-labelledby="new-building-heading">
        <h2 id="new-building-heading">{t('editor.newBuilding')}</h2>
        <BuildingForm
          submitLabel={t('building.create')}
          onSubmit={async (input) => {
            const created = await createBuilding(input);
            update((buildings) =>
              [...buildings, created].sort((a, b) =>
                a.name.localeCompare(b.name, undefined, { numeric: true }),
              ),
            );
            return t('building.created', { name: created.name });
          }}
        />
      </section>
    </Page>
  );
}
