/**
 * The slide renderer of a scene: every shape a native, editable DrawingML shape (rectangles and
 * rounded rectangles, ellipses, connectors, custom geometry for paths and polygons) and every
 * text a text frame whose runs name the theme's fonts, scaled to fit a frame on the slide.
 * A group with a key or a text alternative becomes a PowerPoint group whose alt text is that
 * alternative, so that a box moves with its title and a screen reader in PowerPoint reads it.
 */
import type { Scene, SceneItem, SceneStyle, SceneText } from '../scene/types.js';
import { measureText } from '../text/measure.js';
import { parsePath } from './path.js';
import { themeFontRefs } from './package.js';
import { xmlAttr, xmlText } from './xml.js';

/** A scene that cannot be written (a number that is not finite, a colour no reader knows): the figure's code is at fault. */
export class DeckError extends Error {
  override name = 'DeckError';
}

/** A rectangle on the slide, in EMU. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Resolves a scene paint (a theme token, a literal colour) to a CSS colour. */
export type PaintResolver = (paint: string) => string;

/** EMU per point. */
export const EMU_PER_PT = 12_700;
/** EMU per CSS px (96 to the inch). */
export const EMU_PER_PX = 9_525;

/** Numbers a shape of the Noto Sans CJK JP metrics the layout measures with: ascent above the baseline, descent below, in em. */
const ASCENT = 0.88;
const DESCENT = 0.12;

/** Shape ids within one slide (1 is the slide's shape tree). */
export class ShapeIds {
  private next = 2;
  take(): number {
    return this.next++;
  }
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Written {
  xml: string;
  box: Box;
}

const NAMED: Record<string, string> = { white: 'FFFFFF', black: '000000', red: 'FF0000', green: '008000', blue: '0000FF', gray: '808080', grey: '808080' };

/** A CSS colour as DrawingML's `RRGGBB` and an alpha 0..1; `none`/`transparent` as null; undefined when it is no colour this knows. */
export function parseColor(value: string): { hex: string; alpha: number } | null | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return null;
  let m = /^#([0-9a-f]{3,4})$/.exec(v);
  if (m) {
    const [r, g, b, a] = [...m[1]!].map((c) => parseInt(c + c, 16));
    return { hex: hex2(r!) + hex2(g!) + hex2(b!), alpha: a === undefined ? 1 : a / 255 };
  }
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(v);
  if (m) return { hex: m[1]!.toUpperCase(), alpha: m[2] === undefined ? 1 : parseInt(m[2], 16) / 255 };
  m = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const channel = (c: string) => Math.max(0, Math.min(255, Math.round(c.endsWith('%') ? (parseFloat(c) * 255) / 100 : parseFloat(c))));
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { hex: hex2(channel(m[1]!)) + hex2(channel(m[2]!)) + hex2(channel(m[3]!)), alpha: Math.max(0, Math.min(1, alpha)) };
  }
  const named = NAMED[v];
  if (named) return { hex: named, alpha: 1 };
  return undefined;
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0').toUpperCase();
}

function emu(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new DeckError(`deck: ${what} is not a finite number (${value})`);
  return Math.round(value);
}

const LANGS: Record<string, string> = { ja: 'ja-JP', en: 'en-US' };

/** A BCP 47 tag as the `lang` of a text run: `ja` → `ja-JP`, `en` → `en-US`, others as they are. */
export function runLang(lang: string): string {
  return LANGS[lang.toLowerCase()] ?? lang;
}

/** Draws scenes onto slides. One per slide: it numbers the shapes. */
export class SceneRenderer {
  readonly ids = new ShapeIds();
  private scale = 1;
  private dx = 0;
  private dy = 0;
  private lang = 'ja';

  constructor(private readonly paint: PaintResolver) {}

  /** EMU per scene unit when `scene` is fitted into `frame` (the same in both directions). */
  static fit(scene: Pick<Scene, 'width' | 'height'>, frame: Frame): number {
    return Math.min(frame.width / scene.width, frame.height / scene.height);
  }

  /**
   * The scene's shapes, scaled to fit `frame` (centred in it), as DrawingML; `scale` overrides the
   * fit (EMU per scene unit), e.g. to keep several figures on one slide at the same size.
   */
  render(scene: Scene, frame: Frame, scale = SceneRenderer.fit(scene, frame)): string {
    if (!(scene.width > 0 && scene.height > 0)) throw new DeckError(`deck: the scene "${scene.title}" has no size`);
    this.scale = scale;
    this.dx = frame.x + (frame.width - scene.width * scale) / 2;
    this.dy = frame.y + (frame.height - scene.height * scale) / 2;
    this.lang = scene.lang;
    let xml = '';
    if (scene.background && scene.background !== 'none') {
      const color = this.color(scene.background);
      if (color && !(color.hex === 'FFFFFF' && color.alpha === 1))
        xml += this.item({ type: 'rect', x: 0, y: 0, width: scene.width, height: scene.height, fill: scene.background }, 0, 0)?.xml ?? '';
    }
    for (const item of scene.items) xml += this.item(item, 0, 0)?.xml ?? '';
    return xml;
  }

