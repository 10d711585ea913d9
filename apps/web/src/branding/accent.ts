// The organisation's colour as the accent of the client, without giving up WCAG 2.1 AA contrast.

type Rgb = [number, number, number];

const WHITE: Rgb = [255, 255, 255];
/** The page background (`--canvas`): accent text stands on it as well as on white. */
const CANVAS: Rgb = [245, 246, 248];
/** WCAG 2.1 AA for normal text (1.4.3). */
export const MIN_CONTRAST = 4.5;

function parse(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return match ? [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)] : null;
}

function format(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG 2.1 defines it. */
function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: string | Rgb, b: string | Rgb): number {
  const first = typeof a === 'string' ? parse(a) : a;
  const second = typeof b === 'string' ? parse(b) : b;
  if (!first || !second) return 0;
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `rgb` moved towards `target` by `share` (0: unchanged, 1: the target). */
function mix(rgb: Rgb, target: Rgb, share: number): Rgb {
  return rgb.map((channel, index) => channel + (target[index] - channel) * share) as Rgb;
}

export interface AccentColours {
  accent: string;
  /** Hover and pressed states, and accent text on the soft background. */
  accentStrong: string;
  /** A light tint for selected rows and hovered buttons. */
  accentSoft: string;
  /** The configured colour had too little contrast and was darkened. */
  adjusted: boolean;
}

/** Passes where white text stands on it and where it is text on white, on the canvas and on its tint. */
function readable(rgb: Rgb): boolean {
  const soft = mix(rgb, WHITE, 0.9);
  return [WHITE, CANVAS, soft].every((background) => contrast(rgb, background) >= MIN_CONTRAST);
}

/**
 * The accent colours for a configured `#rrggbb`: the colour itself when white text on it (and it
 * as text on light backgrounds) reaches 4.5:1, else the colour darkened just far enough, so that
 * an organisation's light brand colour never makes the client fail WCAG AA. Null for no colour or
 * a malformed one: the built-in accent stays.
 */
export function accentColours(hex: string | null | undefined): AccentColours | null {
  const configured = hex ? parse(hex) : null;
  if (!configured) return null;
  let rgb = configured;
  let adjusted = false;
  // Two per cent darker per step; black, where the steps end at the latest, passes against white.
  for (let step = 0; step < 200 && !readable(rgb); step += 1) {
    rgb = mix(rgb, [0, 0, 0], 0.02);
    adjusted = true;
  }
  if (!readable(rgb)) rgb = [0, 0, 0];
  return {
    accent: format(rgb),
    accentStrong: format(mix(rgb, [0, 0, 0], 0.25)),
    accentSoft: format(mix(rgb, WHITE, 0.9)),
    adjusted,
  };
}
