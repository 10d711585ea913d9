import type { FloorPlanView } from '@platzbuch/contracts';
import { type KeyboardEvent, type PointerEvent, useEffect, useId, useMemo, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { isCrowded } from './marker-density';
import { usePlanImage } from './use-plan-image';
import { usePlanViewport, ZOOM_STEPS } from './use-plan-viewport';

export interface PlanMarker {
  id: string;
  /** Percent of the plan's width and height. */
  x: number;
  y: number;
  /** The short visible text (the desk code). */
  label: string;
  /** The accessible name; must contain `label`. */
  name: string;
  /**
   * Look of the marker; every variant also differs by its glyph and border, never by colour alone.
   * The booking states: free, taken by someone, the viewer's own, not bookable for a reason.
   */
  variant: 'default' | 'blocked' | 'free' | 'taken' | 'mine' | 'unavailable';
}

interface FloorPlanProps {
  floorName: string;
  plan: FloorPlanView | null;
  markers: PlanMarker[];
  selectedId?: string | null;
  /** A marker chosen; `byKeyboard` when by Enter or Space (the page may then move the focus on). */
  onSelect?: (id: string, byKeyboard: boolean) => void;
  /** A click on the plan itself (not on a marker), at x/y percent: placing a new desk. */
  onPlanClick?: (x: number, y: number) => void;
  /** A marker dragged with the pointer; `done` once it is let go. */
  onMarkerDrag?: (id: string, x: number, y: number, done: boolean) => void;
  /** Keys on a marker before the plan's own keys (the editor moves the selected desk with arrows). */
  onMarkerKeyDown?: (id: string, event: KeyboardEvent<HTMLButtonElement>) => void;
  /** The plan waits for a click to place something: a crosshair, and the click is not a pan. */
  placing?: boolean;
}

/** Without a plan the desks stand on a 4:3 grid. */
const DEFAULT_ASPECT = 3 / 4;
/** Pointer travel (px) below which a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;

const GLYPHS: Record<PlanMarker['variant'], string> = {
  default: '',
  blocked: '⊘',
  free: '',
  taken: '✕',
  mine: '✓',
  unavailable: '–',
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * A floor plan with its desks as buttons at their x/y percent. At zoom 1 the whole plan fits; it
 * zooms with + and − (or the buttons) and pans with the arrow keys, the buttons, by dragging, or by
 * scrolling. Markers keep their size at every zoom, so they stay readable and easy to hit.
 */
export function FloorPlan({
  floorName,
  plan,
  markers,
  selectedId,
  onSelect,
  onPlanClick,
  onMarkerDrag,
  onMarkerKeyDown,
  placing = false,
}: FloorPlanProps) {
  const { t, percent } = useI18n();
  const helpId = useId();
  const image = usePlanImage(plan);
  const stage = useRef<HTMLDivElement>(null);
  const pan = useRef<{
    pointerId: number;
    x: number;
    y: number;
    left: number;
    top: number;
    moved: boolean;
  } | null>(null);
  const drag = useRef<{ id: string; pointerId: number; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const aspect = plan && plan.width > 0 && plan.height > 0 ? plan.height / plan.width : DEFAULT_ASPECT;
  const { viewport, zoom, zoomIndex, zoomTo, panBy, stageWidth, stageHeight, viewportHeight } =
    usePlanViewport(aspect);
  const crowded = useMemo(
    () => isCrowded(markers, stageWidth, stageHeight),
    [markers, stageWidth, stageHeight],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const action: Record<string, () => void> = {
      '+': () => zoomTo(zoomIndex + 1),
      '=': () => zoomTo(zoomIndex + 1),
      '-': () => zoomTo(zoomIndex - 1),
      '0': () => zoomTo(0),
      ArrowUp: () => panBy(0, -1),
      ArrowDown: () => panBy(0, 1),
      ArrowLeft: () => panBy(-1, 0),
      ArrowRight: () => panBy(1, 0),
    };
    const run = action[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };

  /** x/y percent of the plan under a pointer. */
  const pointOf = (clientX: number, clientY: number) => {
    const rect = stage.current!.getBoundingClientRect();
    return {
      x: clamp(((clientX - rect.left) / rect.width) * 100, 0, 100),
      y: clamp(((clientY - rect.top) / rect.height) * 100, 0, 100),
    };
  };

  const onStagePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    // Touch scrolls the viewport natively; mouse and pen pan by dragging here.
    if (event.button !== 0 || event.target !== event.currentTarget) return;
    const element = viewport.current!;
    pan.current = {
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      left: element.scrollLeft,
      top: element.scrollTop,
      moved: false,
    };
    if (event.pointerType !== 'touch') event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onStagePointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = pan.current;
    if (!state || state.pointerId !== event.pointerId) return;
    const dx = event.clientX - state.x;
    const dy = event.clientY - state.y;
    if (!state.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    state.moved = true;
    if (event.pointerType === 'touch') return;
    viewport.current!.scrollLeft = state.left - dx;
    viewport.current!.scrollTop = state.top - dy;
  };

  const onStagePointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const state = pan.current;
    if (!state || state.pointerId !== event.pointerId) return;
    pan.current = null;
    if (!state.moved && onPlanClick) {
      const { x, y } = pointOf(event.clientX, event.clientY);
      onPlanClick(x, y);
    }
  };

  const onMarkerPointerDown = (id: string, event: PointerEvent<HTMLButtonElement>) => {
    if (!onMarkerDrag || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { id, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
  };

  const onMarkerPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId || !onMarkerDrag) return;
    if (!state.moved && Math.hypot(event.clientX - state.x, event.clientY - state.y) < DRAG_THRESHOLD) return;
    state.moved = true;
    const { x, y } = pointOf(event.clientX, event.clientY);
    onMarkerDrag(state.id, x, y, false);
  };

  const onMarkerPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId) return;
    drag.current = null;
    if (!state.moved || !onMarkerDrag) return;
    suppressClick.current = true;
    const { x, y } = pointOf(event.clientX, event.clientY);
    onMarkerDrag(state.id, x, y, true);
  };

  useEffect(() => {
    if (!placing) return;
    // Placing starts from a button outside the plan; bring the plan into view for the click.
    viewport.current?.scrollIntoView({ block: 'nearest' });
  }, [placing]);

  return (
    <div className="plan">
      <div className="plan__controls" role="group" aria-label={t('plan.controls')}>
        <button
          type="button"
          className="button"
          onClick={() => zoomTo(zoomIndex - 1)}
          disabled={zoomIndex === 0}
        >
          <span aria-hidden="true">−</span> <span className="button__label">{t('plan.zoomOut')}</span>
        </button>
        <span className="plan__zoom" aria-live="polite">
          {t('plan.zoomLevel', { percent: percent(zoom) })}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => zoomTo(zoomIndex + 1)}
          disabled={zoomIndex === ZOOM_STEPS.length - 1}
        >
          <span aria-hidden="true">+</span> <span className="button__label">{t('plan.zoomIn')}</span>
        </button>
        <button type="button" className="button" onClick={() => zoomTo(0)} disabled={zoomIndex === 0}>
          {t('plan.zoomReset')}
        </button>
        <span className="plan__pan">
          {(
            [
              ['plan.panLeft', '←', -1, 0],
              ['plan.panUp', '↑', 0, -1],
              ['plan.panDown', '↓', 0, 1],
              ['plan.panRight', '→', 1, 0],
            ] as const
          ).map(([label, arrow, dx, dy]) => (
            <button
              key={label}
              type="button"
              className="button button--icon"
              onClick={() => panBy(dx, dy)}
              disabled={zoomIndex === 0}
              aria-label={t(label)}
              title={t(label)}
            >
              <span aria-hidden="true">{arrow}</span>
            </button>
          ))}
        </span>
      </div>
      <p id={helpId} className="plan__help">
        {t('plan.help')}
        {crowded && ` ${t('plan.crowded')}`}
      </p>
      {image.status === 'failed' && (
        <p className="alert alert--warning" role="alert">
          {t('plan.imageFailed')}
        </p>
      )}
      <div
        ref={viewport}
        className={`plan__viewport${placing ? ' plan__viewport--placing' : ''}`}
        role="region"
        aria-label={t('plan.region', { floor: floorName })}
        aria-describedby={helpId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ height: viewportHeight || undefined }}
      >
        <div
          ref={stage}
          className={`plan__stage${plan ? '' : ' plan__stage--grid'}`}
          style={{ width: stageWidth || '100%', height: stageHeight || undefined }}
          onPointerDown={onStagePointerDown}
          onPointerMove={onStagePointerMove}
          onPointerUp={onStagePointerUp}
          onPointerCancel={() => (pan.current = null)}
        >
          {image.status === 'ready' && (
            <img
              className="plan__image"
              src={image.src}
              alt={t('plan.image', { floor: floorName })}
              draggable={false}
            />
          )}
          {markers.map((marker) => {
            const selected = marker.id === selectedId;
            // Where labels would cover each other, dots stand in for them; the chosen one keeps its code.
            const compact = crowded && !selected;
            return (
              <button
                key={marker.id}
                type="button"
                className={`plan-marker plan-marker--${marker.variant}${selected ? ' plan-marker--selected' : ''}${
                  onMarkerDrag ? ' plan-marker--movable' : ''
                }${compact ? ' plan-marker--compact' : ''}`}
                style={{ left: `${marker.x}%`, top: `${marker.y}%` }}
                aria-label={marker.name}
                aria-pressed={onSelect ? selected : undefined}
                data-desk-id={marker.id}
                onClick={(event) => {
                  if (suppressClick.current) {
                    suppressClick.current = false;
                    return;
                  }
                  // A click that Enter or Space made has no pointer behind it: detail 0.
                  onSelect?.(marker.id, event.detail === 0);
                }}
                onKeyDown={onMarkerKeyDown ? (event) => onMarkerKeyDown(marker.id, event) : undefined}
                onPointerDown={(event) => onMarkerPointerDown(marker.id, event)}
                onPointerMove={onMarkerPointerMove}
                onPointerUp={onMarkerPointerUp}
                onPointerCancel={() => (drag.current = null)}
              >
                {GLYPHS[marker.variant] && (
                  <span className="plan-marker__glyph" aria-hidden="true">
                    {GLYPHS[marker.variant]}
                  </span>
                )}
                {!compact && marker.label}
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}
