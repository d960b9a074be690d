/**
 * The SVG file renderer: a scene as a standalone SVG string. The browser's `toSVG()` and the
 * command line call this same function, so the same scene gives the same bytes in both.
 *
 * - Every paint is resolved to a colour here (tokens through the page's overrides, else the
 *   theme's value in the scheme), so the file needs no CSS and opens the same in any reader.
 * - Text is placed by the layout, one `<text>` per line at its `y` (alphabetic baseline); no `dominant-baseline`,
 *   which librsvg, LibreOffice and PowerPoint do not honour.
 * - Plan text is data: every text and attribute is XML-escaped, characters XML cannot hold are
 *   dropped, and nothing is ever written as markup.
 * - Numbers are rounded to 0.01 (path data included), one spelling each (`-0` is `0`).
 */
import { resolvePaint, type ResolveOptions, type Theme } from '../theme/define.js';
import { FONT_FAMILY } from '../text/measure.js';
import type { Scene, SceneItem, SceneStyle, SceneText } from './types.js';

/** A scene whose numbers cannot be written (NaN, Infinity): the figure's code is at fault, and no file is better than a broken one. */
export class SceneError extends Error {
  override name = 'SceneError';
}

/** A number as written in the file: rounded to 0.01, no `-0`. */
export function formatNumber(value: number, what = 'number'): string {
  if (!Number.isFinite(value)) throw new SceneError(`scene: ${what} is not a finite number (${value})`);
  if (Math.abs(value) >= 1e15) return String(value);
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

const NUMBER_IN_PATH = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Path data with every number rounded like {@link formatNumber}. */
export function formatPath(d: string): string {
  return d.replace(NUMBER_IN_PATH, (n) => formatNumber(Number(n), 'path data'));
}

// Control characters (other than tab, newline, return), U+FFFE/U+FFFF and lone surrogates cannot be in an XML file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content of an element: `&`, `<`, `>` escaped, characters XML cannot hold dropped. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value inside double quotes; newlines and tabs kept as character references. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

type Attrs = [string, string | number | undefined][];

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of attrs) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? formatNumber(value, name) : escapeAttribute(value)}"`;
  }
  return out;
}

class Writer {
  constructor(
    private readonly theme: Theme,
    private readonly options: ResolveOptions,
    private readonly lang: string,
  ) {}

  paint(paint: string | undefined): string | undefined {
    return paint === undefined ? undefined : resolvePaint(paint, this.theme, this.options);
  }

  style(item: SceneStyle): Attrs {
    const fillOpacity = typeof item.fillOpacity === 'string' ? Number(resolvePaint(item.fillOpacity, this.theme, this.options)) : item.fillOpacity;
    return [
      ['fill', this.paint(item.fill)],
      ['fill-opacity', fillOpacity],
      ['stroke', this.paint(item.stroke)],
      ['stroke-width', item.strokeWidth],
      ['stroke-dasharray', item.dash && item.dash.length > 0 ? item.dash.map((n) => formatNumber(n, 'dash')).join(' ') : undefined],
      ['stroke-linecap', item.lineCap],
      ['stroke-linejoin', item.lineJoin],
      ['opacity', item.opacity],
    ];
  }

  text(item: SceneText): string {
    const head = attributes([
      ['font-size', item.fontSize],
      ['font-weight', item.bold ? 'bold' : undefined],
      ['text-anchor', item.anchor && item.anchor !== 'start' ? item.anchor : undefined],
      ['writing-mode', item.vertical ? 'vertical-rl' : undefined],
      ['lang', item.lang && item.lang !== this.lang ? item.lang : undefined],
      ...this.style(item),
    ]);
    // One <text> per line, each placed at its own baseline: every reader sets it the same way.
    return item.lines
      .map(
        (line) =>
          `<text${attributes([
            ['x', line.x],
            ['y', line.y],
          ])}${head}>${escapeText(line.text)}</text>`,
      )
      .join('');
  }

  item(item: SceneItem): string {
    switch (item.type) {
      case 'rect':
        return `<rect${attributes([['x', item.x], ['y', item.y], ['width', item.width], ['height', item.height], ['rx', item.r || undefined], ...this.style(item)])}/>`;
      case 'circle':
        return `<circle${attributes([['cx', item.cx], ['cy', item.cy], ['r', item.r], ...this.style(item)])}/>`;
      case 'line':
        return `<line${attributes([['x1', item.x1], ['y1', item.y1], ['x2', item.x2], ['y2', item.y2], ...this.style(item)])}/>`;
      case 'path':
        return `<path${attributes([['d', formatPath(item.d)], ...this.style(item)])}/>`;
      case 'polygon':
        return `<polygon${attributes([['points', item.points.map(([x, y]) => `${formatNumber(x, 'point')},${formatNumber(y, 'point')}`).join(' ')], ...this.style(item)])}/>`;
      case 'text':
        return this.text(item);
      case 'group': {
        const x = item.x ?? 0;
        const y = item.y ?? 0;
        const scale = item.scale !== undefined && item.scale !== 1 ? `scale(${Math.round(item.scale * 10000) / 10000})` : '';
        const transform = x !== 0 || y !== 0 ? `translate(${formatNumber(x, 'group x')},${formatNumber(y, 'group y')})${scale && ` ${scale}`}` : scale || undefined;
        const inner = item.children.map((child) => this.item(child)).join('');
        return `<g${attributes([['transform', transform]])}>${inner}</g>`;
      }
    }
  }
}

/**
 * A scene as a standalone SVG file: XML declaration, size and viewBox, `<title>` and `<desc>`
 * (the figure's text alternative), the font stack the text was measured with, the background,
 * then the items in order, one top-level item per line.
 *
 * @param theme the theme the scene's tokens belong to (`scene.theme` names it)
 * @param options the colour scheme (default light, as printed) and the page's own token values
 */
export function sceneToSVG(scene: Scene, theme: Theme, options: ResolveOptions = {}): string {
  if (scene.theme !== theme.element) throw new SceneError(`scene: drawn with the ${scene.theme} theme, not ${theme.element}`);
  const writer = new Writer(theme, options, scene.lang);
  const w = formatNumber(scene.width, 'width');
  const h = formatNumber(scene.height, 'height');
  const background = scene.background && scene.background !== 'none' ? `<rect width="${w}" height="${h}" fill="${escapeAttribute(writer.paint(scene.background)!)}"/>\n` : '';
  const body = scene.items.map((item) => `${writer.item(item)}\n`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="title desc"` +
    ` lang="${escapeAttribute(scene.lang)}" font-family="${escapeAttribute(FONT_FAMILY)}">\n` +
    `<title id="title">${escapeText(scene.title)}</title>\n<desc id="desc">${escapeText(scene.description)}</desc>\n` +
    background +
    body +
    `</svg>\n`
  );
}
