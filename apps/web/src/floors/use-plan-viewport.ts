import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

export const ZOOM_STEPS = [1, 1.5, 2, 3, 4];
/** One arrow key or pan button moves the view by this share of what is visible. */
const PAN_FRACTION = 0.2;
/** The plan never takes more of the window's height than this, so the page around it stays usable. */
const HEIGHT_SHARE = 0.7;
const MIN_HEIGHT = 240;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export interface PlanViewport {
  viewport: RefObject<HTMLDivElement | null>;
  zoom: number;
  zoomIndex: number;
  /** Zooms to a step, keeping the point in the middle of the view in the middle. */
  zoomTo: (index: number) => void;
  /** Scrolls by whole steps (-1, 0, 1) in each direction. */
  panBy: (dx: number, dy: number) => void;
  stageWidth: number;
  stageHeight: number;
  viewportHeight: number;
}

/**
 * Zoom and pan of a plan with the given aspect (height / width) in a scrolling viewport: at zoom 1
 * the whole plan fits the viewport's width and the height share of the window; zooming widens the
 * stage and scrolling pans it.
 */
export function usePlanViewport(aspect: number): PlanViewport {
  const viewport = useRef<HTMLDivElement>(null);
  const [zoomIndex, setZoomIndex] = useState(0);
  const [frame, setFrame] = useState({ width: 0, maxHeight: 480 });
  const pendingCentre = useRef<{ x: number; y: number } | null>(null);

  const zoom = ZOOM_STEPS[zoomIndex];
  const baseWidth = Math.min(frame.width, frame.maxHeight / aspect);
  const stageWidth = baseWidth * zoom;
  const stageHeight = stageWidth * aspect;

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    // The observer reports the first size again right after mounting: an unchanged frame must not
    // render every desk of the floor once more.
    const measure = () => {
      const width = element.clientWidth;
      const maxHeight = Math.max(MIN_HEIGHT, Math.round(window.innerHeight * HEIGHT_SHARE));
      setFrame((frame) =>
        frame.width === width && frame.maxHeight === maxHeight ? frame : { width, maxHeight },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = viewport.current;
    const centre = pendingCentre.current;
    if (!element || !centre) return;
    pendingCentre.current = null;
    element.scrollLeft = centre.x * stageWidth - element.clientWidth / 2;
    element.scrollTop = centre.y * stageHeight - element.clientHeight / 2;
  }, [stageWidth, stageHeight]);

  const zoomTo = useCallback(
    (index: number) => {
      const element = viewport.current;
      const next = clamp(index, 0, ZOOM_STEPS.length - 1);
      if (!element || next === zoomIndex || stageWidth === 0) return;
      pendingCentre.current = {
        x: (element.scrollLeft + Math.min(element.clientWidth, stageWidth) / 2) / stageWidth,
        y: (element.scrollTop + Math.min(element.clientHeight, stageHeight) / 2) / stageHeight,
      };
      setZoomIndex(next);
    },
    [zoomIndex, stageWidth, stageHeight],
  );

  const panBy = useCallback((dx: number, dy: number) => {
    const element = viewport.current;
    element?.scrollBy({
      left: dx * element.clientWidth * PAN_FRACTION,
      top: dy * element.clientHeight * PAN_FRACTION,
    });
  }, []);

  return {
    viewport,
    zoom,
    zoomIndex,
    zoomTo,
    panBy,
    stageWidth,
    stageHeight,
    viewportHeight: baseWidth * aspect,
  };
}