  private X(x: number): number {
    return this.dx + x * this.scale;
  }

  private Y(y: number): number {
    return this.dy + y * this.scale;
  }

  private color(paint: string | undefined): { hex: string; alpha: number } | null {
    if (paint === undefined || paint === 'none') return null;
    let resolved: string;
    try {
      resolved = this.paint(paint);
    } catch (error) {
      throw new DeckError(`deck: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = parseColor(resolved);
    if (parsed === undefined) throw new DeckError(`deck: colour "${resolved}" (${paint}) cannot be written to a slide`);
    return parsed;
  }

  private solid(paint: string | undefined, opacity: number): string {
    const c = this.color(paint);
    if (!c) return '<a:noFill/>';
    const alpha = Math.max(0, Math.min(1, c.alpha * opacity));
    return `<a:solidFill><a:srgbClr val="${c.hex}">${alpha < 1 ? `<a:alpha val="${Math.round(alpha * 100_000)}"/>` : ''}</a:srgbClr></a:solidFill>`;
  }

  private fillOpacity(item: SceneStyle): number {
    const own = (item as { fillOpacity?: number | string }).fillOpacity;
    let fill = 1;
    if (typeof own === 'number') fill = own;
    else if (typeof own === 'string') fill = Number(this.paint(own));
    if (!Number.isFinite(fill)) fill = 1;
    return (item.opacity ?? 1) * fill;
  }

  /** `a:ln`: SVG's default is no stroke. */
  private line(item: SceneStyle): string {
    const color = this.color(item.stroke);
    if (!color) return '<a:ln><a:noFill/></a:ln>';
    const width = item.strokeWidth ?? 1;
    const w = Math.max(0, emu(width * this.scale, 'stroke width'));
    const style = item as { lineCap?: string; lineJoin?: string };
    const cap = style.lineCap === 'round' ? ' cap="rnd"' : style.lineCap === 'square' ? ' cap="sq"' : '';
    let dash = '';
    if (item.dash && item.dash.length > 0 && width > 0) {
      const pattern = item.dash.length % 2 === 1 ? [...item.dash, ...item.dash] : item.dash;
      let ds = '';
      for (let i = 0; i < pattern.length; i += 2)
        ds += `<a:ds d="${Math.max(1, Math.round((pattern[i]! / width) * 100_000))}" sp="${Math.max(1, Math.round((pattern[i + 1]! / width) * 100_000))}"/>`;
      dash = `<a:custDash>${ds}</a:custDash>`;
    }
    const join = style.lineJoin === 'round' ? '<a:round/>' : style.lineJoin === 'bevel' ? '<a:bevel/>' : '';
    return `<a:ln w="${w}"${cap}>${this.solid(item.stroke, item.opacity ?? 1)}${dash}${join}</a:ln>`;
  }

  private nv(kind: 'sp' | 'cxnSp', name: string, textBox = false): string {
    const id = this.ids.take();
    const cNvPr = `<p:cNvPr id="${id}" name="${xmlAttr(name)} ${id}"/>`;
    return kind === 'sp' ? `<p:nvSpPr>${cNvPr}<p:cNvSpPr${textBox ? ' txBox="1"' : ''}/><p:nvPr/></p:nvSpPr>` : `<p:nvCxnSpPr>${cNvPr}<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>`;
  }

  private xfrm(box: Box, flip = ''): string {
    return `<a:xfrm${flip}><a:off x="${emu(box.x0, 'x')}" y="${emu(box.y0, 'y')}"/><a:ext cx="${Math.max(0, emu(box.x1 - box.x0, 'width'))}" cy="${Math.max(0, emu(box.y1 - box.y0, 'height'))}"/></a:xfrm>`;
  }

  private item(item: SceneItem, ox: number, oy: number): Written | null {
    switch (item.type) {
      case 'rect': {
        if (!(item.width > 0 && item.height > 0)) return null;
        const box = { x0: this.X(ox + item.x), y0: this.Y(oy + item.y), x1: this.X(ox + item.x + item.width), y1: this.Y(oy + item.y + item.height) };
        const r = Math.min(item.r ?? 0, item.width / 2, item.height / 2);
        const geometry =
          r > 0
            ? `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val ${Math.round((r / Math.min(item.width, item.height)) * 100_000)}"/></a:avLst></a:prstGeom>`
            : '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>';
        return { box, xml: this.shape(r > 0 ? 'Rounded Rectangle' : 'Rectangle', box, geometry, item) };
      }
      case 'circle': {
        if (!(item.r > 0)) return null;
        const box = { x0: this.X(ox + item.cx - item.r), y0: this.Y(oy + item.cy - item.r), x1: this.X(ox + item.cx + item.r), y1: this.Y(oy + item.cy + item.r) };
        return { box, xml: this.shape('Oval', box, '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>', item) };
      }
      case 'line': {
        const x1 = this.X(ox + item.x1);
        const y1 = this.Y(oy + item.y1);
        const x2 = this.X(ox + item.x2);
        const y2 = this.Y(oy + item.y2);
        const box = { x0: Math.min(x1, x2), y0: Math.min(y1, y2), x1: Math.max(x1, x2), y1: Math.max(y1, y2) };
        const flip = `${x2 < x1 ? ' flipH="1"' : ''}${y2 < y1 ? ' flipV="1"' : ''}`;
        const xml = `<p:cxnSp>${this.nv('cxnSp', 'Straight Connector')}<p:spPr>${this.xfrm(box, flip)}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>${this.line(item)}</p:spPr></p:cxnSp>`;
        return { box, xml };
      }
      case 'path': {
        let commands;
        try {
          commands = parsePath(item.d);
        } catch (error) {
          throw new DeckError(`deck: ${error instanceof Error ? error.message : String(error)}`);
        }
        return this.custom(
          'Freeform',
          commands.map((c) => ({ op: c.op, pts: c.pts.map(([x, y]) => [this.X(ox + x), this.Y(oy + y)] as [number, number]) })),
          item,
        );
      }
      case 'polygon': {
        if (item.points.length < 2) return null;
        const pts = item.points.map(([x, y]) => [this.X(ox + x), this.Y(oy + y)] as [number, number]);
        return this.custom('Freeform', [{ op: 'M', pts: [pts[0]!] }, ...pts.slice(1).map((p) => ({ op: 'L' as const, pts: [p] })), { op: 'Z', pts: [] }], item);
      }
      case 'text':
        return this.text(item, ox, oy);
      case 'group': {
        const gx = ox + (item.x ?? 0);
        const gy = oy + (item.y ?? 0);
        const children = item.children.map((child) => this.item(child, gx, gy)).filter((c): c is Written => c !== null);
        if (children.length === 0) return null;
        const box = children.reduce(
          (b, c) => ({ x0: Math.min(b.x0, c.box.x0), y0: Math.min(b.y0, c.box.y0), x1: Math.max(b.x1, c.box.x1), y1: Math.max(b.y1, c.box.y1) }),
          children[0]!.box,
        );
        const inner = children.map((c) => c.xml).join('');
        // A group only where it stands for something (a node, an indicator): the others would just nest.
        if (item.key === undefined && !item.label) return { box, xml: inner };
        const id = this.ids.take();
        const name = `${item.part ?? 'group'} ${item.key ?? id}`;
        const off = `<a:off x="${emu(box.x0, 'x')}" y="${emu(box.y0, 'y')}"/><a:ext cx="${emu(box.x1 - box.x0, 'width')}" cy="${emu(box.y1 - box.y0, 'height')}"/>`;
        const ch = `<a:chOff x="${emu(box.x0, 'x')}" y="${emu(box.y0, 'y')}"/><a:chExt cx="${emu(box.x1 - box.x0, 'width')}" cy="${emu(box.y1 - box.y0, 'height')}"/>`;
        const xml = `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${xmlAttr(name)}"${item.label ? ` descr="${xmlAttr(item.label)}"` : ''}/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${off}${ch}</a:xfrm></p:grpSpPr>${inner}</p:grpSp>`;
        return { box, xml };
      }
    }
  }

