/**
 * The DOM renderer of scene items: SVG elements built with the DOM directly (no template per
 * item: a large figure has thousands), with each item's `part` as its class, so that the
 * element's stylesheet colours it from the same theme tokens (src/theme/) and restyles it on
 * hover, focus and selection without a redraw. Paints are left to that stylesheet, but for
 * literal colours (`#rrggbb`), which it cannot know; geometry and text come from the scene. Plan text only ever becomes text nodes, never markup.
 *
 * Figures that copy prototypes (the tree's nodes) render one item with these functions and copy
 * the result; see src/components/plan-tree/draw.ts.
 */
import type { SceneItem, SceneStyle, SceneText, SceneTextLine } from './types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** 1/100 px, as the layouts round. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function element(tag: string, parent: Element, attributes: Record<string, string | number>, item?: SceneStyle): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const name in attributes) el.setAttribute(name, String(attributes[name]));
  // A literal colour (an SDG's, a grade's own from the plan) is the shape's: no stylesheet knows it.
  if (item?.fill?.startsWith('#')) el.setAttribute('fill', item.fill);
  if (item?.stroke?.startsWith('#')) el.setAttribute('stroke', item.stroke);
  parent.appendChild(el);
  return el;
}

/** Texts are cloned from templates that carry the attributes every copy shares (setting attributes is most of the cost of a large drawing). */
const textTemplates = new Map<string, SVGTextElement>();

export interface DomTextOptions {
  /** The font size the parent sets: a text of that size needs no attribute of its own. */
  inheritedSize?: number;
  /** Moves the line (a copy placed at another origin than the scene's). */
  dx?: number;
  /** An own language (where the scene's `lang` is not the one to use). */
  lang?: string;
}

/**
 * One line of a text block as a `<text>`: class from the block's part (`label`, `title`) and
 * `bold`, `font-size` only where it differs from the inherited size, `x`/`y` only where not 0.
 */
export function renderTextLine(parent: Element, block: SceneText, line: SceneTextLine, options: DomTextOptions = {}): SVGTextElement {
  const ownSize = block.fontSize !== options.inheritedSize;
  const part = block.part ?? '';
  const key = `${part}|${block.bold ? 1 : 0}|${ownSize ? block.fontSize : ''}|${block.anchor ?? ''}|${block.vertical ? 1 : 0}`;
  let template = textTemplates.get(key);
  if (!template || template.ownerDocument !== document) {
    template = document.createElementNS(SVG_NS, 'text');
    const className = block.bold ? `${part} bold`.trim() : part;
    if (className) template.setAttribute('class', className);
    if (ownSize) template.setAttribute('font-size', String(block.fontSize));
    if (block.anchor === 'middle' || block.anchor === 'end') template.setAttribute('text-anchor', block.anchor);
    if (block.vertical) template.setAttribute('writing-mode', 'vertical-rl');
    textTemplates.set(key, template);
  }
  const text = template.cloneNode(false) as SVGTextElement;
  const x = round(line.x + (options.dx ?? 0));
  const y = round(line.y);
  if (x !== 0) text.setAttribute('x', String(x));
  if (y !== 0) text.setAttribute('y', String(y));
  const lang = options.lang ?? block.lang;
  if (lang !== undefined) text.setAttribute('lang', lang);
  if (line.text !== '') text.textContent = line.text;
  parent.appendChild(text);
  return text;
}

/**
 * A scene item and what it holds, appended to `parent`; returns the element made for it (the
 * last line's `<text>` for a text block). A group's `part` is its `part` attribute (pages style
 * it with `::part()`), a shape's is its class.
 */
export function renderItem(parent: Element, item: SceneItem, options: DomTextOptions = {}): Element {
  const dx = options.dx ?? 0;
  switch (item.type) {
    case 'rect': {
      const attributes: Record<string, string | number> = {};
      if (item.part) attributes.class = item.part;
      if (round(item.x + dx) !== 0) attributes.x = round(item.x + dx);
      if (item.y !== 0) attributes.y = item.y;
      attributes.width = item.width;
      attributes.height = item.height;
      if (item.r) attributes.rx = item.r;
      return element('rect', parent, attributes, item);
    }
    case 'circle':
      return element('circle', parent, { ...(item.part ? { class: item.part } : {}), cx: round(item.cx + dx), cy: item.cy, r: item.r }, item);
    case 'line':
      return element('line', parent, { ...(item.part ? { class: item.part } : {}), x1: round(item.x1 + dx), y1: item.y1, x2: round(item.x2 + dx), y2: item.y2 });
    case 'path':
      return element('path', parent, { ...(item.part ? { class: item.part } : {}), d: item.d }, item);
    case 'polygon':
      return element('polygon', parent, { ...(item.part ? { class: item.part } : {}), points: item.points.map(([x, y]) => `${round(x + dx)},${y}`).join(' ') });
    case 'text': {
      let last: Element = parent;
      for (const line of item.lines) last = renderTextLine(parent, item, line, options);
      return last;
    }
    case 'group': {
      const g = element('g', parent, item.part ? { part: item.part } : {});
      if (item.x || item.y) g.setAttribute('transform', `translate(${round(item.x ?? 0)},${round(item.y ?? 0)})`);
      for (const child of item.children) renderItem(g, child, options);
      return g;
    }
  }
}
