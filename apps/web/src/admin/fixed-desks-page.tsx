import type { BuildingView, DeskView, FloorView, PersonSummary, ZoneView } from '@platzbuch/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/http';
import { listBuildings, listDesks, listFloors, listZones, updateDesk } from '../api/locations';
import { getPerson } from '../api/directory';
import { compareCodes, levelName } from '../floors/desk-description';
import { useI18n } from '../i18n/i18n';
import { useSearchParam } from '../router/router';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Dialog } from '../ui/dialog';
import { CheckboxField, SelectField } from '../ui/field';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { adminPaths } from './admin-paths';
import { BuildingPicker } from './building-picker';
import { PersonPicker } from './person-picker';
import { hasBuildings, useBuildingChoice } from './use-building-choice';
import { useFocusRequest } from '../ui/use-focus-request';

/** Who holds the fixed desks of one floor; a desk is assigned to a person or taken back. */
export function FixedDesksPage() {
  const { t } = useI18n();
  const buildings = useAsync(() => listBuildings(), []);
  const breadcrumbs = [{ label: t('admin.title'), to: adminPaths.overview() }];
  return (
    <Page title={t('assignments.title')} breadcrumbs={breadcrumbs}>
      <p className="lead">{t('assignments.intro')}</p>
      {buildings.state.status === 'loading' && <Loading />}
      {buildings.state.status === 'failed' && (
        <ProblemAlert error={buildings.state.error} onRetry={buildings.reload} />
      )}
      {buildings.state.status === 'done' &&
        (hasBuildings(buildings.state.data) ? (
          <FloorChoice buildings={buildings.state.data} />
        ) : (
          <p>{t('admin.noBuildings')}</p>
        ))}
    </Page>
  );
}

