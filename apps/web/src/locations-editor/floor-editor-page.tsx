import type { DeskView, FloorView } from '@platzbuch/contracts';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { createDesk, deleteFloor, listDesks, updateDesk, updateFloor } from '../api/locations';
import { compareCodes, deskMarkers } from '../floors/desk-description';
import { DeskTable } from '../floors/desk-table';
import { type FloorData, loadFloorData, zoneNamesOf } from '../floors/floor-data';
import { FloorPlan } from '../floors/floor-plan';
import { useFloorViewMode, ViewSwitch } from '../floors/view-switch';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/router';
import { useAnnounce } from '../ui/announcer';
import { useFocusRequest } from '../ui/use-focus-request';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Dialog } from '../ui/dialog';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { DeskPanel } from './desk-panel';
import { editorPaths } from './editor-paths';
import { FloorForm } from './floor-form';
import { proposeCode } from './desk-code';
import { PlanUpload } from './plan-upload';
import { RoomsPanel } from './rooms-panel';
import { ZonesPanel } from './zones-panel';

/** Arrow keys move the selected desk by this many percent of the plan; with Shift by the second. */
const KEY_STEP = 0.5;
const KEY_STEP_LARGE = 5;
/** Moves by keyboard are saved once the keys rest this long, not on every press. */
const SAVE_DELAY_MS = 600;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Positions to a tenth of a percent: finer than any pointer, and stable in the database's `real`. */
const position = (value: number) => Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;

const byCode = (a: DeskView, b: DeskView) => compareCodes(a.code, b.code);

