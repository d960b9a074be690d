/**
 * Turns a captured drawing into a standalone SVG file. `<plan-tree>` and `<plan-collaboration>`
 * draw one SVG: it is written as it is. `<plan-gauge>` and `<plan-indicators>` draw HTML around
 * small SVGs (the dials, the grade shapes): their names, grades and facts are set as SVG text
 * here, with the same measuring and line-breaking code as every other label.
 */
import { localize } from '../schema/messages.js';
import { measureText, wrapText } from '../text/index.js';
import { exportMessages as m } from './messages.js';
import { escapeAttribute, escapeText, find, findAll, hasClass, isElement, textAlternative, textOf, writeElement, writeSvgFile, type RawElement } from './svg.js';

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
  if (tag === 'plan-gauge' || tag === 'plan-indicators') return composeGauges(host, context);
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

// ---------------------------------------------------------------------------
// Gauges

const PAD = 12;
const GAP = 16;
const NAME_FONT = 14;
const TEXT_FONT = 12;
const LINE = 1.45;
/** Share of the font size above the baseline. */
const ASCENT = 0.88;

interface Placed {
  width: number;
  height: number;
  body: string;
}

function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function textLine(text: string, x: number, top: number, options: { size: number; color: string; bold?: boolean; anchor?: 'middle'; lang?: string }): string {
  const attrs = [
    `x="${fmt(x)}"`,
    `y="${fmt(top + options.size * ASCENT)}"`,
    `font-size="${fmt(options.size)}"`,
    options.color !== '#000000' ? `fill="${escapeAttribute(options.color)}"` : '',
    options.bold ? 'font-weight="700"' : '',
    options.anchor ? `text-anchor="${options.anchor}"` : '',
    options.lang ? `lang="${escapeAttribute(options.lang)}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeText(text)}</text>`;
}

/** A line of text whose middle (of its capital height) sits at `middle`. */
function textMiddle(text: string, x: number, middle: number, options: Parameters<typeof textLine>[3]): string {
  return textLine(text, x, middle + options.size * 0.36 - options.size * ASCENT, options);
}

/** A small SVG of the drawing (a dial, a grade shape, a sparkline) placed at x, y, scaled to `scale`. */
function nested(svg: RawElement, x: number, y: number, scale = 1): string {
  const box = viewBoxOf(svg);
  const transform = `translate(${fmt(x)} ${fmt(y)})${scale === 1 ? '' : ` scale(${fmt(scale)})`}${box.x || box.y ? ` translate(${fmt(-box.x)} ${fmt(-box.y)})` : ''}`;
  return `<g transform="${transform}">${svg.children.map((child) => (isElement(child) ? writeElement(child) : '')).join('')}</g>`;
}

function colorOf(node: RawElement | undefined, fallback: string): string {
  return opaque(node?.style?.color) ?? fallback;
}

/** The grade shape's colour (its fill, or its outline when hollow). */
function gradeColor(shape: RawElement | undefined, fallback: string): string {
  const path = shape ? find(shape, (n) => n.tag === 'path') : undefined;
  return opaque(path?.style?.fill) ?? opaque(path?.style?.stroke) ?? fallback;
}

/** One gauge as a card: name, dial or bar, grade and progress, facts, trend. */
function card(gauge: RawElement, width: number, lang: string): Placed {
  const inner = width - PAD * 2;
  const text = colorOf(gauge, '#1b1b1b');
  const parts: string[] = [];
  let y = PAD;

  const nameNode = find(gauge, (n) => hasClass(n, 'name'));
  const nameLang = nameNode?.attrs.lang;
  const name = wrapText(nameNode ? textOf(nameNode) : '', { maxWidth: inner, fontSize: NAME_FONT, bold: true, maxLines: 4, lang: nameLang ?? lang });
  for (const line of name.lines) {
    parts.push(textLine(line, PAD, y, { size: NAME_FONT, color: colorOf(nameNode, text), bold: true, ...(nameLang ? { lang: nameLang } : {}) }));
    y += NAME_FONT * LINE;
  }
  y += 6;

  const bar = hasClass(gauge, 'bar');
  const scale = find(gauge, (n) => n.tag === 'svg' && hasClass(n, 'scale'));
  if (scale) {
    const box = viewBoxOf(scale);
    const factor = box.width > inner ? inner / box.width : 1;
    const x = bar ? PAD : PAD + (inner - box.width * factor) / 2;
    parts.push(nested(scale, x, y, factor));
    y += box.height * factor + 6;
  }

  // Grade (shape and word, in a pill of the grade's colour) and progress.
  const grade = find(gauge, (n) => n.attrs.part === 'grade');
  if (grade) {
    const shape = find(grade, (n) => n.tag === 'svg');
    const label = textOf(find(grade, (n) => hasClass(n, 'grade-label')) ?? grade);
    const progressNode = find(gauge, (n) => hasClass(n, 'progress'));
    const progress = progressNode ? textOf(progressNode) : '';
    const size = 13;
    const labelWidth = measureText(label, size, true);
    const pill = 6 + 12 + 4 + labelWidth + 8;
    const total = pill + (progress ? 10 + measureText(progress, size) : 0);
    const x = bar ? PAD : PAD + Math.max(0, (inner - total) / 2);
    const color = gradeColor(shape, text);
    parts.push(`<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(pill)}" height="22" rx="11" fill="none" stroke="${escapeAttribute(color)}" stroke-width="1.5"/>`);
    if (shape) parts.push(nested(shape, x + 6, y + 5));
    parts.push(textMiddle(label, x + 6 + 12 + 4, y + 11, { size, color: text, bold: true }));
    if (progress) parts.push(textMiddle(progress, x + pill + 10, y + 11, { size, color: colorOf(progressNode, text) }));
    y += 22 + 8;
  }

  // Facts: term, then value and detail, wrapped beside it.
  const facts = findAll(gauge, (n) => hasClass(n, 'fact'));
  const terms = facts.map((fact) => find(fact, (n) => n.tag === 'dt'));
  const termWidth = Math.max(0, ...terms.map((term) => (term ? measureText(textOf(term), TEXT_FONT) : 0)));
  for (const [i, fact] of facts.entries()) {
    const term = terms[i];
    const value = find(fact, (n) => n.tag === 'dd');
    const lines = wrapText(value ? textOf(value) : '', { maxWidth: Math.max(40, inner - termWidth - 8), fontSize: TEXT_FONT, lang }).lines;
    if (term) parts.push(textLine(textOf(term), PAD, y, { size: TEXT_FONT, color: colorOf(term, text) }));
    for (const line of lines.length > 0 ? lines : ['']) {
      if (line) parts.push(textLine(line, PAD + termWidth + 8, y, { size: TEXT_FONT, color: colorOf(value, text) }));
      y += TEXT_FONT * LINE;
    }
  }

  // Trend: its word and the sparkline.
  const trend = find(gauge, (n) => hasClass(n, 'trend'));
  const spark = trend ? find(trend, (n) => n.tag === 'svg') : undefined;
  if (trend && spark) {
    const word = textOf(find(trend, (n) => hasClass(n, 'trend-label')) ?? trend);
    const box = viewBoxOf(spark);
    y += 4;
    parts.push(textMiddle(word, PAD, y + box.height / 2, { size: TEXT_FONT, color: colorOf(trend, text) }));
    parts.push(nested(spark, PAD + measureText(word, TEXT_FONT) + 8, y));
    y += box.height;
  }
  y += PAD;
  return { width, height: y, body: parts.join('') };
}

/** Cards in rows of `columns`; each row as tall as its tallest card. */
function grid(cards: Placed[], columns: number, width: number, border: string): Placed {
  const parts: string[] = [];
  let y = 0;
  for (let start = 0; start < cards.length; start += columns) {
    const row = cards.slice(start, start + columns);
    const height = Math.max(...row.map((c) => c.height));
    row.forEach((c, i) => {
      const x = i * (width + GAP);
      parts.push(`<g transform="translate(${fmt(x)} ${fmt(y)})"><rect x="0.5" y="0.5" width="${fmt(width - 1)}" height="${fmt(height - 1)}" rx="8" fill="none" stroke="${escapeAttribute(border)}"/>${c.body}</g>`);
    });
    y += height + GAP;
  }
  return { width: Math.min(cards.length, columns) * (width + GAP) - GAP, height: Math.max(0, y - GAP), body: parts.join('') };
}

function composeGauges(host: RawElement, context: ExportContext): string {
  const { lang } = context;
  const gauges = findAll(host, (n) => (n.attrs.part ?? '').split(/\s+/).includes('gauge'));
  if (gauges.length === 0) throw nothingDrawn(host.tag, lang);
  const bar = gauges.every((g) => hasClass(g, 'bar'));
  const cardWidth = bar ? 320 : 240;
  const columns = host.tag === 'plan-gauge' ? 1 : bar ? 2 : 3;
  const text = colorOf(host, '#1b1b1b');
  const track = find(host, (n) => hasClass(n, 'track'));
  const rule = opaque(track?.style?.stroke) ?? '#7d8590';
  const cellBorder = '#d0d7de';
  const desc = gauges.map((g) => g.attrs['aria-valuetext'] ?? g.attrs['aria-label'] ?? '').filter(Boolean).join('\n');

  if (host.tag === 'plan-gauge') {
    const one = card(gauges[0]!, cardWidth, lang);
    const name = textOf(find(gauges[0]!, (n) => hasClass(n, 'name')) ?? gauges[0]!);
    return writeSvgFile({ box: { x: 0, y: 0, width: one.width, height: one.height }, title: title(host.tag, context, name), desc, lang, background: '#ffffff', body: one.body });
  }

  const margin = 16;
  const width = Math.min(gauges.length, columns) * (cardWidth + GAP) - GAP;
  const parts: string[] = [];
  let y = margin;

  // The summary: how many indicators, and how many in each grade.
  const summary = find(host, (n) => n.attrs.part === 'summary');
  if (summary) {
    const count = find(summary, (n) => hasClass(n, 'count'));
    const items: string[] = [];
    let x = margin + 12;
    const size = 13;
    const middle = y + 17;
    if (count) {
      const words = textOf(count);
      items.push(textMiddle(words, x, middle, { size, color: colorOf(count, text), bold: true }));
      x += measureText(words, size, true) + 20;
    }
    for (const item of findAll(summary, (n) => hasClass(n, 'grade-count'))) {
      const shape = find(item, (n) => n.tag === 'svg');
      const words = `${textOf(find(item, (n) => hasClass(n, 'grade-name')) ?? item)} ${textOf(find(item, (n) => hasClass(n, 'grade-number')) ?? item)}`;
      const itemWidth = 16 + measureText(words, size) + 16;
      if (x + itemWidth > margin + width) break;
      if (shape) items.push(nested(shape, x, middle - 6));
      items.push(textMiddle(words, x + 16, middle, { size, color: text }));
      x += itemWidth;
    }
    parts.push(`<rect x="${margin + 0.5}" y="${y + 0.5}" width="${fmt(width - 1)}" height="34" rx="6" fill="none" stroke="${escapeAttribute(rule)}"/>`, ...items);
    y += 34 + 20;
  }

  // Each goal: its heading with a rule under it, then its gauges.
  for (const group of findAll(host, (n) => n.attrs.part === 'group')) {
    const heading = find(group, (n) => n.attrs.part === 'heading');
    if (heading) {
      const headingLang = heading.attrs.lang;
      const lines = wrapText(textOf(heading), { maxWidth: width, fontSize: 16, bold: true, lang: headingLang ?? lang }).lines;
      for (const line of lines) {
        parts.push(textLine(line, margin, y, { size: 16, color: colorOf(heading, text), bold: true, ...(headingLang ? { lang: headingLang } : {}) }));
        y += 16 * 1.4;
      }
      y += 4;
      parts.push(`<line x1="${margin}" y1="${fmt(y)}" x2="${fmt(margin + width)}" y2="${fmt(y)}" stroke="${escapeAttribute(rule)}" stroke-width="2"/>`);
      y += 10;
    }
    const cards = findAll(group, (n) => (n.attrs.part ?? '').split(/\s+/).includes('gauge')).map((g) => card(g, cardWidth, lang));
    if (cards.length === 0) continue;
    const placed = grid(cards, columns, cardWidth, cellBorder);
    parts.push(`<g transform="translate(${margin} ${fmt(y)})">${placed.body}</g>`);
    y += placed.height + 24;
  }
  return writeSvgFile({ box: { x: 0, y: 0, width: width + margin * 2, height: y - 24 + margin }, title: title(host.tag, context), desc, lang, background: '#ffffff', body: parts.join('') });
}
