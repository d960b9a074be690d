/**
 * The indicators as one figure for a file: the count per grade, then each goal's heading and its
 * cards in the grid the screen shows at the same width (./cards.ts). Pure: the browser's
 * `toSVG()` and `plan-viz render --view indicators` serialize the same scene.
 */
import { formatNumber, gradeScale } from '../../progress/index.js';
import type { Scene, SceneItem, SceneText } from '../../scene/types.js';
import { exportMessages } from '../../export/messages.js';
import { localize } from '../../schema/messages.js';
import { resolveTextLang } from '../../schema/text.js';
import type { PlanDocument } from '../../schema/types.js';
import { measureText, wrapText } from '../../text/index.js';
import type { GaugeVariant } from '../plan-gauge/layout.js';
import { gaugeMessages } from '../plan-gauge/messages.js';
import { gaugeView, type GaugeView } from '../plan-gauge/view.js';
import { fileTitle, nothingToDraw } from '../plan-gauge/file.js';
import { cardFrame, CARD_WIDTH, gaugeCard, gradeShapeItems, gradeText } from '../plan-gauge/scene.js';
import { layoutCards } from './cards.js';
import { goalHeading, selectIndicators } from './group.js';

/** What to draw, as the element's attributes say it. */
export interface IndicatorsFileOptions {
  /** The display language; default the plan's. */
  lang?: string;
  /** The date progress is judged at when a value has no date or year. */
  today: Date;
  variant?: GaugeVariant;
  /** Only this node's indicators (and its descendants'). */
  node?: string;
  /** The width of the element on screen (CSS px): the file's grid has the screen's columns. Default 752 (three columns). */
  width?: number;
  /** The narrowest column (`--plan-indicators-column-width`), default 224 (14rem). */
  minColumn?: number;
}

/** The width a file is drawn at when no element gives one: three columns of 240 px cards. */
export const DEFAULT_FILE_WIDTH = 752;

const MARGIN = 16;
const GAP = 16;
const SUMMARY_FONT = 13;
const HEADING_FONT = 16;
const RULE: `--${string}` = '--plan-gauge-track-border-color';

const round = (value: number): number => Math.round(value * 100) / 100 + 0;

/**
 * The summary box: how many indicators, then each grade (shape, symbol, name, count), flowing
 * onto more lines when the width runs out (never cut off).
 */
function summary(views: readonly GaugeView[], plan: PlanDocument, lang: string, width: number, top: number): { items: SceneItem[]; height: number } {
  const counts = new Map<string, number>();
  for (const view of views) counts.set(view.progress.grade.key, (counts.get(view.progress.grade.key) ?? 0) + 1);
  const items: SceneItem[] = [];
  const lineHeight = 22;
  const left = MARGIN + 12;
  const right = MARGIN + width - 12;
  let x = left;
  let line = 0;
  const baseline = (n: number): number => round(top + 6 + n * lineHeight + lineHeight / 2 + SUMMARY_FONT * 0.36);
  const count = localize(gaugeMessages.indicatorCount(formatNumber(views.length, lang)), lang);
  items.push({ type: 'text', fill: '--_text', fontSize: SUMMARY_FONT, bold: true, lines: [{ text: count, x: left, y: baseline(0) }] });
  x += measureText(count, SUMMARY_FONT, true) + 20;
  for (const grade of gradeScale(plan, lang)) {
    const words = `${gradeText(grade)} ${formatNumber(counts.get(grade.key) ?? 0, lang)}`;
    const itemWidth = 16 + measureText(words, SUMMARY_FONT);
    if (x > left && x + itemWidth > right) {
      line++;
      x = left;
    }
    const middle = top + 6 + line * lineHeight + lineHeight / 2;
    items.push({ type: 'group', x: round(x), y: round(middle - 6), children: gradeShapeItems(grade) });
    items.push({ type: 'text', fill: '--_text', fontSize: SUMMARY_FONT, lines: [{ text: words, x: round(x + 16), y: baseline(line) }] });
    x += itemWidth + 16;
  }
  const height = (line + 1) * lineHeight + 12;
  items.unshift({ type: 'rect', x: MARGIN + 0.5, y: round(top + 0.5), width: round(width - 1), height: round(height - 1), r: 6, fill: 'none', stroke: RULE, strokeWidth: 1 });
  return { items: [{ type: 'group', part: 'summary', label: count, children: items }], height };
}

