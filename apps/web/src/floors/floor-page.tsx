import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { deskMarkers, equipmentParts, levelName } from './desk-description';
import { DeskTable } from './desk-table';
import { type FloorData, loadFloorData, zoneNamesOf } from './floor-data';
import { FloorPlan } from './floor-plan';
import { useFloorViewMode, ViewSwitch } from './view-switch';

/** A floor for everyone: its plan with the desks on it, or the same as a list. */
export function FloorPage({ floorId }: { floorId: string }) {
  const { t } = useI18n();
  const { state, reload } = useAsync(() => loadFloorData(floorId), [floorId]);
  const title =
    state.status === 'done'
      ? t('floor.title', { building: state.data.building.name, floor: state.data.floor.name })
      : t('floors.title');
  return (
    <Page title={title} breadcrumbs={[{ label: t('floors.title'), to: '/floors' }]}>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ProblemAlert error={state.error} onRetry={reload} />}
      {state.status === 'done' && <FloorContent data={state.data} />}
    </Page>
  );
}

function FloorContent({ data }: { data: FloorData }) {
  const { t } = useI18n();
  const [mode, setMode] = useFloorViewMode();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { floor, desks, zones } = data;
  const zoneNames = useMemo(() => zoneNamesOf(zones), [zones]);
  const markers = useMemo(() => deskMarkers(desks, zoneNames, t), [desks, zoneNames, t]);
  const selected = desks.find((desk) => desk.id === selectedId);

  return (
    <>
      <p className="lead">
        {levelName(floor.level, t)} · {t('floor.deskCount', { count: desks.length })}
      </p>
      <ViewSwitch mode={mode} onChange={setMode} />
      {!floor.plan && <p className="muted">{t('floor.noPlan')}</p>}
      {desks.length === 0 && <p>{t('floor.noDesks')}</p>}
      {mode === 'plan' ? (
        <div className="floor-layout">
          <FloorPlan
            floorName={floor.name}
            plan={floor.plan}
            markers={markers}
            selectedId={selectedId}
            onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
          />
          <aside className="card desk-details" aria-live="polite">
            {selected ? (
              <>
                <h2>{t('desk.name', { code: selected.code })}</h2>
                {selected.zoneId && <p>{t('desk.zone', { zone: zoneNames.get(selected.zoneId) ?? '' })}</p>}
                {selected.status === 'blocked' && (
                  <p>
                    <span aria-hidden="true">⊘ </span>
                    {t('desk.blocked')}
                  </p>
                )}
                <ul className="tag-list">
                  {equipmentParts(selected, t).map((part) => (
                    <li key={part}>{part}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">{t('floor.selectHint')}</p>
            )}
          </aside>
        </div>
      ) : (
        desks.length > 0 && (
          <DeskTable
            caption={t('desks.caption', { floor: floor.name })}
            desks={desks}
            zoneNames={zoneNames}
          />
        )
      )}
    </>
  );
}