  private shape(name: string, box: Box, geometry: string, style: SceneStyle): string {
    // SVG's default fill is black: a scene that wants none says `none`.
    return `<p:sp>${this.nv('sp', name)}<p:spPr>${this.xfrm(box)}${geometry}${this.solid(style.fill ?? '#000000', this.fillOpacity(style))}${this.line(style)}</p:spPr></p:sp>`;
  }

  private custom(name: string, commands: { op: string; pts: [number, number][] }[], style: SceneStyle): Written | null {
    if (commands.length === 0) return null;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const c of commands) {
      for (const [x, y] of c.pts) {
        if (!Number.isFinite(x) || !Number.isFinite(y)) throw new DeckError('deck: a path point is not a finite number');
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
    if (x0 === Infinity) return null;
    const box = { x0: Math.round(x0), y0: Math.round(y0), x1: Math.max(Math.round(x0) + 1, Math.round(x1)), y1: Math.max(Math.round(y0) + 1, Math.round(y1)) };
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    const pt = ([x, y]: [number, number]) => `<a:pt x="${Math.round(x) - box.x0}" y="${Math.round(y) - box.y0}"/>`;
    let path = '';
    for (const c of commands) {
      if (c.op === 'M') path += `<a:moveTo>${pt(c.pts[0]!)}</a:moveTo>`;
      else if (c.op === 'L') path += `<a:lnTo>${pt(c.pts[0]!)}</a:lnTo>`;
      else if (c.op === 'C') path += `<a:cubicBezTo>${c.pts.map(pt).join('')}</a:cubicBezTo>`;
      else if (c.op === 'Q') path += `<a:quadBezTo>${c.pts.map(pt).join('')}</a:quadBezTo>`;
      else path += '<a:close/>';
    }
    const filled = style.fill !== 'none';
    const geometry = `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${w}" h="${h}"${filled ? '' : ' fill="none"'}>${path}</a:path></a:pathLst></a:custGeom>`;
    return { box, xml: this.shape(name, box, geometry, style) };
  }

  /**
   * A text frame around the layout's lines: the lines stay the layout's (a line break between
   * them), the frame as wide as the layout's box (a little wider, so that a font with other
   * metrics does not wrap a line again) and centred on the lines' ink, so that each baseline
   * lands where the layout put it.
   */
  private text(item: SceneText, ox: number, oy: number): Written | null {
    const lines = item.lines.filter((l) => l.text !== '');
    if (lines.length === 0) return null;
    const fs = item.fontSize;
    if (!(fs > 0)) return null;
    const n = item.lines.length;
    const first = item.lines[0]!;
    const last = item.lines[n - 1]!;
    const widest = Math.max(...item.lines.map((l) => measureText(l.text, fs, item.bold === true)));
    let gap: number;
    let box: Box;
    let algn: string;
    if (item.vertical) {
      gap = n > 1 ? Math.abs(first.x - last.x) / (n - 1) : fs * 1.5;
      const cx = (first.x + last.x) / 2;
      const width = n * gap + fs * 0.5;
      const height = Math.max(item.box?.height ?? 0, widest) * 1.05 + fs;
      box = { x0: cx - width / 2, y0: Math.min(...item.lines.map((l) => l.y)) - fs * 0.5, x1: cx + width / 2, y1: 0 };
      box.y1 = box.y0 + height;
      algn = 'l';
    } else {
      gap = n > 1 ? (last.y - first.y) / (n - 1) : Math.max(fs * 1.25, item.box && n === 1 ? Math.min(item.box.height, fs * 1.5) : 0);
      // The middle of the lines' em boxes; the frame is centred on it and its text anchored in the middle.
      // Less a tenth of an em: readers set a line of exact spacing a little below its middle (seen in LibreOffice's PDF).
      const cy = (first.y + last.y) / 2 - ((ASCENT - DESCENT) / 2 + 0.1) * fs;
      const height = Math.max(n * gap, item.box?.height ?? 0) + fs * 0.6;
      const width = Math.max(item.box?.width ?? 0, widest) * 1.04 + fs * 0.6;
      const anchor = item.anchor ?? 'start';
      const x = first.x;
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      box = { x0: left, y0: cy - height / 2, x1: left + width, y1: cy + height / 2 };
      algn = anchor === 'middle' ? 'ctr' : anchor === 'end' ? 'r' : 'l';
    }
    const frame = { x0: this.X(ox + box.x0), y0: this.Y(oy + box.y0), x1: this.X(ox + box.x1), y1: this.Y(oy + box.y1) };
    const lang = runLang(item.lang ?? this.lang);
    const sz = Math.max(100, Math.min(400_000, Math.round(((fs * this.scale) / EMU_PER_PT) * 100)));
    const spacing = Math.max(0, Math.min(158_400, Math.round(((gap * this.scale) / EMU_PER_PT) * 100)));
    const rPr = `<a:rPr lang="${xmlAttr(lang)}"${lang === 'ja-JP' ? ' altLang="en-US"' : ''} sz="${sz}"${item.bold ? ' b="1"' : ' b="0"'} dirty="0">${this.solid(item.fill ?? '#000000', this.fillOpacity(item))}${themeFontRefs()}</a:rPr>`;
    const runs = item.lines.map((l) => `<a:r>${rPr}<a:t>${xmlText(l.text)}</a:t></a:r>`).join(`<a:br>${rPr}</a:br>`);
    const bodyPr = `<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" rtlCol="0"${item.vertical ? ' vert="eaVert"' : ''}><a:noAutofit/></a:bodyPr>`;
    const para = `<a:p><a:pPr algn="${algn}"><a:lnSpc><a:spcPts val="${spacing}"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>${runs}</a:p>`;
    const xml = `<p:sp>${this.nv('sp', 'TextBox', true)}<p:spPr>${this.xfrm(frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>${bodyPr}<a:lstStyle/>${para}</p:txBody></p:sp>`;
    return { box: frame, xml };
  }
}
