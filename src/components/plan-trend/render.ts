import type { Paint, Scene, SceneItem } from '../../scene/types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A paint as CSS: a token becomes `var(--token, default)`, so that pages can restyle it. */
function paint(value: Paint | undefined, defaults: Record<string, string>): string | null {
  if (value === undefined) return null;
  return value.startsWith('--') ? `var(${value}, ${defaults[value] ?? 'currentColor'})` : value;
}

function shape(item: SceneItem, defaults: Record<string, string>): SVGElement {
  const set = (el: SVGElement, attrs: Record<string, string | number | undefined>) => {
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
    return el;
  };
  let el: SVGElement;
  switch (item.type) {
    case 'group':
      el = set(document.createElementNS(SVG_NS, 'g'), { transform: item.x || item.y ? `translate(${item.x ?? 0},${item.y ?? 0})` : undefined, part: item.part });
      for (const child of item.children) el.appendChild(shape(child, defaults));
      return el;
    case 'text':
      el = set(document.createElementNS(SVG_NS, 'text'), { 'font-size': item.fontSize, 'text-anchor': item.anchor, 'font-weight': item.bold ? 700 : undefined, lang: item.lang });
      for (const line of item.lines) {
        const span = set(document.createElementNS(SVG_NS, 'tspan'), { x: line.x, y: line.y });
        span.textContent = line.text;
        el.appendChild(span);
      }
      break;
    case 'rect':
      el = set(document.createElementNS(SVG_NS, 'rect'), { x: item.x, y: item.y, width: item.width, height: item.height, rx: item.r });
      break;
    case 'circle':
      el = set(document.createElementNS(SVG_NS, 'circle'), { cx: item.cx, cy: item.cy, r: item.r });
      break;
    case 'line':
      el = set(document.createElementNS(SVG_NS, 'line'), { x1: item.x1, y1: item.y1, x2: item.x2, y2: item.y2 });
      break;
    case 'path':
      el = set(document.createElementNS(SVG_NS, 'path'), { d: item.d });
      break;
    case 'polygon':
      el = set(document.createElementNS(SVG_NS, 'polygon'), { points: item.points.map((p) => p.join(',')).join(' ') });
      break;
  }
  // Styles through the CSSOM (allowed under a strict Content-Security-Policy), so that var() works.
  const fill = paint(item.fill, defaults);
  const stroke = paint(item.stroke, defaults);
  el.style.fill = fill ?? (item.type === 'text' ? 'currentColor' : 'none');
  if (stroke) el.style.stroke = stroke;
  if (item.strokeWidth !== undefined) el.setAttribute('stroke-width', String(item.strokeWidth));
  if (item.dash) el.setAttribute('stroke-dasharray', item.dash.join(' '));
  if (item.opacity !== undefined) el.setAttribute('opacity', String(item.opacity));
  if (item.part) el.setAttribute('part', item.part);
  return el;
}

/**
 * The scene as live SVG: a figure (`role="img"`) named by the scene's title and described by
 * its description. Plan text only becomes text nodes.
 */
export function sceneToSvgElement(scene: Scene, defaults: Record<string, string>, id: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  const title = document.createElementNS(SVG_NS, 'title');
  title.id = `${id}-title`;
  title.textContent = scene.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.id = `${id}-desc`;
  desc.textContent = scene.description;
  svg.append(title, desc);
  for (const item of scene.items) svg.appendChild(shape(item, defaults));
  return svg;
}
