/**
 * Builds the SVG of a laid-out 体系図: the picture, band by band (see bands.ts), and the tree a
 * screen reader and the keyboard walk, as one layer of invisible boxes over it. Chromium leaves
 * what a band skips (`content-visibility: auto`) out of the accessibility tree, so the
 * treeitems cannot live in the bands: they sit in the layer on top, which is never skipped and
 * cheap to lay out (boxes without text). A plan can have thousands of nodes, and building them
 * with the DOM directly takes half the time of a template per node; plan text only ever
 * becomes text nodes (`textContent`), never markup.
 *
 * Setting attributes is most of the cost of building a large drawing, so each node is a copy of
 * a prototype that already holds everything it shares with other nodes of the same shape (box
 * size, where its lines sit inside the box, colours, control), placed with one `transform`:
 * a node costs a copy, its place, its id and its text.
 *
 * Only the bands near the screen are built at first (the drawing of a large plan is mostly
 * off screen): the others are empty SVGs of their final size, built as they come near the
 * screen, when the browser is idle, or at once for export and print (see {@link drawBand}).
 * The treeitems are all built at once. A band away from the screen is neither laid out nor
 * painted (class `lazy`: content-visibility) until it comes near it; once all are built, a
 * drawing of up to {@link PAINT_WHOLE_UP_TO} nodes lets go of that too, a few bands at a time
 * ({@link paintBands}), so that it is then drawn whole (a full-page screenshot shows all of it).
 */
import type { TreeBand } from './bands.js';
import { renderItem, renderTextLine } from '../../scene/dom.js';
import { GOAL_COLORS, type TextLine, type TreeItem, type TreeLayout, type TreeNodeLayout } from './layout.js';
import { groupScene, headerScene, nodeScene, type TreeMarkOptions } from './scene.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The drawn diagram and what changes on it without a redraw (focus, hover, size). */
export interface TreeDrawing {
  layout: TreeLayout;
  /** One SVG per band, top to bottom. */
  svgs: SVGSVGElement[];
  bands: TreeBand[];
  /** The treeitems, in reading order, to be placed in an SVG over the bands. */
  readerLayer: SVGGElement;
  /** Each node's treeitem (in the reader layer) by id. */
  items: Map<string, SVGGraphicsElement>;
  /** Each node's drawing (box, text, control) by id. */
  nodes: Map<string, SVGGElement>;
  /** Each connector's paths (one per band it crosses) by the id of the node it leads to. */
  links: Map<string, SVGPathElement[]>;
  /** The treeitem in the tab order. */
  tabbable: string;
  /** Ids of the nodes marked as on the hovered or focused path. */
  onPath: Set<string>;
  active: string | undefined;
  /** The selected node, marked on its treeitem and box. */
  selected: string | undefined;
  /** Rounded width of the drawing in CSS px, and the scale it was drawn at. */
  width: number;
  scale: number;
  /** Whether each band's content is built, and how many are not. */
  built: boolean[];
  waiting: number;
  /** Each node's band, by its index in the layout. */
  bandOf: Int32Array;
  /** Bands from the top that are painted even away from the screen (no longer `lazy`). */
  painted: number;
  /** What building a band later needs. */
  build: { options: DrawOptions; fontSize: number; shapes: Shapes };
}

function element<K extends keyof SVGElementTagNameMap>(tag: K, parent: Element, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const name in attributes) el.setAttribute(name, String(attributes[name]));
  parent.appendChild(el);
  return el;
}

export function goalClass(goalIndex: number): string {
  return goalIndex < 0 ? '' : `goal-${(goalIndex % GOAL_COLORS) + 1}`;
}

/**
 * Where a broken line met a space in the original text, the lines are joined by a space in the
 * DOM too, so that the node's text reads as it is written ("where everyone", not
 * "whereeveryone") wherever the text is read out of the drawing: the accessible-name checks of
 * WCAG 2.5.3, search, copying.
 */
