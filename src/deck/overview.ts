/**
 * The 概要版's figures for slides: the period bar and the 位置づけ diagram are the overview's own
 * scenes (plan-overview's pure layouts) at the width that comes out largest on the slide; the
 * timeline (国の動向) is laid out here in slide px, events oldest first, planned ones marked,
 * over as many slides as it takes at a size read from the back of the room.
 */
import { formatPartialDate } from '../components/plan-overview/dates.js';
import { overviewMessages as m } from '../components/plan-overview/messages.js';
import { periodScene } from '../components/plan-overview/period-layout.js';
import { relationsScene } from '../components/plan-overview/relations-layout.js';
import { localize } from '../schema/messages.js';
import { resolveText } from '../schema/text.js';
import type { Period, PlanDocument, Text, TimelineEvent } from '../schema/types.js';
import type { Paint, Scene, SceneItem } from '../scene/types.js';
import { wrapLines } from '../text/wrap.js';
import type { PxFrame } from './text-frame.js';

function fit(scene: Pick<Scene, 'width' | 'height'>, frame: PxFrame): number {
  return Math.min(frame.width / scene.width, frame.height / scene.height);
}

/** The year cells' text at most this size on the slide (px): the bar is a heading, not a poster. */
const PERIOD_MAX_TEXT = 32;

/**
 * The period bar for a frame `width` px wide: as wide as the cells need for their largest text
 * (14 px at 78.4 px a year, periodScene's rule), and no wider than puts that text past 32 px.
 */
export function periodFigure(period: Period, options: { lang: string; today: number; title: string; width: number }): Scene {
  const years = Math.max(1, period.to - period.from + 1);
  const width = Math.max(years * 14 * 5.6, (14 * options.width) / PERIOD_MAX_TEXT);
  return periodScene(period, { width, lang: options.lang, today: options.today, title: options.title });
}

/** The 位置づけ diagram at the width of those tried that comes out largest in the frame. */
export function relationsFigure(plan: PlanDocument, options: { lang: string; frame: PxFrame }): Scene {
  let best: Scene | undefined;
  for (const width of [640, 760, 900, 1040, 1200]) {
    const scene = relationsScene(plan, { width, lang: options.lang });
    if (!best || fit(scene, options.frame) > fit(best, options.frame) + 1e-9) best = scene;
  }
  return best!;
}

/** Sizes of the timeline on a slide, in px (a 16:9 slide is 1280 × 720). */
const T = { date: 22, title: 24, item: 21, line: 1.3, gap: 22, dot: 8 } as const;
type Sizes = { [K in keyof typeof T]: number };

/** The timeline's slide title: 国の動向 when every event is national, else the overview's heading. */
export function timelineTitle(plan: PlanDocument, lang: string): string {
  const events = plan.timeline ?? [];
  return events.length > 0 && events.every((e) => e.scope === 'national') ? localize({ ja: '国の動向', en: 'National trends' }, lang) : localize(m.timeline, lang);
}

/** One event as a slide's notes give it: date (planned), title: items. */
export function describeEvent(event: TimelineEvent, lang: string, text: (value: Text) => string, scope: boolean): string {
  const when = [formatPartialDate(event.date, lang), scope && event.scope ? localize(m[event.scope], lang) : '', event.planned ? localize(m.planned, lang) : '']
    .filter(Boolean)
    .join(' ');
  const sep = lang.startsWith('ja') ? '、' : '; ';
  const items = (event.items ?? []).map(text).join(sep);
  return `${when}　${text(event.title)}${items ? `${lang.startsWith('ja') ? '：' : ': '}${items}` : ''}`;
}

interface Row {
  /** Text lines, already wrapped, with their size, weight and indent. */
  lines: string[];
  size: number;
  bold: boolean;
  indent: number;
  bullet: boolean;
}

interface Piece {
  event: TimelineEvent;
  continued: boolean;
  head: Row[];
  rows: Row[];
  height: number;
}

const rowHeight = (row: Row) => row.lines.length * row.size * T.line;

