/**
 * Turns a captured drawing into a standalone SVG file. `<plan-tree>` and `<plan-collaboration>`
 * draw one SVG: it is written as it is. (`<plan-gauge>` and `<plan-indicators>` write their file
 * from their scene: src/components/plan-indicators/file.ts.)
 */
import { localize } from '../schema/messages.js';
import { exportMessages as m } from './messages.js';
import { find, findAll, hasClass, isElement, textAlternative, writeElement, writeSvgFile, type RawElement } from './svg.js';

/** What the file says about itself besides the drawing. */
export interface ExportContext {
  /** The plan's title in the display language. */
  planTitle: string;
  /** The display language. */
  lang: string;
}

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

function viewBoxOf(svg: RawElement): Frame {
  const [x = 0, y = 0, width = 0, height = 0] = (svg.attrs.viewBox ?? '').split(/[\s,]+/).map(Number);
  const w = Number.isFinite(width) && width > 0 ? width : Number(svg.attrs.width) || 0;
  const h = Number.isFinite(height) && height > 0 ? height : Number(svg.attrs.height) || 0;
  return { x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0, width: w, height: h };
}

function opaque(color: string | undefined): string | undefined {
  return color && color !== 'transparent' && color !== 'none' ? color : undefined;
}

function nothingDrawn(tag: string, lang: string): Error {
  return new Error(localize(m.nothingDrawn(tag), lang));
}

function title(tag: string, context: ExportContext, subject?: string): string {
  const view = subject ?? localize(m.views[tag] ?? { ja: '', en: '' }, context.lang);
  return localize(m.title(context.planTitle, view), context.lang);
}

/**
 * The standalone SVG of a captured element: `host` is the element with its shadow content as
 * children (interaction state already removed, each element's style resolved).
 */
export function exportCaptured(host: RawElement, context: ExportContext): string {
  const tag = host.tag;
  const outermost = findAll(host, (n) => n.tag === 'svg').filter((svg, _, all) => !all.some((other) => other !== svg && find(other, (n) => n === svg)));
  // A drawing made of bands (a large tree, one SVG per band) is put back together.
  const bands = outermost.filter((svg) => hasClass(svg, 'band'));
  const svgs = bands.length > 0 ? bands : outermost.slice(0, 1);
  const first = svgs[0];
  if (!first) throw nothingDrawn(tag, context.lang);
  const boxes = svgs.map(viewBoxOf);
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  // The background is the drawing's, else the nearest box's around it.
  const around: RawElement[] = [];
  for (let node: RawElement | undefined = first; node && node !== host; ) {
    const up: RawElement | undefined = find(host, (n) => n.children.includes(node!));
    around.push(up ?? host);
    node = up;
  }
  const seen = new Set<string>();
  return writeSvgFile({
    box: { x: boxes[0]!.x, y: top, width: boxes[0]!.width, height: bottom - top },
    title: title(tag, context),
    desc: textAlternative(host),
    lang: context.lang,
    background: [first, ...around].map((n) => opaque(n.style?.['background-color'])).find(Boolean) ?? '#ffffff',
    body: svgs.map((svg) => svg.children.map((child) => (isElement(child) ? writeElement(child, seen) : '')).join('')).join(''),
  });
}