function separators(lines: readonly TextLine[], item: TreeItem, labelText: string): string[] {
  const out: string[] = [];
  let cursor = 0;
  let previous: TextLine | undefined;
  for (const l of lines) {
    const source = l.kind === 'label' ? labelText : item.title;
    const wanted = l.text.endsWith('…') ? l.text.slice(0, -1) : l.text;
    if (!previous || previous.kind !== l.kind) {
      out.push(previous ? ' ' : '');
      const at = wanted ? source.indexOf(wanted) : -1;
      cursor = at >= 0 ? at + wanted.length : 0;
    } else {
      const at = wanted ? source.indexOf(wanted, cursor) : -1;
      if (at >= cursor) {
        out.push(/\s/.test(source.slice(cursor, at)) ? ' ' : '');
        cursor = at + wanted.length;
      } else {
        out.push(WORD_END.test(previous.text) && WORD_START.test(l.text) ? ' ' : '');
      }
    }
    previous = l;
  }
  return out;
}

/** Letters and digits of scripts that put spaces between words. */
const WORD_END = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]$/u;
const WORD_START = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]/u;

/**
 * The first node drawn in a shape, which the others of that shape copy, and where among its
 * children the parts that differ per copy are.
 */
interface Prototype {
  g: SVGElement;
  /** Child index of each line's <text>. */
  texts: number[];
  /** Child index of the expand/collapse control, or -1. */
  toggle: number;
  /** x of the copy's origin relative to its box. */
  dx: number;
  /** What a node of its class must match to be copied from this one (see {@link sameShape}). */
  signature: readonly unknown[];
}

/**
 * Prototypes of one drawing: treeitems by level and state; nodes by their class (depth, goal,
 * pending; see {@link classCode}), then the first whose signature matches.
 */
interface Shapes {
  items: Map<string, SVGPolygonElement>;
  nodes: Map<number, Prototype[]>;
}

