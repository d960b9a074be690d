/**
 * The DOM renderer of the gauge's scene items: SVG elements built with the DOM (a thousand
 * gauges are built in a fraction of the time a template per part takes). Each item's `part` is
 * its class, and the element's stylesheet paints it with the same theme tokens the scene names
 * (src/theme/gauge.ts), so that pages restyle it with the custom properties; only literal
 * colours (a grade's own `color` from the plan) are written as attributes. Plan text only ever
 * becomes text nodes.
 */
import type { Paint, SceneItem } from '../../scene/types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Shapes a page may style as `::part(…)`: the first word of their `part`. */
const PUBLIC_PARTS = new Set(['track', 'value', 'current', 'baseline', 'target']);

const literal = (paint: Paint | undefined): paint is Paint => paint !== undefined && paint !== 'none' && !paint.startsWith('--');

function element(tag: string, attributes: Record<string, string | number | undefined>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) el.setAttribute(name, String(value));
  }
  return el;
}

function drawItem(item: SceneItem): SVGElement {
  let el: SVGElement;
  switch (item.type) {
    case 'group':
      el = element('g', item.x || item.y ? { transform: `translate(${item.x ?? 0} ${item.y ?? 0})${item.scale ? ` scale(${item.scale})` : ''}` } : {});
      drawItems(el, item.children);
      break;
    case 'path':
      el = element('path', { d: item.d });
      break;
    case 'line':
      el = element('line', { x1: item.x1, y1: item.y1, x2: item.x2, y2: item.y2 });
      break;
    case 'circle':
      el = element('circle', { cx: item.cx, cy: item.cy, r: item.r });
      break;
    case 'rect':
      el = element('rect', { x: item.x, y: item.y, width: item.width, height: item.height, rx: item.r });
      break;
    case 'polygon':
      el = element('polygon', { points: item.points.map((p) => p.join(',')).join(' ') });
      break;
    case 'text': {
      const first = item.lines[0];
      el = element('text', { x: first?.x, y: first?.y, 'text-anchor': item.anchor, 'font-size': item.fontSize, lang: item.lang });
      if (item.lines.length === 1) el.textContent = first!.text;
      else for (const line of item.lines) el.appendChild(element('tspan', { x: line.x, y: line.y })).textContent = line.text;
      break;
    }
  }
  if (item.part) {
    el.setAttribute('class', item.part);
    const word = item.part.split(' ', 1)[0]!;
    if (PUBLIC_PARTS.has(word)) el.setAttribute('part', word);
  }
  if (item.type !== 'group') {
    if (literal(item.fill)) el.setAttribute('fill', item.fill);
    if (literal(item.stroke)) el.setAttribute('stroke', item.stroke);
  }
  return el;
}

/** Appends the items to `parent` (an `<svg>` or `<g>`). */
export function drawItems(parent: Element, items: readonly SceneItem[]): void {
  for (const item of items) parent.appendChild(drawItem(item));
}

/** A small `<svg>` of items, hidden from screen readers (the gauge around it says what it shows). */
export function svgOf(
  className: string,
  box: { x: number; y: number; width: number; height: number },
  items: readonly SceneItem[],
  attributes: Record<string, string> = {},
): SVGElement {
  const svg = element('svg', {
    class: className,
    viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
    width: box.width,
    height: box.height,
    ...attributes,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  drawItems(svg, items);
  return svg;
}
