/**
 * Builds the SVG of a laid-out 体系図: the picture, band by band (see bands.ts), and the tree a
 * screen reader and the keyboard walk, as one layer of invisible boxes over it. Chromium leaves
 * what a band skips (`content-visibility: auto`) out of the accessibility tree, so the
 * treeitems cannot live in the bands: they sit in the layer on top, which is never skipped and
 * cheap to lay out (boxes without text). A plan can have thousands of nodes, and building them
 * with the DOM directly takes half the time of a template per node; plan text only ever
 * becomes text nodes (`textContent`), never markup.
 */
import type { TreeBand } from './bands.js';
import { GOAL_COLORS, type TextLine, type TreeItem, type TreeLayout, type TreeNodeLayout } from './layout.js';

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
  items: Map<string, SVGGElement>;
  /** Each node's drawing (box, text, control) by id. */
  nodes: Map<string, SVGGElement>;
  /** Each connector's paths (one per band it crosses) by the id of the node it leads to. */
  links: Map<string, SVGPathElement[]>;
  /** The treeitem in the tab order. */
  tabbable: string;
  /** Ids of the nodes marked as on the hovered or focused path. */
  onPath: Set<string>;
  active: string | undefined;
  /** Rounded width of the drawing in CSS px, and the scale it was drawn at. */
  width: number;
  scale: number;
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
 * Elements are cloned from templates that carry the attributes every copy shares: setting
 * attributes is most of the cost of building a large drawing.
 */
const textTemplates = new Map<string, SVGTextElement>();
let nodeTemplate: SVGGElement | undefined;