/** 1/100 px, as the layout rounds: a line's place inside its box. */
function offset(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A node's treeitem: an invisible box over the drawn one (focus and scrolling go to it), named
 * by the plan's full text. A polygon rather than a rect: a rect's place and size are CSS
 * properties in SVG 2, which give each of thousands of boxes a style of its own to compute; a
 * polygon's points are not, so the boxes share one.
 */
function drawItem(layer: SVGGElement, n: TreeNodeLayout, drawing: TreeDrawing, shapes: Shapes): void {
  const item = n.item;
  const b = n.box;
  const tabbable = item.id === drawing.tabbable;
  const key = `item|${item.level}|${item.hasChildren ? (item.expanded ? 1 : 0) : 2}`;
  // The item in the tab order is never copied: its copies would be too.
  const source = tabbable ? undefined : shapes.items.get(key);
  let box: SVGPolygonElement;
  if (source) {
    box = source.cloneNode(false) as SVGPolygonElement;
  } else {
    box = document.createElementNS(SVG_NS, 'polygon');
    box.setAttribute('role', 'treeitem');
    box.setAttribute('tabindex', tabbable ? '0' : '-1');
    box.setAttribute('aria-level', String(item.level));
    if (item.hasChildren) box.setAttribute('aria-expanded', item.expanded ? 'true' : 'false');
  }
  const right = offset(b.x + b.width);
  const bottom = offset(b.y + b.height);
  box.setAttribute('points', `${b.x},${b.y} ${right},${b.y} ${right},${bottom} ${b.x},${bottom}`);
  box.setAttribute('data-id', item.id);
  box.setAttribute('aria-setsize', String(item.setSize));
  box.setAttribute('aria-posinset', String(item.posInSet));
  box.setAttribute('aria-label', item.name);
  if (item.accessibleDescription) box.setAttribute('aria-description', item.accessibleDescription);
  else if (source) box.removeAttribute('aria-description');
  if (!source && !tabbable) shapes.items.set(key, box);
  layer.appendChild(box);
  drawing.items.set(item.id, box);
}

/**
 * Where a node's drawing is placed relative to its box: at the x its left-aligned lines share
 * (so that they need no `x` of their own), else at the box's corner.
 */
function lineStart(n: TreeNodeLayout): number {
  let dx: number | undefined;
  for (const l of n.lines) {
    if (l.anchor !== 'start' || l.vertical) return 0;
    const x = offset(l.x - n.box.x);
    if (dx === undefined) dx = x;
    else if (x !== dx) return 0;
  }
  return dx ?? 0;
}

/** A number for a node's class (its depth up to 2, its goal's colour, pending or not). */
function classCode(item: TreeItem): number {
  return (Math.min(item.depth, 2) * (GOAL_COLORS + 1) + (item.goalIndex < 0 ? 0 : (item.goalIndex % GOAL_COLORS) + 1)) * 2 + (item.pending ? 1 : 0);
}

/**
 * What else makes two nodes of a class look the same apart from their place and text: the box's
 * size, the common font size, an own language, each line's kind, style and place inside the
 * box, and the control's.
 */
function nodeSignature(n: TreeNodeLayout, gaps: readonly string[], fontSize: number, withLang: boolean): unknown[] {
  const b = n.box;
  const out: unknown[] = [b.width, b.height, fontSize, withLang, n.lines.length];
  for (let i = 0; i < n.lines.length; i++) {
    const l = n.lines[i]!;
    out.push(gaps[i] ?? '', l.kind, l.bold, l.vertical, l.anchor, l.fontSize, offset(l.x - b.x), offset(l.y - b.y));
  }
  if (n.toggle) out.push(n.item.expanded, offset(n.toggle.x - b.x), offset(n.toggle.y - b.y));
  return out;
}

/** Whether a node has the prototype's signature (compared in place: no signature is built per node). */
function sameShape(prototype: Prototype, n: TreeNodeLayout, gaps: readonly string[], fontSize: number, withLang: boolean): boolean {
  const s = prototype.signature;
  const b = n.box;
  if (s[0] !== b.width || s[1] !== b.height || s[2] !== fontSize || s[3] !== withLang || s[4] !== n.lines.length) return false;
  let k = 5;
  for (let i = 0; i < n.lines.length; i++) {
    const l = n.lines[i]!;
    if (s[k] !== (gaps[i] ?? '') || s[k + 1] !== l.kind || s[k + 2] !== l.bold || s[k + 3] !== l.vertical || s[k + 4] !== l.anchor || s[k + 5] !== l.fontSize) return false;
    if (s[k + 6] !== offset(l.x - b.x) || s[k + 7] !== offset(l.y - b.y)) return false;
    k += 8;
  }
  if (n.toggle) {
    if (s[k] !== n.item.expanded || s[k + 1] !== offset(n.toggle.x - b.x) || s[k + 2] !== offset(n.toggle.y - b.y)) return false;
    k += 3;
  }
  return k === s.length;
}

/** The prototype of a node's shape, with its origin `dx` right of the box's corner: the node's scene (scene.ts) rendered, each line's text left empty for its copies. */
function nodePrototype(n: TreeNodeLayout, className: string, gaps: readonly string[], fontSize: number, withLang: boolean, options: DrawOptions): Prototype {
  const b = n.box;
  const dx = lineStart(n);
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('part', 'node');
  g.setAttribute('class', className);
  const texts: number[] = [];
  let line = 0;
  for (const child of nodeScene(n, options).children) {
    // The marks differ from node to node: each copy gets its own (drawNode).
    if (child === n.marks) continue;
    if (child.type !== 'text') {
      renderItem(g, child, { dx: -dx });
      continue;
    }
    for (const l of child.lines) {
      if (gaps[line]) g.appendChild(document.createTextNode(gaps[line]!));
      texts.push(g.childNodes.length);
      // With its text node in place: a copy's text is then one assignment, not a node made and inserted.
      renderTextLine(g, child, { ...l, text: '' }, { dx: -dx, inheritedSize: fontSize }).appendChild(document.createTextNode(''));
      line++;
    }
  }
  let toggle = -1;
  if (n.toggle) {
    const x = offset(n.toggle.x - b.x - dx);
    const y = offset(n.toggle.y - b.y);
    toggle = g.childNodes.length;
    const control = element('g', g, { class: 'toggle' });
    element('circle', control, { cx: x, cy: y, r: 7 });
    element('path', control, { d: `M${offset(x - 3.5)},${y}h7${n.item.expanded ? '' : `M${x},${offset(y - 3.5)}v7`}` });
  }
  return { g, texts, toggle, dx, signature: nodeSignature(n, gaps, fontSize, withLang) };
}

/** A node as drawn: its box, label and title lines, and the expand/collapse control. */
function drawNode(svg: SVGSVGElement, n: TreeNodeLayout, drawing: TreeDrawing, options: DrawOptions, fontSize: number, shapes: Shapes): SVGGElement {
  const item = n.item;
  const pendingText = options.pendingText;
  const labelText = item.pending && pendingText !== '' ? (item.label === '' ? pendingText : `${item.label} ${pendingText}`) : item.label;
  const gaps = n.lines.length > 1 ? separators(n.lines, item, labelText) : NO_GAPS;
  const titleLang = item.titleLang !== options.lang ? item.titleLang : undefined;
  const withLang = titleLang !== undefined;
  const code = classCode(item);
  const candidates = shapes.nodes.get(code);
  let prototype = candidates?.find((candidate) => sameShape(candidate, n, gaps, fontSize, withLang));
  let g: SVGElement;
  if (prototype) {
    g = prototype.g.cloneNode(true) as SVGElement;
  } else {
    const goal = goalClass(item.goalIndex);
    const className = `depth-${Math.min(item.depth, 2)}${goal ? ` ${goal}` : ''}${item.pending ? ' pending' : ''}`;
    prototype = nodePrototype(n, className, gaps, fontSize, withLang, options);
    if (candidates) candidates.push(prototype);
    else shapes.nodes.set(code, [prototype]);
    // A node with marks adds them to a copy: the prototype stays without.
    g = n.marks ? (prototype.g.cloneNode(true) as SVGElement) : prototype.g;
  }
  if (n.marks) renderItem(g, { ...n.marks, x: (n.marks.x ?? 0) - prototype.dx });
  g.setAttribute('transform', `translate(${offset(n.box.x + prototype.dx)},${n.box.y})`);
  g.setAttribute('data-id', item.id);
  const children = g.childNodes;
  for (let i = 0; i < n.lines.length; i++) {
    const l = n.lines[i]!;
    const text = children[prototype.texts[i]!] as SVGTextElement;
    if (l.text !== '') (text.firstChild as Text).data = l.text;
    else text.textContent = '';
    if (titleLang !== undefined && l.kind === 'title') text.setAttribute('lang', titleLang);
  }
  if (prototype.toggle >= 0) (children[prototype.toggle] as SVGGElement).setAttribute('data-toggle', item.id);
  svg.appendChild(g);
  drawing.nodes.set(item.id, g as SVGGElement);
  return g as SVGGElement;
}

/** The size most of the nodes' lines are set in: the bands set it, so that those lines need not. */
function commonFontSize(layout: TreeLayout): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const n of layout.nodes) {
    for (const l of n.lines) {
      const count = (counts.get(l.fontSize) ?? 0) + 1;
      counts.set(l.fontSize, count);
      if (count > bestCount) ((best = l.fontSize), (bestCount = count));
    }
  }
  return best;
}