/**
 * The timeline as scenes of slide px, one per slide, each `frame.width` wide and no taller than
 * `frame.height`: a vertical line with a dot per event; the date (with 施行予定 on planned
 * events, which get a hollow dashed dot) left of it, the title and its items right of it. An
 * event taller than a slide goes on over the next with its title again.
 */
export function timelinePages(plan: PlanDocument, options: TimelineOptions): TimelinePage[] {
  // The sizes above, or larger where that takes no more slides.
  const base = timelineAt(plan, options, T);
  for (const k of [1.3, 1.15]) {
    const larger = timelineAt(plan, options, { ...T, date: T.date * k, title: T.title * k, item: T.item * k, gap: T.gap * k, dot: T.dot * k });
    if (larger.length <= base.length) return larger;
  }
  return base;
}

interface TimelineOptions {
  lang: string;
  frame: PxFrame;
  /** What a title carried over to the next slide ends with: （続き）. */
  continued: string;
}

interface TimelinePage {
  scene: Scene;
  events: TimelineEvent[];
}

function timelineAt(plan: PlanDocument, options: TimelineOptions, t: Sizes): TimelinePage[] {
  const { lang, frame } = options;
  const planLang = plan.plan.lang ?? 'ja';
  const text = (value: Text | undefined) => resolveText(value, lang, planLang);
  const events = [...(plan.timeline ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const scoped = new Set(events.map((e) => e.scope ?? '')).size > 1;
  const dateWidth = Math.round(Math.min(260, frame.width * 0.22));
  const axis = dateWidth + 22;
  const left = axis + 26;
  const width = frame.width - left;
  const wrap = (value: string, size: number, bold: boolean, indent = 0, bullet = false): Row => ({
    lines: wrapLines(value, { maxWidth: (width - indent) * 0.96, fontSize: size, lang, bold }).lines,
    size,
    bold,
    indent,
    bullet,
  });

  // Pieces: each event whole, or split at its items (then at an item's lines) where it is taller than a slide.
  const pieces: Piece[] = [];
  for (const event of events) {
    const head = (continued: boolean) => [wrap(text(event.title) + (continued ? options.continued : ''), t.title, true)];
    const items: Row[] = [];
    for (const item of event.items ?? []) {
      const row = wrap(text(item), t.item, false, t.item * 1.1, true);
      const per = Math.max(1, Math.floor((frame.height - rowHeight(head(true)[0]!) - t.gap) / (t.item * T.line)));
      for (let i = 0; i < row.lines.length; i += per) items.push({ ...row, lines: row.lines.slice(i, i + per), bullet: i === 0 });
    }
    const date = dateRows(event, lang, dateWidth, scoped, t.date);
    const dateHeight = date.reduce((h, r) => h + rowHeight(r), 0);
    let piece: Piece = { event, continued: false, head: head(false), rows: [], height: 0 };
    const heightOf = (p: Piece) =>
      Math.max(
        dateHeight,
        [...p.head, ...p.rows].reduce((h, r) => h + rowHeight(r) + 4, 0),
      );
    for (const row of items) {
      const next = { ...piece, rows: [...piece.rows, row] };
      if (piece.rows.length > 0 && heightOf(next) > frame.height) {
        pieces.push({ ...piece, height: heightOf(piece) });
        piece = { event, continued: true, head: head(true), rows: [row], height: 0 };
      } else piece = next;
    }
    pieces.push({ ...piece, height: heightOf(piece) });
  }

  const paginate = (limit: number): Piece[][] => {
    const pages: Piece[][] = [];
    let used = 0;
    for (const piece of pieces) {
      const page = pages[pages.length - 1];
      if (page && used + t.gap + piece.height <= limit) {
        page.push(piece);
        used += t.gap + piece.height;
      } else {
        pages.push([piece]);
        used = piece.height;
      }
    }
    return pages;
  };
  // As few slides as the slide's height allows, then as evenly filled as that many can be.
  let pages = paginate(frame.height);
  let [low, high] = [Math.max(...pieces.map((p) => p.height)), frame.height];
  for (let i = 0; i < 16 && high - low > 1; i++) {
    const mid = (low + high) / 2;
    if (paginate(mid).length <= pages.length) high = mid;
    else low = mid;
  }
  pages = paginate(high);

  return pages.map((page) => {
    const items: SceneItem[] = [];
    let y = 0;
    const tops: number[] = [];
    for (const piece of page) {
      tops.push(y);
      const children: SceneItem[] = [];
      const planned = piece.event.planned === true;
      const first = t.title * 0.72;
      // The dot on the line, level with the title's first line.
      children.push({
        type: 'circle',
        cx: axis,
        cy: y + first - t.title * 0.3,
        r: t.dot,
        fill: planned ? '--plan-overview-box-color' : '--plan-overview-plan-color',
        stroke: planned ? '--plan-overview-today-color' : '--plan-overview-plan-color',
        strokeWidth: 3,
        ...(planned ? { dash: [4, 3] } : {}),
      });
      let dy = y;
      if (!piece.continued) {
        for (const row of dateRows(piece.event, lang, dateWidth, scoped, t.date)) {
          children.push(textOf(row, dateWidth, dy, 'end', row.bold && planned ? '--plan-overview-today-color' : '--plan-overview-muted-color', dateWidth));
          dy += rowHeight(row);
        }
      }
      let ty = y;
      for (const row of [...piece.head, ...piece.rows]) {
        if (row.bullet) children.push({ type: 'text', fontSize: row.size, fill: '--plan-overview-plan-color', lines: [{ text: '・', x: left, y: ty + row.size * 0.95 }] });
        children.push(textOf(row, left + row.indent, ty, 'start', '--plan-overview-text-color', width - row.indent));
        ty += rowHeight(row) + 4;
      }
      items.push({ type: 'group', part: planned ? 'event planned' : 'event', label: describeEvent(piece.event, lang, text, scoped), children });
      y += piece.height + t.gap;
    }
    const height = Math.max(1, y - t.gap);
    // The line behind the dots, from the first to past the last.
    items.unshift({ type: 'line', x1: axis, y1: Math.max(0, tops[0]! + 4), x2: axis, y2: height, stroke: '--plan-overview-line-color', strokeWidth: 3 });
    const events = [...new Set(page.map((p) => p.event))];
    const scene: Scene = {
      theme: 'plan-overview',
      width: frame.width,
      height,
      lang,
      title: timelineTitle(plan, lang),
      description: events.map((e) => describeEvent(e, lang, text, scoped)).join('\n'),
      items,
    };
    return { scene, events };
  });
}

/** The date of an event right-aligned in its column (and its scope when events differ in it), then 施行予定 in bold. */
function dateRows(event: TimelineEvent, lang: string, width: number, scoped: boolean, size: number): Row[] {
  const rows: Row[] = [];
  const wrap = (value: string, size: number, bold: boolean): Row => ({
    lines: wrapLines(value, { maxWidth: width * 0.96, fontSize: size, lang, bold }).lines,
    size,
    bold,
    indent: 0,
    bullet: false,
  });
  // 平成29年12月 over （2017年12月）: the era year and the Western year each on a line of its own.
  for (const part of formatPartialDate(event.date, lang).split(/(?=（)/)) rows.push(wrap(part, size, false));
  if (scoped && event.scope) rows.push(wrap(localize(m[event.scope], lang), size * 0.85, false));
  if (event.planned) rows.push(wrap(localize(m.planned, lang), size, true));
  return rows;
}

/** A row's lines from the top `y`; its box the column's whole width, so that a reader's wider spacing does not wrap a line again. */
function textOf(row: Row, x: number, y: number, anchor: 'start' | 'end', fill: Paint, width: number): SceneItem {
  return {
    type: 'text',
    // Less what the slide's text frame adds around a box (4 % and 0.6 em), so that the frame is the column.
    box: { x: anchor === 'end' ? x - width : x, y, width: (width - row.size * 0.6) / 1.04, height: rowHeight(row) },
    fontSize: row.size,
    bold: row.bold,
    ...(anchor === 'end' ? { anchor } : {}),
    fill,
    lines: row.lines.map((line, k) => ({ text: line, x, y: y + row.size * 0.95 + k * row.size * T.line })),
  };
}
