import {
  DOMImplementation,
  DOMParser,
  type Document,
  type Element,
  type Node,
  XMLSerializer,
} from '@xmldom/xmldom';
import { refusedFile } from './location-errors';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// prettier-ignore
/** Drawing elements only: nothing that runs code, embeds other documents or fetches anything. */
const ELEMENTS = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title',
  'desc', 'defs', 'symbol', 'use', 'clipPath', 'mask', 'pattern', 'linearGradient', 'radialGradient', 'stop',
  'style',
]);

/** Dropped themselves, their content kept: a link around part of a drawing. */
const UNWRAPPED = new Set(['a']);

/** Elements whose `href` may point at another element of the same document. */
const REFERRING = new Set(['use', 'linearGradient', 'radialGradient', 'pattern']);

// prettier-ignore
/** Geometry, presentation and accessibility attributes; every other attribute is dropped. */
const ATTRIBUTES = new Set([
  'id', 'class', 'style', 'transform', 'viewBox', 'preserveAspectRatio', 'version', 'x', 'y', 'width', 'height',
  'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points', 'pathLength', 'dx', 'dy',
  'rotate', 'textLength', 'lengthAdjust', 'offset', 'href', 'fill', 'fill-opacity', 'fill-rule', 'stroke',
  'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'color', 'display', 'visibility', 'overflow',
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-stretch', 'text-anchor',
  'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing',
  'text-decoration', 'writing-mode', 'clip-path', 'clip-rule', 'mask', 'vector-effect', 'shape-rendering',
  'text-rendering', 'image-rendering', 'color-interpolation', 'paint-order', 'stop-color', 'stop-opacity',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'role', 'type',
]);
const ARIA = /^aria-[a-z]+$/;

/** `#id`: the only kind of reference that survives (no other file, no scheme). */
const FRAGMENT = /^#[A-Za-z_][\w.:-]*$/;

// Deeper nesting than this is no drawing but an attempt to exhaust the stack.
const MAX_DEPTH = 256;

export interface SanitizedSvg {
  svg: string;
  /** Intrinsic size in user units (CSS pixels), from width/height or else the viewBox. */
  width: number;
  height: number;
}

/**
 * Rebuilds an SVG from an allowlist: drawing elements and presentation attributes are copied into
 * a new document, everything else is left behind (scripts, event handlers, foreign content,
 * references to other documents, CSS that fetches). What comes out can be shown in a browser
 * without running or loading anything, even outside the Content-Security-Policy it is served with.
 */