const NO_GAPS: readonly string[] = [''];

export interface DrawOptions extends TreeMarkOptions {
  /** The display language (titles in another language get their own `lang`). */
  lang: string;
  /** The "title not yet set" text shown after a pending node's label. */
  pendingText: string;
  /** The treeitem that takes Tab. */
  focusId: string;
  /** CSS px per viewBox unit. */
  scale: number;
}

/** A connector of each goal's colour (the vision's last), to be copied. */
const linkPrototypes: SVGPathElement[] = [];

function linkPrototype(goalIndex: number): SVGPathElement {
  const slot = goalIndex < 0 ? GOAL_COLORS : goalIndex % GOAL_COLORS;
  let path = linkPrototypes[slot];
  if (!path || path.ownerDocument !== document) {
    path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('part', 'link');
    path.setAttribute('class', goalClass(goalIndex));
    linkPrototypes[slot] = path;
  }
  return path;
}

/**
 * Draws a laid-out tree: every treeitem, and an empty SVG of its final size for each band
 * (built by {@link drawBand}).
 */
export function drawTree(layout: TreeLayout, bands: TreeBand[], options: DrawOptions): TreeDrawing {
  // role="none" on everything between the tree and its items: Chromium turns a treeitem under
  // a plain SVG group into a group.
  const readerLayer = document.createElementNS(SVG_NS, 'g');
  readerLayer.setAttribute('role', 'none');
  const shapes: Shapes = { items: new Map(), nodes: new Map() };
  const fontSize = commonFontSize(layout);
  const bandOf = new Int32Array(layout.nodes.length);
  bands.forEach((band, b) => {
    for (const i of band.nodes) bandOf[i] = b;
  });
  const drawing: TreeDrawing = {
    layout,
    svgs: [],
    bands,
    readerLayer,
    items: new Map(),
    nodes: new Map(),
    links: new Map(),
    tabbable: options.focusId,
    onPath: new Set(),
    active: undefined,
    selected: undefined,
    width: 0,
    scale: 0,
    built: bands.map(() => false),
    waiting: bands.length,
    bandOf,
    painted: 0,
    build: { options, fontSize, shapes },
  };
  for (const n of layout.nodes) drawItem(readerLayer, n, drawing, shapes);
  for (const band of bands) {
    // The picture: what it says is in the treeitems' names.
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'band lazy');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('viewBox', `${layout.viewBox.x} ${band.y} ${layout.viewBox.width} ${band.height}`);
    if (fontSize > 0) svg.setAttribute('font-size', String(fontSize));
    drawing.svgs.push(svg);
  }
  scaleDrawing(drawing, options.scale);
  return drawing;
}

