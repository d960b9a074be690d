/**
 * The deck's own text: each slide's title (the layout's title placeholder, so that PowerPoint's
 * outline and its accessibility checker know the slide's name) and body text frames of headed
 * paragraphs. Sizes are chosen with the same line breaking the figures use, so that a frame is
 * known to hold its text before it is written; long text goes on over more slides.
 */
import { wrapLines } from '../text/wrap.js';
import { EMU_PER_PX, runLang, type ShapeIds } from './render.js';
import { themeFontRefs } from './package.js';
import { xmlAttr, xmlText } from './xml.js';

/** A rectangle in slide px (96 to the inch; a 16:9 slide is 1280 × 720). */
export interface PxFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Line height of the deck's own text, in em. */
export const LINE_HEIGHT = 1.3;
/** Share of a frame's width the text is broken to: a font with other metrics than the layout's (BIZ UDPGothic on a council PC) then still fits. */
const WIDTH_SLACK = 0.92;

function xfrm(f: PxFrame): string {
  const e = (n: number) => Math.round(n * EMU_PER_PX);
  return `<a:xfrm><a:off x="${e(f.x)}" y="${e(f.y)}"/><a:ext cx="${e(f.width)}" cy="${e(f.height)}"/></a:xfrm>`;
}

function pt100(px: number): number {
  return Math.round(px * 75);
}

function rPr(lang: string, px: number, bold: boolean, color: string): string {
  const tag = runLang(lang);
  return `<a:rPr lang="${xmlAttr(tag)}"${tag === 'ja-JP' ? ' altLang="en-US"' : ''} sz="${pt100(px)}" b="${bold ? 1 : 0}" dirty="0"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${themeFontRefs()}</a:rPr>`;
}

/** The largest size (px) of `sizes` at which `text` takes at most `maxLines` lines in `width`; its lines too. */
export function fitText(
  text: string,
  width: number,
  height: number,
  sizes: readonly number[],
  lang: string,
  bold: boolean,
  maxLines = Infinity,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const { lines } = wrapLines(text, { maxWidth: width * WIDTH_SLACK, fontSize: size, lang, bold });
    if (lines.length <= maxLines && lines.length * size * LINE_HEIGHT <= height) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  return { size, lines: wrapLines(text, { maxWidth: width * WIDTH_SLACK, fontSize: size, lang, bold }).lines };
}

/** The slide's title, in the title placeholder: as large as fits in two lines (from 36 px down to 20 px). */
export function titleShape(
  ids: ShapeIds,
  text: string,
  frame: PxFrame,
  lang: string,
  color: string,
  sizes: readonly number[] = [36, 32, 28, 24, 22, 20],
  align: 'l' | 'ctr' = 'l',
): string {
  const { size } = fitText(text, frame.width, frame.height, sizes, lang, true, 2);
  const id = ids.take();
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Title ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(frame)}</p:spPr><p:txBody><a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/>` +
    `<a:p><a:pPr algn="${align}"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc></a:pPr><a:r>${rPr(lang, size, true, color)}<a:t>${xmlText(text)}</a:t></a:r></a:p></p:txBody></p:sp>`
  );
}

/** One paragraph of a body frame. */
export interface BodyParagraph {
  text: string;
  /** A bullet before it (the items of a section). */
  bullet?: boolean;
  bold?: boolean;
  /** Size in px; default the frame's. */
  size?: number;
  color?: string;
  align?: 'l' | 'ctr';
}

/** The height (px) a paragraph takes in a frame `width` wide. */
export function paragraphHeight(p: BodyParagraph, width: number, size: number, lang: string): number {
  const px = p.size ?? size;
  const indent = p.bullet ? px * 1.2 : 0;
  const lines = wrapLines(p.text, { maxWidth: (width - indent) * WIDTH_SLACK, fontSize: px, lang, bold: p.bold === true }).lines.length;
  return Math.max(1, lines) * px * LINE_HEIGHT + px * 0.5;
}

/** Splits a paragraph too tall for one frame into pieces that fit, at line breaks. */
export function splitParagraph(p: BodyParagraph, width: number, height: number, size: number, lang: string): BodyParagraph[] {
  const px = p.size ?? size;
  const indent = p.bullet ? px * 1.2 : 0;
  const lines = wrapLines(p.text, { maxWidth: (width - indent) * WIDTH_SLACK, fontSize: px, lang, bold: p.bold === true }).lines;
  const perFrame = Math.max(1, Math.floor((height - px * 0.5) / (px * LINE_HEIGHT)));
  const pieces: BodyParagraph[] = [];
  for (let i = 0; i < lines.length; i += perFrame) {
    // Latin text was broken at spaces, which wrapping dropped; Japanese text has none to restore.
    const joiner = /[A-Za-z0-9]$/.test(lines[i]!) ? ' ' : '';
    pieces.push({ ...p, text: lines.slice(i, i + perFrame).join(joiner), bullet: i === 0 ? p.bullet : false });
  }
  return pieces;
}

/** A text frame of paragraphs, top-aligned, broken by the reader's program (the text was measured to fit). */
export function bodyShape(ids: ShapeIds, paragraphs: readonly BodyParagraph[], frame: PxFrame, size: number, lang: string, color: string, name = 'Text'): string {
  const id = ids.take();
  const body = paragraphs
    .map((p) => {
      const px = p.size ?? size;
      const bullet = p.bullet ? `<a:buFont typeface="Arial"/><a:buChar char="•"/>` : '<a:buNone/>';
      const indent = p.bullet ? ` marL="${Math.round(px * 1.2 * EMU_PER_PX)}" indent="${-Math.round(px * 1.2 * EMU_PER_PX)}"` : ' marL="0" indent="0"';
      const pPr = `<a:pPr${indent} algn="${p.align ?? 'l'}"><a:lnSpc><a:spcPts val="${pt100(px * LINE_HEIGHT)}"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="${pt100(px * 0.5)}"/></a:spcAft>${bullet}</a:pPr>`;
      return `<a:p>${pPr}<a:r>${rPr(lang, px, p.bold === true, p.color ?? color)}<a:t>${xmlText(p.text)}</a:t></a:r></a:p>`;
    })
    .join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlAttr(name)} ${id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm(frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>${body}</p:txBody></p:sp>`
  );
}

/**
 * Paragraphs laid into frames of `height`: as many as fit on each, a paragraph too tall for one
 * split at its line breaks. Every frame gets at least one piece.
 */
export function paginate(paragraphs: readonly BodyParagraph[], width: number, height: number, size: number, lang: string): BodyParagraph[][] {
  const pages: BodyParagraph[][] = [];
  let page: BodyParagraph[] = [];
  let used = 0;
  const pieces = paragraphs.flatMap((p) => (paragraphHeight(p, width, size, lang) > height ? splitParagraph(p, width, height, size, lang) : [p]));
  for (const p of pieces) {
    const h = paragraphHeight(p, width, size, lang);
    if (page.length > 0 && used + h > height) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(p);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