/** One line of text; `lang` only where it differs from the page's. */
export function drawLine(parent: Element, l: TextLine, lang?: string): SVGTextElement {
  const key = `${l.kind}|${l.bold ? 1 : 0}|${l.fontSize}|${l.anchor}|${l.vertical ? 1 : 0}`;
  let template = textTemplates.get(key);
  if (!template || template.ownerDocument !== document) {
    template = document.createElementNS(SVG_NS, 'text');
    template.setAttribute('class', l.bold ? `${l.kind} bold` : l.kind);
    template.setAttribute('font-size', String(l.fontSize));
    if (l.anchor === 'middle') template.setAttribute('text-anchor', 'middle');
    if (l.vertical) template.setAttribute('writing-mode', 'vertical-rl');
    textTemplates.set(key, template);
  }
  const text = template.cloneNode(false) as SVGTextElement;
  text.setAttribute('x', String(l.x));
  text.setAttribute('y', String(l.y));
  if (lang !== undefined) text.setAttribute('lang', lang);
  text.textContent = l.text;
  parent.appendChild(text);
  return text;
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

let itemTemplate: SVGGElement | undefined;

/**
 * A node's treeitem: a group around an invisible box over the drawn one (focus and scrolling
 * go to the box), named by the plan's full text. A group, because Chromium gives an SVG shape
 * its own role whatever `role` says.
 */
function drawItem(layer: SVGGElement, n: TreeNodeLayout, drawing: TreeDrawing): void {
  const item = n.item;
  if (!itemTemplate || itemTemplate.ownerDocument !== document) {
    itemTemplate = document.createElementNS(SVG_NS, 'g');
    itemTemplate.setAttribute('role', 'treeitem');
    itemTemplate.setAttribute('tabindex', '-1');
    element('rect', itemTemplate, {});
  }
  const g = itemTemplate.cloneNode(true) as SVGGElement;
  const b = n.box;
  const rect = g.firstChild as SVGRectElement;
  rect.setAttribute('x', String(b.x));
  rect.setAttribute('y', String(b.y));
  rect.setAttribute('width', String(b.width));
  rect.setAttribute('height', String(b.height));
  g.setAttribute('data-id', item.id);
  if (item.id === drawing.tabbable) g.setAttribute('tabindex', '0');
  g.setAttribute('aria-level', String(item.level));
  g.setAttribute('aria-setsize', String(item.setSize));
  g.setAttribute('aria-posinset', String(item.posInSet));
  g.setAttribute('aria-label', item.name);
  if (item.hasChildren) g.setAttribute('aria-expanded', String(item.expanded));
  if (item.accessibleDescription) g.setAttribute('aria-description', item.accessibleDescription);
  layer.appendChild(g);
  drawing.items.set(item.id, g);
}

/** A node as drawn: its box, label and title lines, and the expand/collapse control. */
function drawNode(svg: SVGSVGElement, n: TreeNodeLayout, drawing: TreeDrawing, lang: string, pendingText: string): void {
  const item = n.item;
  if (!nodeTemplate || nodeTemplate.ownerDocument !== document) {
    nodeTemplate = document.createElementNS(SVG_NS, 'g');
    nodeTemplate.setAttribute('part', 'node');
    element('rect', nodeTemplate, { class: 'frame', rx: 3 });
  }
  const g = nodeTemplate.cloneNode(true) as SVGGElement;
  const goal = goalClass(item.goalIndex);
  g.setAttribute('class', `depth-${Math.min(item.depth, 2)}${goal ? ` ${goal}` : ''}${item.pending ? ' pending' : ''}`);
  g.setAttribute('data-id', item.id);
  const b = n.box;
  const rect = g.firstChild as SVGRectElement;
  rect.setAttribute('x', String(b.x));
  rect.setAttribute('y', String(b.y));
  rect.setAttribute('width', String(b.width));
  rect.setAttribute('height', String(b.height));
  const labelText = [item.label, item.pending ? pendingText : ''].filter((part) => part !== '').join(' ');
  const gaps = separators(n.lines, item, labelText);
  n.lines.forEach((l, i) => {
    if (gaps[i]) g.appendChild(document.createTextNode(gaps[i]!));
    drawLine(g, l, l.kind === 'title' && item.titleLang !== lang ? item.titleLang : undefined);
  });
  if (n.toggle) {
    const { x, y } = n.toggle;
    const toggle = element('g', g, { class: 'toggle', 'data-toggle': item.id });
    element('circle', toggle, { cx: x, cy: y, r: 7 });
    element('path', toggle, { d: `M${x - 3.5},${y}h7${item.expanded ? '' : `M${x},${y - 3.5}v7`}` });
  }
  svg.appendChild(g);
  drawing.nodes.set(item.id, g);
}

export interface DrawOptions {
  /** The display language (titles in another language get their own `lang`). */
  lang: string;
  /** The "title not yet set" text shown after a pending node's label. */
  pendingText: string;
  /** The treeitem that takes Tab. */
  focusId: string;
  /** CSS px per viewBox unit. */
  scale: number;
}

/** Draws every band of a laid-out tree. */
export function drawTree(layout: TreeLayout, bands: TreeBand[], options: DrawOptions): TreeDrawing {
  // role="none" on everything between the tree and its items: Chromium turns a treeitem under
  // a plain SVG group into a group.
  const readerLayer = document.createElementNS(SVG_NS, 'g');
  readerLayer.setAttribute('role', 'none');
  const drawing: TreeDrawing = { layout, svgs: [], bands, readerLayer, items: new Map(), nodes: new Map(), links: new Map(), tabbable: options.focusId, onPath: new Set(), active: undefined, width: 0, scale: 0 };
  for (const n of layout.nodes) drawItem(readerLayer, n, drawing);
  for (const band of bands) {
    // The picture: what it says is in the treeitems' names.
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'band');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('viewBox', `${layout.viewBox.x} ${band.y} ${layout.viewBox.width} ${band.height}`);
    if (band.headers.length > 0) {
      const headers = element('g', svg, { class: 'header' });
      for (const i of band.headers) {
        const h = layout.headers[i]!;
        element('path', headers, { d: h.rule });
        for (const l of h.lines) drawLine(headers, l);
      }
    }
    if (band.links.length > 0) {
      const links = element('g', svg, {});
      for (const i of band.links) {
        const l = layout.links[i]!;
        const path = element('path', links, { part: 'link', class: goalClass(l.goalIndex), d: l.path });
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
        if (group.bracket) element('path', g, { d: group.bracket });
        element('rect', g, { x: group.box.x, y: group.box.y, width: group.box.width, height: group.box.height, rx: 3 });
        for (const l of group.lines) drawLine(g, l);
      }
    }
    for (const i of band.nodes) drawNode(svg, layout.nodes[i]!, drawing, options.lang, options.pendingText);
    drawing.svgs.push(svg);
  }
  scaleDrawing(drawing, options.scale);
  return drawing;
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

/** Moves the treeitem in the tab order (roving tabindex). */
export function setTabbable(drawing: TreeDrawing, id: string): void {
  if (drawing.tabbable === id) return;
  drawing.items.get(drawing.tabbable)?.setAttribute('tabindex', '-1');
  drawing.items.get(id)?.setAttribute('tabindex', '0');
  drawing.tabbable = id;
}