/**
 * The scene of `<plan-indicators>` for a plan: the
 * same selection, texts and grades as the element, the cards in the screen's columns at
 * `width`. Throws a readable error when there is nothing to draw.
 */
export function indicatorsScene(plan: PlanDocument, options: IndicatorsFileOptions): Scene {
  const planLang = plan.plan.lang ?? 'ja';
  const lang = options.lang ?? planLang;
  const variant: GaugeVariant = options.variant === 'bar' ? 'bar' : 'arc';
  const selection = selectIndicators(plan, options.node);
  if (selection.kind !== 'groups')
    throw nothingToDraw(
      'plan-indicators',
      lang,
      selection.kind === 'no-indicators'
        ? gaugeMessages.noIndicators
        : selection.kind === 'unknown-node'
          ? gaugeMessages.unknownNode(selection.id)
          : gaugeMessages.nodeWithoutIndicators(goalHeading(selection.node, lang, planLang)),
    );
  const width = Math.max(CARD_WIDTH.arc, options.width && options.width > 0 ? options.width : DEFAULT_FILE_WIDTH);
  const groups = selection.groups.map((group) => ({ group, views: group.indicators.map((indicator) => gaugeView(indicator, plan, lang, options.today, variant)) }));
  const views = groups.flatMap((g) => g.views);
  const items: SceneItem[] = [];
  let y = MARGIN;
  const head = summary(views, plan, lang, width, y);
  items.push(...head.items);
  y += head.height + 20;

  for (const { group, views: cards } of groups) {
    const heading = goalHeading(group.goal, lang, planLang);
    const headingLang = group.goal ? resolveTextLang(group.goal.title, lang, planLang) : undefined;
    const lines = wrapText(heading, { maxWidth: width, fontSize: HEADING_FONT, bold: true, lang: headingLang ?? lang }).lines;
    const text: SceneText = {
      type: 'text',
      part: 'heading',
      fill: '--_text',
      fontSize: HEADING_FONT,
      bold: true,
      lines: lines.map((line, i) => ({ text: line, x: MARGIN, y: round(y + HEADING_FONT * 0.88 + i * HEADING_FONT * 1.4) })),
    };
    if (headingLang && headingLang !== lang) text.lang = headingLang;
    y += lines.length * HEADING_FONT * 1.4 + 4;
    const groupItems: SceneItem[] = [text, { type: 'line', x1: MARGIN, y1: round(y), x2: MARGIN + width, y2: round(y), stroke: RULE, strokeWidth: 2 }];
    y += 10;
    const laid = cards.map(() => null as ReturnType<typeof gaugeCard> | null);
    const grid = layoutCards(
      width,
      cards.length,
      (i, cardWidth) => {
        const card = gaugeCard(cards[i]!, cardWidth, lang);
        laid[i] = card;
        return card.height;
      },
      variant === 'bar' ? { columns: 1, gap: GAP } : { gap: GAP, ...(options.minColumn ? { minColumn: options.minColumn } : {}) },
    );
    grid.cards.forEach((box, i) => {
      const card = laid[i]!;
      groupItems.push({
        type: 'group',
        part: 'gauge',
        key: card.key,
        label: card.label,
        x: round(MARGIN + box.x),
        y: round(y + box.y),
        children: [cardFrame(box.width, box.height), ...card.items],
      });
    });
    items.push({ type: 'group', part: 'group', label: heading, children: groupItems });
    y += grid.height + 24;
  }
  return {
    theme: 'plan-gauge',
    width: round(width + MARGIN * 2),
    height: round(y - 24 + MARGIN),
    lang,
    title: fileTitle(plan, lang, localize(exportMessages.views['plan-indicators']!, lang)),
    description: views.map((view) => view.description.sentence).join('\n'),
    background: '--_background',
    items,
  };
}
