/**
 * What the SVG exporter works on, in the browser and in Node alike: an element's drawing as a
 * plain tree (tags, attributes, text, and each element's resolved style), and the writer that
 * turns it into a standalone SVG file with every style as a presentation attribute.
 */
import { FONT_FAMILY } from '../text/index.js';

/** An element of a captured drawing. `style` holds resolved values (see {@link normalizeStyle}). */
export interface RawElement {
  tag: string;
  attrs: Record<string, string>;
  children: RawNode[];
  style?: Record<string, string>;
}
export type RawNode = RawElement | string;

/** The style properties read from each SVG element, with their initial values. */
export const INITIAL_STYLE: Readonly<Record<string, string>> = {
  color: '#000000',
  fill: '#000000',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-opacity': '1',
  'font-size': '16',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'writing-mode': 'horizontal-tb',
  opacity: '1',
  rx: 'auto',
  ry: 'auto',
  display: 'inline',
  visibility: 'visible',
  'background-color': 'transparent',
};

/** Properties that pass from an element to its children. */
export const INHERITED_STYLE: ReadonlySet<string> = new Set([
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'writing-mode',
  'visibility',
]);

const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity'];
const TEXT = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'writing-mode'];
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polyline', 'polygon', 'text', 'tspan']);
/** Attributes that carry geometry or meaning; every other attribute of the drawing is dropped. */
const KEPT = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'transform', 'dx', 'dy', 'lang'];

/** Hover, focus and controls: classes to drop and elements (by class) to remove before export. */
export const INTERACTIVE: Readonly<Record<string, { classes: readonly string[]; remove: readonly string[] }>> = {
  'plan-tree': { classes: ['on-path', 'active'], remove: ['ring', 'callout', 'toggle'] },
  'plan-collaboration': { classes: ['highlighted'], remove: ['focus-ring'] },
};

function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** `#rgb`, `#rrggbb`, `rgb()`, `rgba()` as `#rrggbb` (or `rgba(…)` when translucent). */
function normalizeColor(value: string): string {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'currentcolor') return v;
  if (v === 'transparent') return 'transparent';
  if (v === 'white') return '#ffffff';
  if (v === 'black') return '#000000';
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) {
    const digits = hex[1]!;
    return digits.length === 3 ? `#${[...digits].map((d) => d + d).join('')}` : `#${digits}`;
  }
  const rgb = /^rgba?\(([^)]*)\)$/.exec(v);
  if (rgb) {
    const parts = rgb[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    const [r = 0, g = 0, b = 0, a = 1] = parts;
    if (a === 0) return 'transparent';
    const hex6 = `#${[r, g, b].map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;
    return a >= 1 ? hex6 : `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${formatNumber(a)})`;
  }
  return v;
}

function normalizeLength(value: string): string {
  const v = value.trim();
  const match = /^(-?[\d.]+(?:e-?\d+)?)(px)?$/i.exec(v);
  return match ? formatNumber(Number(match[1])) : v.toLowerCase();
}

/**
 * One spelling per value, so that a style read from the browser's computed styles and one
 * resolved from the stylesheet in Node compare equal: colours as `#rrggbb`, lengths without
 * `px`, weights as numbers.
 */
export function normalizeStyle(property: string, value: string): string {
  const v = value.trim();
  switch (property) {
    case 'color':
    case 'fill':
    case 'stroke':
    case 'background-color':
      return normalizeColor(v);
    case 'stroke-width':
    case 'font-size':
    case 'rx':
    case 'ry':
      return normalizeLength(v);
    case 'opacity':
    case 'fill-opacity':
    case 'stroke-opacity': {
      const n = v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
      return Number.isFinite(n) ? formatNumber(Math.min(1, Math.max(0, n))) : v;
    }
    case 'stroke-dasharray':
      return v === 'none' ? v : v.split(/[\s,]+/).filter(Boolean).map(normalizeLength).join(' ');
    case 'font-weight':
      return v === 'bold' ? '700' : v === 'normal' ? '400' : v;
    default:
      return v.toLowerCase();
  }
}

// ---------------------------------------------------------------------------
// Reading the tree

export function isElement(node: RawNode): node is RawElement {
  return typeof node !== 'string';
}

export function hasClass(node: RawElement, name: string): boolean {
  return (node.attrs.class ?? '').split(/\s+/).includes(name);
}

/** Every element under `root` (not `root` itself) that matches, in document order. */
export function findAll(root: RawElement, test: (node: RawElement) => boolean): RawElement[] {
  const found: RawElement[] = [];
  const walk = (node: RawElement) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

export function find(root: RawElement, test: (node: RawElement) => boolean): RawElement | undefined {
  return findAll(root, test)[0];
}

/** The text inside an element, with runs of white space as one space. */
export function textOf(node: RawNode): string {
  const raw = (n: RawNode): string => (isElement(n) ? n.children.map(raw).join('') : n);
  return raw(node).replace(/\s+/g, ' ').trim();
}

/** Removes hover, focus and control state from a captured tree (in place). */
export function stripInteraction(root: RawElement, tag: string): void {
  const rules = INTERACTIVE[tag];
  if (!rules) return;
  const walk = (node: RawElement) => {
    node.children = node.children.filter((child) => !isElement(child) || !rules.remove.some((name) => hasClass(child, name)));
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.attrs.class) child.attrs.class = child.attrs.class.split(/\s+/).filter((name) => !rules.classes.includes(name)).join(' ');
      walk(child);
    }
  };
  walk(root);
}