export function sanitizeSvg(source: string): SanitizedSvg {
  // Entities are what XXE and "billion laughs" are made of; a bare DOCTYPE naming the SVG DTD (as
  // many editors write) declares none and is merely dropped.
  if (/<!ENTITY/i.test(source) || /<!DOCTYPE[^>[]*\[/i.test(source)) {
    throw refusedFile({
      de: 'Die SVG-Datei enthält eine DTD mit Entity-Deklarationen; das wird aus Sicherheitsgründen nicht angenommen.',
      en: 'The SVG declares entities in a DTD, which is refused for security.',
    });
  }
  const input = parse(source);
  const root = input.documentElement;
  if (!root || root.namespaceURI !== SVG_NS || root.localName !== 'svg') {
    throw refusedFile({ de: 'Die Datei ist keine SVG-Zeichnung.', en: 'The file is not an SVG drawing.' });
  }
  const output = new DOMImplementation().createDocument(SVG_NS, 'svg', null);
  const svg = output.documentElement!;
  copyAttributes(root, svg);
  copyChildren(root, svg, output, 1);
  if (hasXlink(svg)) svg.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  const { width, height } = intrinsicSize(svg);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(output)}`,
    width,
    height,
  };
}

function parse(source: string): Document {
  let problem: string | undefined;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') {
        problem = message;
        throw new Error(message);
      }
    },
  });
  try {
    return parser.parseFromString(source, 'image/svg+xml');
  } catch (error) {
    const reason = problem ?? (error instanceof Error ? error.message : String(error));
    throw refusedFile({
      de: `Die SVG-Datei ist kein gültiges XML: ${reason}`,
      en: `The SVG is not well-formed XML: ${reason}`,
    });
  }
}

function copyChildren(from: Node, to: Element, output: Document, depth: number): void {
  if (depth > MAX_DEPTH) {
    throw refusedFile({
      de: 'Die SVG-Datei ist zu tief verschachtelt.',
      en: 'The SVG is nested too deeply.',
    });
  }
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      to.appendChild(output.createTextNode(child.nodeValue ?? ''));
    } else if (child.nodeType === child.ELEMENT_NODE) {
      copyElement(child as Element, to, output, depth);
    }
    // Comments, processing instructions (xml-stylesheet) and the DOCTYPE stay behind.
  }
}

function copyElement(element: Element, to: Element, output: Document, depth: number): void {
  if (element.namespaceURI !== SVG_NS) return;
  const name = element.localName!;
  if (UNWRAPPED.has(name)) return copyChildren(element, to, output, depth + 1);
  if (!ELEMENTS.has(name)) return;
  if (name === 'style') return copyStyle(element, to, output);
  const copy = output.createElementNS(SVG_NS, name);
  copyAttributes(element, copy);
  if (name === 'use' && !copy.hasAttribute('href') && !copy.hasAttributeNS(XLINK_NS, 'href')) return;
  to.appendChild(copy);
  copyChildren(element, copy, output, depth + 1);
}

/** A stylesheet survives whole or not at all: only text, and only CSS that fetches nothing. */
function copyStyle(element: Element, to: Element, output: Document): void {
  let css = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== child.TEXT_NODE && child.nodeType !== child.CDATA_SECTION_NODE) return;
    css += child.nodeValue ?? '';
  }
  if (!isInertCss(css)) return;
  const style = output.createElementNS(SVG_NS, 'style');
  style.appendChild(output.createTextNode(css));
  to.appendChild(style);
}

function copyAttributes(from: Element, to: Element): void {
  const referring = REFERRING.has(from.localName!);
  for (let index = 0; index < from.attributes.length; index++) {
    const attribute = from.attributes.item(index)!;
    const name = attribute.localName ?? attribute.name;
    const value = attribute.value;
    if (!isInertValue(value)) continue;
    if (!attribute.namespaceURI) {
      if (
        name === 'href' ? referring && FRAGMENT.test(value.trim()) : ATTRIBUTES.has(name) || ARIA.test(name)
      ) {
        to.setAttribute(name, value);
      }
    } else if (attribute.namespaceURI === XLINK_NS && name === 'href') {
      if (referring && FRAGMENT.test(value.trim())) to.setAttributeNS(XLINK_NS, 'xlink:href', value);
    } else if (attribute.namespaceURI === XML_NS && (name === 'space' || name === 'lang')) {
      to.setAttributeNS(XML_NS, `xml:${name}`, value);
    }
    // Other namespaces (xmlns declarations, editors' own such as inkscape:, sodipodi:) are dropped.
  }
}

/**
 * Attribute values are partly CSS (`fill="url(…)"`, `style`), so every value must be inert: no
 * script URL, and no CSS that fetches or evaluates.
 */
function isInertValue(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
  return !compact.includes('javascript:') && !compact.includes('vbscript:') && isInertCss(value);
}

/**
 * CSS that references nothing outside the document: `url(#id)` only, no `@import`, no
 * `image-set()`, no IE `expression()` or behaviours. Backslashes are refused outright, since CSS
 * escapes (`\75 rl(`) would otherwise hide any of these from the check.
 */
function isInertCss(css: string): boolean {
  const text = css.toLowerCase();
  if (text.includes('\\')) return false;
  if (
    /@import|expression\s*\(|image-set|image\s*\(|src\s*\(|-moz-binding|behavior\s*:|javascript:/.test(text)
  ) {
    return false;
  }
  const urls = text.split(/url\s*\(/).slice(1);
  return urls.every((rest) => /^\s*(['"]?)#[\w.:-]+\1\s*\)/.test(rest));
}

function hasXlink(svg: Element): boolean {
  const elements = svg.getElementsByTagNameNS(SVG_NS, '*');
  for (let index = 0; index < elements.length; index++) {
    if (elements.item(index)!.hasAttributeNS(XLINK_NS, 'href')) return true;
  }
  return false;
}

/** CSS pixels per unit, for sizes given in absolute units (print-oriented CAD exports use mm). */
const PIXELS_PER_UNIT: Record<string, number> = {
  '': 1,
  px: 1,
  pt: 4 / 3,
  pc: 16,
  mm: 96 / 25.4,
  cm: 96 / 2.54,
  in: 96,
};

function intrinsicSize(svg: Element): { width: number; height: number } {
  const viewBox = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const box =
    viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0 && viewBox[3] > 0
      ? viewBox
      : null;
  let width = length(svg.getAttribute('width'));
  let height = length(svg.getAttribute('height'));
  if (box) {
    width ??= height !== undefined ? (height * box[2]) / box[3] : box[2];
    height ??= (width * box[3]) / box[2];
  }
  if (width === undefined || height === undefined) {
    throw refusedFile({
      de: 'Die SVG-Zeichnung braucht eine viewBox oder eine Breite und Höhe in absoluten Einheiten.',
      en: 'The SVG needs a viewBox, or a width and height in absolute units.',
    });
  }
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

function length(value: string | null): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value ?? '');
  if (!match) return undefined;
  const size = Number(match[1]) * PIXELS_PER_UNIT[(match[2] ?? '').toLowerCase()];
  return size > 0 ? size : undefined;
}