function FloorChoice({ buildings }: { buildings: [BuildingView, ...BuildingView[]] }) {
  const { t } = useI18n();
  const [building, chooseBuilding] = useBuildingChoice(buildings);
  const [floorParam, setFloorParam] = useSearchParam('floor');
  const floors = useAsync(() => listFloors(building.id), [building.id]);
  const floorList = floors.state.status === 'done' ? floors.state.data : [];
  const floor = floorList.find((candidate) => candidate.id === floorParam) ?? floorList[0] ?? null;
  return (
    <>
      <div className="form-row">
        <BuildingPicker
          buildings={buildings}
          building={building}
          onChange={(id) => {
            setFloorParam(null);
            chooseBuilding(id);
          }}
        />
        {floor && (
          <SelectField
            label={t('assignments.floor')}
            value={floor.id}
            onChange={(event) => setFloorParam(event.target.value)}
            options={floorList.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.name} (${levelName(candidate.level, t)})`,
            }))}
          />
        )}
      </div>
      {floors.state.status === 'loading' && <Loading />}
      {floors.state.status === 'failed' && (
        <ProblemAlert error={floors.state.error} onRetry={floors.reload} />
      )}
      {floors.state.status === 'done' && !floor && <p>{t('building.noFloors')}</p>}
      {floor && <FloorAssignments key={floor.id} floor={floor} />}
    </>
  );
}

interface FloorAssignmentsData {
  desks: DeskView[];
  zones: ZoneView[];
  /** Holders by id; null for someone who is no longer active. */
  holders: Map<string, PersonSummary | null>;
}

async function loadAssignments(floorId: string, signal: AbortSignal): Promise<FloorAssignmentsData> {
  const [desks, zones] = await Promise.all([listDesks(floorId), listZones(floorId)]);
  const ids = [...new Set(desks.flatMap((desk) => desk.assigneeId ?? []))];
  const holders = new Map<string, PersonSummary | null>(
    await Promise.all(
      ids.map(async (id): Promise<[string, PersonSummary | null]> => {
        try {
          return [id, await getPerson(id, signal)];
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return [id, null];
          throw error;
        }
      }),
    ),
  );
  return { desks: desks.sort((a, b) => compareCodes(a.code, b.code)), zones, holders };
}

function FloorAssignments({ floor }: { floor: FloorView }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const focus = useFocusRequest();
  const { state, reload, update } = useAsync((signal) => loadAssignments(floor.id, signal), [floor.id]);
  const [onlyFixed, setOnlyFixed] = useState(true);
  const [assigning, setAssigning] = useState<DeskView | null>(null);
  const [releasing, setReleasing] = useState<DeskView | null>(null);
  const zoneNames = useMemo(
    () => new Map((state.status === 'done' ? state.data.zones : []).map((zone) => [zone.id, zone.name])),
    [state],
  );

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ProblemAlert error={state.error} onRetry={reload} />;
  const { desks, holders } = state.data;
  const fixed = desks.filter((desk) => desk.assigneeId);
  const shown = onlyFixed ? fixed : desks;
  const holderName = (desk: DeskView) => {
    if (!desk.assigneeId) return t('assignments.shared');
    return holders.get(desk.assigneeId)?.displayName ?? t('assignments.inactive');
  };

  const saved = (desk: DeskView, holder: PersonSummary | null) =>
    update((data) => {
      const next = new Map(data.holders);
      if (holder) next.set(holder.id, holder);
      return { ...data, holders: next, desks: data.desks.map((d) => (d.id === desk.id ? desk : d)) };
    });

  return (
    <section className="card" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading" tabIndex={-1}>
        {t('assignments.ofFloor', { floor: floor.name })}
      </h2>
      <p>{t('assignments.count', { count: fixed.length, total: desks.length })}</p>
      <CheckboxField
        label={t('assignments.onlyFixed')}
        checked={onlyFixed}
        onChange={(event) => setOnlyFixed(event.target.checked)}
      />
      {shown.length === 0 ? (
        <p>{t(desks.length === 0 ? 'assignments.noDesks' : 'assignments.noneFixed')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="assignments-caption">
          <table className="table">
            <caption id="assignments-caption">{t('assignments.caption', { floor: floor.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assignments.desk')}</th>
                <th scope="col">{t('assignments.zone')}</th>
                <th scope="col">{t('assignments.holder')}</th>
                <th scope="col">{t('desks.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((desk) => (
                <tr key={desk.id}>
                  <th scope="row">{desk.code}</th>
                  <td>{desk.zoneId ? (zoneNames.get(desk.zoneId) ?? '—') : t('desks.noZone')}</td>
                  <td>{holderName(desk)}</td>
                  <td>
                    <div className="button-row button-row--tight">
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setAssigning(desk)}
                        aria-label={t(
                          desk.assigneeId ? 'assignments.changeNamed' : 'assignments.assignNamed',
                          {
                            code: desk.code,
                          },
                        )}
                      >
                        {t(desk.assigneeId ? 'assignments.change' : 'assignments.assign')}
                      </button>
                      {desk.assigneeId && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setReleasing(desk)}
                          aria-label={t('assignments.unassignNamed', { code: desk.code })}
                        >
                          {t('assignments.unassign')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {assigning && (
        <AssignDialog
          desk={assigning}
          onClose={() => setAssigning(null)}
          onAssigned={(desk, person) => {
            saved(desk, person);
            setAssigning(null);
            announce(t('assignments.assigned', { code: desk.code, name: person.displayName }));
          }}
        />
      )}
      <ConfirmDialog
        open={releasing !== null}
        title={t('assignments.unassign')}
        message={
          releasing
            ? t('assignments.unassignConfirm', { code: releasing.code, name: holderName(releasing) })
            : ''
        }
        confirmLabel={t('assignments.unassign')}
        onClose={() => setReleasing(null)}
        onConfirm={async () => {
          if (!releasing) return;
          const desk = await updateDesk(releasing.id, { assigneeId: null });
          setReleasing(null);
          saved(desk, null);
          // With "only fixed desks" the row is gone: the focus goes to the section's heading.
          focus('assignments-heading');
          announce(t('assignments.unassigned', { code: desk.code }));
        }}
      />
    </section>
  );
}

interface AssignDialogProps {
  desk: DeskView;
  onClose: () => void;
  onAssigned: (desk: DeskView, person: PersonSummary) => void;
}

function AssignDialog({ desk, onClose, onAssigned }: AssignDialogProps) {
  const { t } = useI18n();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const content = useRef<HTMLDivElement>(null);

  // The dialog's task is the search: its field takes the focus once the dialog has opened (the
  // dialog itself would give it to the close button, the first control in it).
  useEffect(() => {
    content.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }, []);

  const assign = async () => {
    if (!person) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onAssigned(await updateDesk(desk.id, { assigneeId: person.id }), person);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open title={t('assignments.dialogTitle', { code: desk.code })} onClose={onClose}>
      <div ref={content}>
        <PersonPicker
          chosen={person}
          onChoose={(chosen) => {
            setPerson(chosen);
            setMissing(false);
          }}
        />
      </div>
      {missing && (
        <p className="field__error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('assignments.choosePerson')}
        </p>
      )}
      {error !== null && <ProblemAlert error={error} />}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void assign()}
          disabled={busy}
        >
          {person ? t('assignments.assignTo', { name: person.displayName }) : t('assignments.assign')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