/**
 * Builds a band's content (headings, connectors, groups, nodes), once, with the marks of the
 * nodes and connectors in it that are on the active path, active or selected.
 */
export function drawBand(drawing: TreeDrawing, index: number): void {
  if (drawing.built[index] !== false) return;
  drawing.built[index] = true;
  drawing.waiting--;
  const { layout, bands } = drawing;
  const band = bands[index]!;
  const svg = drawing.svgs[index]!;
  const { options, fontSize, shapes } = drawing.build;
  if (band.headers.length > 0) {
    const headers = element('g', svg, { class: 'header' });
    for (const i of band.headers) for (const child of headerScene(layout.headers[i]!, options).children) renderItem(headers, child);
  }
  if (band.links.length > 0) {
    const links = element('g', svg, {});
    for (const i of band.links) {
      const l = layout.links[i]!;
      const path = linkPrototype(l.goalIndex).cloneNode(false) as SVGPathElement;
      path.setAttribute('d', l.path);
      if (drawing.onPath.has(l.target)) path.classList.add('on-path');
      links.appendChild(path);
      const paths = drawing.links.get(l.target);
      if (paths) paths.push(path);
      else drawing.links.set(l.target, [path]);
    }
  }
  if (band.groups.length > 0) {
    const groups = element('g', svg, {});
    for (const i of band.groups) {
      const group = layout.groups[i]!;
      const g = element('g', groups, { part: 'group', class: goalClass(group.goalIndex) });
      for (const child of groupScene(group, options).children) renderItem(g, child);
    }
  }
  if (index === bands.length - 1 && layout.legend) renderItem(svg, layout.legend.item);
  for (const i of band.nodes) {
    const g = drawNode(svg, layout.nodes[i]!, drawing, options, fontSize, shapes);
    const id = layout.nodes[i]!.item.id;
    if (drawing.onPath.has(id)) g.classList.add('on-path');
    if (drawing.active === id) g.classList.add('active');
    if (drawing.selected === id) g.classList.add('selected');
  }
}

/** Builds the bands that reach between `top` and `bottom` (in the layout's coordinates). */
export function drawBandsWithin(drawing: TreeDrawing, top: number, bottom: number): void {
  drawing.bands.forEach((band, i) => {
    if (band.y < bottom && band.y + band.height > top) drawBand(drawing, i);
  });
}

