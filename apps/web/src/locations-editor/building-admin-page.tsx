import type { BuildingView, FloorView } from '@platzbuch/contracts';
import { useState } from 'react';
import { createFloor, deleteBuilding, getBuilding, listFloors, updateBuilding } from '../api/locations';
import { levelName } from '../floors/desk-description';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router/router';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { BuildingForm } from './building-form';
import { DeskImport } from './desk-import';
import { editorPaths } from './editor-paths';
import { FloorForm } from './floor-form';

interface BuildingData {
  building: BuildingView;
  floors: FloorView[];
}

async function loadBuilding(buildingId: string): Promise<BuildingData> {
  const [building, floors] = await Promise.all([getBuilding(buildingId), listFloors(buildingId)]);
  return { building, floors };
}

/** One building: its floors (and a new one), its details, the CSV import, and deleting it. */
export function BuildingAdminPage({ buildingId }: { buildingId: string }) {
  const { t } = useI18n();
  const { state, reload, update } = useAsync(() => loadBuilding(buildingId), [buildingId]);
  const title = state.status === 'done' ? state.data.building.name : t('editor.buildings');
  const breadcrumbs = [{ label: t('editor.title'), to: editorPaths.buildings() }];

  if (state.status !== 'done') {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        {state.status === 'loading' ? <Loading /> : <ProblemAlert error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const { building, floors } = state.data;

  return (
    <Page title={title} breadcrumbs={breadcrumbs} actions={<DeleteBuilding building={building} />}>
      <section className="card" aria-labelledby="floors-heading">
        <h2 id="floors-heading">{t('building.floors')}</h2>
        {floors.length === 0 ? (
          <p>{t('building.noFloors')}</p>
        ) : (
          <ul className="link-list">
            {floors.map((floor) => (
              <li key={floor.id}>
                <Link
                  to={editorPaths.floor(floor.id)}
                  aria-label={t('floorForm.openEditor', { name: floor.name })}
                >
                  {floor.name}
                </Link>{' '}
                <span className="muted">
                  ({levelName(floor.level, t)}, {t(floor.plan ? 'floors.hasPlan' : 'floors.noPlan')})
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('floorForm.new')}</h3>
        <FloorForm
          submitLabel={t('floorForm.create')}
          onSubmit={async (input) => {
            const created = await createFloor(building.id, input);
            update((data) => ({
              ...data,
              floors: [...data.floors, created].sort((a, b) => a.level - b.level),
            }));
            return t('floorForm.created', { name: created.name });
          }}
        />
      </section>
      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('import.title')}</h2>
        <DeskImport buildingId={building.id} />
      </section>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('building.details')}</h2>
        <BuildingForm
          building={building}
          submitLabel={t('common.save')}
          onSubmit={async (input) => {
            const saved = await updateBuilding(building.id, input);
            update((data) => ({ ...data, building: saved }));
            return t('building.saved', { name: saved.name });
          }}
        />
      </section>
    </Page>
  );
}

function DeleteBuilding({ building }: { building: BuildingView }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('building.delete')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('building.delete')}
        message={t('building.deleteConfirm', { name: building.name })}
        confirmLabel={t('building.delete')}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          await deleteBuilding(building.id);
          setOpen(false);
          announce(t('building.deleted', { name: building.name }));
          navigate(editorPaths.buildings());
        }}
      />
    </>
  );
}
