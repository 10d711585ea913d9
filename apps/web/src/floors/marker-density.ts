/** Estimated size in CSS pixels of a marker showing `label` (bold 13 px text in a pill). */
const markerWidth = (label: string) => 18 + 7.5 * label.length;
const MARKER_HEIGHT = 28;
/** Overlaps tolerated before the plan switches to dots: a tight pair or a few do not spoil a floor. */
const TOLERATED_SHARE = 0.05;
const TOLERATED_ALWAYS = 2;

export interface PlacedLabel {
  x: number;
  y: number;
  label: string;
}

/**
 * Whether labelled markers at these percent positions would cover each other on a stage of this
 * size: then the plan shows dots until it is zoomed in far enough to read the codes.
 */
export function isCrowded(markers: readonly PlacedLabel[], stageWidth: number, stageHeight: number): boolean {
  if (markers.length < 2 || stageWidth <= 0 || stageHeight <= 0) return false;
  const placed = markers
    .map((marker) => ({
      left: (marker.x / 100) * stageWidth,
      top: (marker.y / 100) * stageHeight,
      halfWidth: markerWidth(marker.label) / 2,
    }))
    .sort((a, b) => a.left - b.left);
  const widest = Math.max(...placed.map((marker) => marker.halfWidth));
  const overlapping = new Set<number>();
  // Sorted by x, each marker is compared only with those that can still reach it horizontally.
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length && placed[j].left - placed[i].left < 2 * widest; j++) {
      const a = placed[i];
      const b = placed[j];
      if (b.left - a.left < a.halfWidth + b.halfWidth && Math.abs(b.top - a.top) < MARKER_HEIGHT) {
        overlapping.add(i).add(j);
      }
    }
  }
  return overlapping.size > Math.max(TOLERATED_ALWAYS, markers.length * TOLERATED_SHARE);
}