/** Builds every band not built yet (for export and print). */
export function drawAllBands(drawing: TreeDrawing): void {
  for (let i = 0; i < drawing.bands.length && drawing.waiting > 0; i++) drawBand(drawing, i);
}

/** Drawings of up to this many nodes are, once built, painted whole (see {@link paintBands}); larger ones only near the screen. */
export const PAINT_WHOLE_UP_TO = 3000;

/** Whether some built bands of a drawing still wait to be painted away from the screen. */
export function bandsToPaint(drawing: TreeDrawing): boolean {
  return drawing.layout.nodes.length <= PAINT_WHOLE_UP_TO && drawing.painted < drawing.svgs.length;
}

/**
 * Lets the next `count` bands (top down) be laid out and painted away from the screen too: the
 * browser does it in the next frame, so a few at a time.
 */
export function paintBands(drawing: TreeDrawing, count: number): void {
  const end = Math.min(drawing.svgs.length, drawing.painted + count);
  for (; drawing.painted < end; drawing.painted++) drawing.svgs[drawing.painted]!.classList.remove('lazy');
}

/** Builds the band of the node at `index` in the layout. */
export function drawBandOf(drawing: TreeDrawing, index: number): void {
  const band = drawing.bandOf[index];
  if (band !== undefined) drawBand(drawing, band);
}

/** Sets the drawn size: the width in whole px, each band's height in the same proportion. */
export function scaleDrawing(drawing: TreeDrawing, scale: number): void {
  if (scale === drawing.scale) return;
  const vb = drawing.layout.viewBox;
  const width = Math.round(vb.width * scale);
  const exact = vb.width > 0 ? width / vb.width : scale;
  drawing.svgs.forEach((svg, i) => {
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(Math.round(drawing.bands[i]!.height * exact * 1000) / 1000));
  });
  drawing.width = width;
  drawing.scale = scale;
}

function toggleAll(elements: readonly Element[] | undefined, name: string, on: boolean): void {
  if (elements) for (const el of elements) el.classList.toggle(name, on);
}

/**
 * Marks the hovered or focused node and its path to the vision (their boxes and connectors),
 * touching only the elements whose state changes.
 */
export function markPath(drawing: TreeDrawing, path: ReadonlySet<string>, active: string | undefined): void {
  for (const id of drawing.onPath) {
    if (path.has(id)) continue;
    drawing.nodes.get(id)?.classList.remove('on-path');
    toggleAll(drawing.links.get(id), 'on-path', false);
  }
  for (const id of path) {
    if (drawing.onPath.has(id)) continue;
    drawing.nodes.get(id)?.classList.add('on-path');
    toggleAll(drawing.links.get(id), 'on-path', true);
  }
  drawing.onPath = new Set(path);
  if (drawing.active !== active) {
    if (drawing.active !== undefined) drawing.nodes.get(drawing.active)?.classList.remove('active');
    if (active !== undefined) drawing.nodes.get(active)?.classList.add('active');
    drawing.active = active;
  }
}

/** Marks the selected node: `aria-selected` on its treeitem, `selected` on its box. */
export function markSelected(drawing: TreeDrawing, id: string | undefined): void {
  if (drawing.selected === id) return;
  if (drawing.selected !== undefined) {
    drawing.items.get(drawing.selected)?.removeAttribute('aria-selected');
    drawing.nodes.get(drawing.selected)?.classList.remove('selected');
  }
  if (id !== undefined) {
    drawing.items.get(id)?.setAttribute('aria-selected', 'true');
    drawing.nodes.get(id)?.classList.add('selected');
  }
  drawing.selected = id;
}

/** Moves the treeitem in the tab order (roving tabindex). */
export function setTabbable(drawing: TreeDrawing, id: string): void {
  if (drawing.tabbable === id) return;
  drawing.items.get(drawing.tabbable)?.setAttribute('tabindex', '-1');
  drawing.items.get(id)?.setAttribute('tabindex', '0');
  drawing.tabbable = id;
}
