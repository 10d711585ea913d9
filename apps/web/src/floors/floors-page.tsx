import type { BuildingView, FloorView } from '@platzbuch/contracts';
import { listBuildings, listFloors } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { levelName } from './desk-description';

interface BuildingWithFloors {
  building: BuildingView;
  floors: FloorView[];
}

async function loadBuildings(): Promise<BuildingWithFloors[]> {
  const buildings = await listBuildings();
  return Promise.all(
    buildings.map(async (building) => ({ building, floors: await listFloors(building.id) })),
  );
}

/** Every building with its floors, each floor a link to its plan. */
export function FloorsPage() {
  const { t } = useI18n();
  const { state, reload } = useAsync(loadBuildings, []);
  return (
    <Page title={t('floors.title')}>
      <p className="lead">{t('floors.intro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ProblemAlert error={state.error} onRetry={reload} />}
      {state.status === 'done' && state.data.length === 0 && <p>{t('floors.noBuildings')}</p>}
      {state.status === 'done' &&
        state.data.map(({ building, floors }) => (
          <section key={building.id} className="card" aria-labelledby={`building-${building.id}`}>
            <h2 id={`building-${building.id}`}>{building.name}</h2>
            {building.address && <p className="muted">{building.address}</p>}
            {floors.length === 0 ? (
              <p>{t('floors.noFloors')}</p>
            ) : (
              <ul className="link-list">
                {floors.map((floor) => (
                  <li key={floor.id}>
                    <Link to={`/floors/${encodeURIComponent(floor.id)}`}>{floor.name}</Link>{' '}
                    <span className="muted">
                      ({levelName(floor.level, t)}, {t(floor.plan ? 'floors.hasPlan' : 'floors.noPlan')})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
    </Page>
  );
}