/** The plan editor of one floor: plan upload, desks placed, moved and edited, areas. */
export function FloorEditorPage({ floorId }: { floorId: string }) {
  const { t } = useI18n();
  const { state, reload, update } = useAsync(() => loadFloorData(floorId), [floorId]);
  if (state.status !== 'done') {
    return (
      <Page
        title={t('editor.title')}
        breadcrumbs={[{ label: t('editor.title'), to: editorPaths.buildings() }]}
      >
        {state.status === 'loading' ? <Loading /> : <ProblemAlert error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  return <FloorEditor data={state.data} update={update} />;
}

type Update = (change: (data: FloorData) => FloorData) => void;

function FloorEditor({ data, update }: { data: FloorData; update: Update }) {
  const { t, percent } = useI18n();
  const announce = useAnnounce();
  const focus = useFocusRequest();
  const { floor, building, desks, zones } = data;
  const [mode, setMode] = useFloorViewMode();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [placing, setPlacing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const zoneNames = useMemo(() => zoneNamesOf(zones), [zones]);
  const markers = useMemo(() => deskMarkers(desks, zoneNames, t), [desks, zoneNames, t]);
  const selected = desks.find((desk) => desk.id === selectedId) ?? null;

  const setDesks = (change: (desks: DeskView[]) => DeskView[]) =>
    update((d) => ({ ...d, desks: change(d.desks) }));
  const setFloor = (next: FloorView) => update((d) => ({ ...d, floor: next }));

  // Moves are saved a moment after the last one; the latest positions are read when the time comes.
  const latestDesks = useRef(desks);
  latestDesks.current = desks;
  const pendingSaves = useRef(new Map<string, number>());

  const savePosition = (id: string) => {
    pendingSaves.current.delete(id);
    const desk = latestDesks.current.find((candidate) => candidate.id === id);
    if (!desk) return;
    updateDesk(id, { x: desk.x, y: desk.y }).catch(async (failure: unknown) => {
      setError(failure);
      // Show where the desk really is, not where the refused move put it.
      const fresh = await listDesks(floor.id).catch(() => null);
      if (fresh) setDesks(() => fresh);
    });
  };

  const scheduleSave = (id: string, delay: number) => {
    window.clearTimeout(pendingSaves.current.get(id));
    pendingSaves.current.set(
      id,
      window.setTimeout(() => savePosition(id), delay),
    );
  };

  useEffect(() => {
    const pending = pendingSaves.current;
    // Leaving the page saves what is still waiting.
    return () => {
      for (const [id, timer] of pending) {
        window.clearTimeout(timer);
        savePosition(id);
      }
    };
    // Runs once: the saves read the latest desks through the ref.
  }, []);

  const moveLocally = (id: string, x: number, y: number) =>
    setDesks((all) => all.map((desk) => (desk.id === id ? { ...desk, x, y } : desk)));

  const announcePosition = (desk: DeskView, x: number, y: number) =>
    announce(t('editorFloor.position', { code: desk.code, x: percent(x / 100), y: percent(y / 100) }));

  const onMarkerKeyDown = (id: string, event: KeyboardEvent<HTMLButtonElement>) => {
    const arrow = ARROWS[event.key];
    if (!arrow || id !== selectedId || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const desk = desks.find((candidate) => candidate.id === id);
    if (!desk) return;
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const x = position(desk.x + arrow[0] * step);
    const y = position(desk.y + arrow[1] * step);
    moveLocally(id, x, y);
    announcePosition(desk, x, y);
    scheduleSave(id, SAVE_DELAY_MS);
  };

  const onMarkerDrag = (id: string, rawX: number, rawY: number, done: boolean) => {
    const x = position(rawX);
    const y = position(rawY);
    if (id !== selectedId) setSelectedId(id);
    moveLocally(id, x, y);
    if (!done) return;
    const desk = desks.find((candidate) => candidate.id === id);
    if (desk) announcePosition(desk, x, y);
    scheduleSave(id, 0);
  };

  const place = async (x: number, y: number) => {
    setPlacing(false);
    setError(null);
    try {
      const desk = await createDesk(floor.id, {
        code: proposeCode(desks, floor.level),
        x: position(x),
        y: position(y),
      });
      setDesks((all) => [...all, desk].sort(byCode));
      setSelectedId(desk.id);
      setFocusTarget(desk.id);
      announce(t('editorFloor.deskCreated', { code: desk.code }));
    } catch (failure) {
      setError(failure);
    }
  };

  const select = (id: string, focusPanel: boolean) => {
    setSelectedId(id);
    if (focusPanel) setFocusTarget('panel');
  };

  // After creating a desk its marker takes the focus (arrow keys then move it); after choosing
  // one in the list, its form does.
  useEffect(() => {
    if (!focusTarget) return;
    const marker = document.querySelector<HTMLElement>(`[data-desk-id="${CSS.escape(focusTarget)}"]`);
    (marker ?? document.getElementById('desk-panel-heading'))?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  useEffect(() => {
    if (!placing) return;
    const cancel = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setPlacing(false);
    };
    document.addEventListener('keydown', cancel);
    return () => document.removeEventListener('keydown', cancel);
  }, [placing]);

  return (
    <Page
      title={t('editorFloor.title', { floor: floor.name })}
      breadcrumbs={[
        { label: t('editor.title'), to: editorPaths.buildings() },
        { label: building.name, to: editorPaths.building(building.id) },
      ]}
      actions={<FloorActions floor={floor} onSaved={setFloor} />}
    >
      <section className="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('editorFloor.planSection')}</h2>
        <PlanUpload floor={floor} onUploaded={setFloor} />
      </section>

      <div className="editor-toolbar">
        <ViewSwitch mode={mode} onChange={setMode} />
        <button
          id="add-desk"
          type="button"
          className="button button--primary"
          aria-pressed={mode === 'plan' ? placing : undefined}
          onClick={() => (mode === 'plan' ? setPlacing(!placing) : void place(50, 50))}
        >
          <span aria-hidden="true">+ </span>
          {t('editorFloor.addDesk')}
        </button>
      </div>
      <div role="status">
        {placing && (
          <div className="alert alert--warning">
            <p>{t('editorFloor.placing')}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void place(50, 50)}>
                {t('editorFloor.placeCentre')}
              </button>
              <button type="button" className="button" onClick={() => setPlacing(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
      {error !== null && <ProblemAlert error={error} />}

      <div className="editor-layout">
        <div>
          {mode === 'plan' ? (
            <>
              <FloorPlan
                floorName={floor.name}
                plan={floor.plan}
                markers={markers}
                selectedId={selectedId}
                onSelect={(id) => select(id, false)}
                onPlanClick={(x, y) => (placing ? void place(x, y) : setSelectedId(null))}
                onMarkerDrag={onMarkerDrag}
                onMarkerKeyDown={onMarkerKeyDown}
                placing={placing}
              />
              <p className="muted">{t('editorFloor.moveHelp')}</p>
            </>
          ) : (
            <DeskTable
              caption={t('desks.caption', { floor: floor.name })}
              desks={desks}
              zoneNames={zoneNames}
              selectedId={selectedId}
              onEdit={(id) => select(id, true)}
            />
          )}
        </div>
        <div>
          {selected ? (
            <DeskPanel
              key={selected.id}
              desk={selected}
              zones={zones}
              onSaved={(saved) =>
                setDesks((all) => all.map((desk) => (desk.id === saved.id ? saved : desk)).sort(byCode))
              }
              onDeleted={(deleted) => {
                setSelectedId(null);
                setDesks((all) => all.filter((desk) => desk.id !== deleted.id));
                // The panel went with the desk: the focus goes to adding the next one.
                focus('add-desk');
              }}
            />
          ) : (
            <div className="card">
              <p>{t('panel.empty')}</p>
            </div>
          )}
          <ZonesPanel
            floorId={floor.id}
            zones={zones}
            onCreated={(zone) => update((d) => ({ ...d, zones: [...d.zones, zone] }))}
            onUpdated={(zone) =>
              update((d) => ({ ...d, zones: d.zones.map((other) => (other.id === zone.id ? zone : other)) }))
            }
            onDeleted={(zone) =>
              update((d) => ({
                ...d,
                zones: d.zones.filter((candidate) => candidate.id !== zone.id),
                desks: d.desks.map((desk) => (desk.zoneId === zone.id ? { ...desk, zoneId: null } : desk)),
              }))
            }
          />
          <RoomsPanel floorId={floor.id} />
        </div>
      </div>
    </Page>
  );
}

/** Renaming and deleting the floor, beside the page heading. */
function FloorActions({ floor, onSaved }: { floor: FloorView; onSaved: (floor: FloorView) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => setDialog('rename')}>
        {t('floorForm.edit')}
      </button>
      <button type="button" className="button" onClick={() => setDialog('delete')}>
        {t('floorForm.delete')}
      </button>
      <Dialog open={dialog === 'rename'} title={t('floorForm.edit')} onClose={() => setDialog(null)}>
        <FloorForm
          floor={floor}
          submitLabel={t('common.save')}
          onSubmit={async (input) => {
            const saved = await updateFloor(floor.id, input);
            onSaved(saved);
            setDialog(null);
            announce(t('floorForm.saved', { name: saved.name }));
            return t('floorForm.saved', { name: saved.name });
          }}
        />
      </Dialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('floorForm.delete')}
        message={t('floorForm.deleteConfirm', { name: floor.name })}
        confirmLabel={t('floorForm.delete')}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await deleteFloor(floor.id);
          setDialog(null);
          announce(t('floorForm.deleted', { name: floor.name }));
          navigate(editorPaths.building(floor.buildingId));
        }}
      />
    </>
  );
}