/**
 * The text alternative of a drawing: a tree's items indented by level, or the hidden
 * description an element writes for screen readers (one line per paragraph or list item).
 */
export function textAlternative(root: RawElement): string {
  const items = findAll(root, (n) => n.attrs.role === 'treeitem');
  if (items.length > 0) {
    return items
      .map((item) => {
        const level = Math.max(1, Number(item.attrs['aria-level']) || 1);
        const words = [item.attrs['aria-label'] ?? '', item.attrs['aria-description'] ?? ''].filter(Boolean).join(' — ');
        return `${'  '.repeat(level - 1)}${words}`;
      })
      .join('\n');
  }
  const hidden = find(root, (n) => hasClass(n, 'visually-hidden'));
  if (!hidden) return '';
  const lines: string[] = [];
  const walk = (node: RawElement, depth: number) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tag === 'p') lines.push(`${'  '.repeat(depth)}${textOf(child)}`);
      else if (child.tag === 'li') {
        const own = textOf({ ...child, children: child.children.filter((c) => !isElement(c) || (c.tag !== 'ul' && c.tag !== 'ol')) });
        if (own) lines.push(`${'  '.repeat(depth)}${own}`);
        walk(child, depth + 1);
      } else walk(child, depth);
    }
  };
  walk(hidden, 0);
  return lines.filter((line) => line.trim() !== '').join('\n');
}

// ---------------------------------------------------------------------------
// Writing the file

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function styleAttributes(node: RawElement): [string, string][] {
  const style = node.style;
  if (!style) return [];
  const out: [string, string][] = [];
  const emit = (property: string) => {
    const value = style[property];
    if (value !== undefined && value !== INITIAL_STYLE[property]) out.push([property, value]);
  };
  if (SHAPES.has(node.tag)) {
    for (const property of PAINT) if (node.tag !== 'line' || property !== 'fill') emit(property);
  }
  if (node.tag === 'text' || node.tag === 'tspan') for (const property of TEXT) emit(property);
  if (node.tag === 'rect') {
    emit('rx');
    emit('ry');
  }
  emit('opacity');
  return out;
}

function hidden(node: RawElement): boolean {
  return node.style?.display === 'none' || node.style?.visibility === 'hidden' || node.style?.visibility === 'collapse';
}

/**
 * Writes one element of a drawing and everything in it, styles as presentation attributes.
 * With `seen`, a shape already written (a connector drawn in two bands) is written once.
 */
export function writeElement(node: RawElement, seen?: Set<string>): string {
  if (hidden(node)) return '';
  const attrs: [string, string][] = [];
  for (const name of KEPT) {
    const value = node.attrs[name];
    if (value !== undefined) attrs.push([name, value]);
  }
  attrs.push(...styleAttributes(node));
  const open = `<${node.tag}${attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}`;
  const isText = node.tag === 'text' || node.tag === 'tspan' || node.tag === 'title' || node.tag === 'desc';
  // Shapes in a group placed by `transform` (a tree's node) are drawn in one band only: equal
  // attributes there are two boxes of the same size, not one shape drawn twice.
  const inside = node.attrs.transform === undefined ? seen : undefined;
  const inner = node.children
    .map((child) => (isElement(child) ? writeElement(child, inside) : isText ? escapeText(child) : ''))
    .join('');
  const written = inner === '' ? `${open}/>` : `${open}>${inner}</${node.tag}>`;
  if (seen && SHAPES.has(node.tag) && node.tag !== 'text') {
    if (seen.has(written)) return '';
    seen.add(written);
  }
  return written;
}

/** The frame of a standalone SVG file. */
export interface SvgFile {
  /** viewBox: x, y, width, height (user units = px at scale 1). */
  box: { x: number; y: number; width: number; height: number };
  title: string;
  desc: string;
  /** The language of the text, for `lang` on the root. */
  lang: string;
  /** A colour painted behind everything; omitted when transparent. */
  background?: string;
  /** The drawing, already written (see {@link writeElement}). */
  body: string;
}

/** A standalone SVG file: xmlns, size, title and description, font stack, background. */
export function writeSvgFile(file: SvgFile): string {
  const { x, y, width, height } = file.box;
  const w = formatNumber(width);
  const h = formatNumber(height);
  const background =
    file.background && file.background !== 'transparent' && file.background !== 'none'
      ? `<rect x="${formatNumber(x)}" y="${formatNumber(y)}" width="${w}" height="${h}" fill="${escapeAttribute(file.background)}"/>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${formatNumber(x)} ${formatNumber(y)} ${w} ${h}"` +
    ` role="img" aria-labelledby="title desc" lang="${escapeAttribute(file.lang)}" font-family="${escapeAttribute(FONT_FAMILY)}">\n` +
    `<title id="title">${escapeText(file.title)}</title>\n<desc id="desc">${escapeText(file.desc)}</desc>\n` +
    `${background}${file.body}\n</svg>\n`
  );
}
