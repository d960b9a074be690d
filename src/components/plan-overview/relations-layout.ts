/**
 * The 位置づけ diagram as a scene: the laws and plans the plan rests on and stands under at the
 * top, an arrow down to the plan in the middle, the related individual plans beside it (left
 * and right on a wide figure, below it on a narrow one) linked to it, and partners' plans under
 * it joined by a dashed two-way line. Every title wraps inside its box; boxes grow to hold it.
 * Pure: no DOM.
 */
import { localize, type Message } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import type { PlanDocument, RelatedPlan } from '../../schema/types.js';
import type { Paint, Scene, SceneItem } from '../../scene/types.js';
import { wrapLines } from '../../text/wrap.js';
import { overviewMessages as m } from './messages.js';

export interface RelationsLayoutOptions {
  width: number;
  lang: string;
}

const GAP = 12;
const PAD = 8;
const LINE = 1.35;
const TITLE = 14;
const SMALL = 11;

interface Box {
  height: number;
  /** Draws the box with its top left corner at x, y. */
  draw: (x: number, y: number) => SceneItem;
}

const FILL: Record<RelatedPlan['relation'], Paint> = {
  basis: '--plan-overview-basis-color',
  upper: '--plan-overview-basis-color',
  related: '--plan-overview-related-color',
  partner: '--plan-overview-partner-color',
};

/** A box of a small tag line (kind, field, owner) over a bold title, wrapped to `width`. */
function box(width: number, tag: string, title: string, lang: string, fill: Paint, key: string, label: string, big = false, minHeight = 0): Box {
  const titleSize = big ? TITLE + 3 : TITLE;
  const inner = width - 2 * PAD;
  const tagLines = tag ? wrapLines(tag, { maxWidth: inner, fontSize: SMALL, lang }).lines : [];
  const titleLines = wrapLines(title, { maxWidth: inner, fontSize: titleSize, lang, bold: true }).lines;
  const content = PAD * 2 + tagLines.length * SMALL * LINE + titleLines.length * titleSize * LINE - (titleSize * LINE - titleSize) + 4;
  const height = Math.max(content, minHeight);
  const text: Paint = big ? '--plan-overview-plan-text-color' : '--plan-overview-text-color';
  return {
    height,
    draw: (x, y) => {
      const cx = x + width / 2;
      let baseline = y + (height - content) / 2 + PAD + SMALL;
      const children: SceneItem[] = [{ type: 'rect', x, y, width, height, r: 4, fill, stroke: big ? 'none' : '--plan-overview-box-border-color', strokeWidth: 1 }];
      if (tagLines.length > 0) {
        children.push({
          type: 'text',
          fontSize: SMALL,
          anchor: 'middle',
          fill: big ? text : '--plan-overview-muted-color',
          lines: tagLines.map((t, k) => ({ text: t, x: cx, y: baseline + k * SMALL * LINE })),
          box: { x: x + PAD, y: y + PAD, width: inner, height: tagLines.length * SMALL * LINE },
        });
        baseline += tagLines.length * SMALL * LINE + 2;
      }
      baseline += titleSize - SMALL;
      children.push({
        type: 'text',
        fontSize: titleSize,
        bold: true,
        anchor: 'middle',
        fill: text,
        lines: titleLines.map((t, k) => ({ text: t, x: cx, y: baseline + k * titleSize * LINE })),
      });
      return { type: 'group', key, part: big ? 'plan' : 'related-plan', label, children };
    },
  };
}

function tagOf(plan: RelatedPlan, lang: string, fallback: string, text: (v: RelatedPlan['title'] | undefined) => string): string {
  const kind = localize(m[plan.relation], lang);
  const detail = [text(plan.field), text(plan.owner)].filter(Boolean).join('・');
  return detail ? (plan.relation === 'related' ? detail : `${kind}｜${detail}`) : plan.relation === 'related' ? fallback : kind;
}

/** One sentence per kind of relation, naming every plan. */
export function describeRelations(doc: PlanDocument, lang: string): string {
  const text = (value: RelatedPlan['title'] | undefined) => resolveText(value, lang, doc.plan.lang ?? 'ja');
  const sep = lang.startsWith('ja') ? '、' : '; ';
  const name = (p: RelatedPlan) => {
    let out = text(p.title);
    if (p.field) out = localize(m.inField(out, text(p.field)), lang);
    if (p.owner) out = localize(m.owned(out, text(p.owner)), lang);
    return out;
  };
  const list = (relation: RelatedPlan['relation']) =>
    (doc.relatedPlans ?? [])
      .filter((p) => p.relation === relation)
      .map(name)
      .join(sep);
  const parts: [RelatedPlan['relation'], (l: string) => Message][] = [
    ['basis', m.relationsBasis],
    ['upper', m.relationsUpper],
    ['related', m.relationsRelated],
    ['partner', m.relationsPartner],
  ];
  let out = localize(m.relationsIntro(text(doc.plan.title)), lang);
  for (const [relation, sentence] of parts) {
    const names = list(relation);
    if (names) out += localize(sentence(names), lang);
  }
  return out;
}

/** Boxes in rows of at most `perRow`, each row centred; returns the items and the height used. */
function rows(boxes: Box[], width: number, perRow: number, y: number, boxWidth: number, items: SceneItem[]): { height: number; centers: number[] } {
  let top = y;
  const centers: number[] = [];
  for (let i = 0; i < boxes.length; i += perRow) {
    const row = boxes.slice(i, i + perRow);
    const used = row.length * boxWidth + (row.length - 1) * GAP;
    const height = Math.max(...row.map((b) => b.height));
    row.forEach((b, k) => {
      const x = (width - used) / 2 + k * (boxWidth + GAP);
      items.push(b.draw(x, top + (height - b.height) / 2));
      centers.push(x + boxWidth / 2);
    });
    top += height + GAP;
  }
  return { height: boxes.length ? top - y - GAP : 0, centers };
}

const arrow = (x: number, y0: number, y1: number): SceneItem[] => [
  { type: 'line', x1: x, y1: y0, x2: x, y2: y1 - 6, stroke: '--plan-overview-line-color', strokeWidth: 2 },
  {
    type: 'polygon',
    points: [
      [x - 6, y1 - 8],
      [x + 6, y1 - 8],
      [x, y1],
    ],
    fill: '--plan-overview-line-color',
  },
];

export function relationsScene(doc: PlanDocument, options: RelationsLayoutOptions): Scene {
  const { lang } = options;
  const width = Math.max(200, options.width);
  const text = (value: RelatedPlan['title'] | undefined) => resolveText(value, lang, doc.plan.lang ?? 'ja');
  const all = doc.relatedPlans ?? [];
  const pick = (...relations: RelatedPlan['relation'][]) => all.filter((p) => relations.includes(p.relation));
  const above = pick('basis', 'upper');
  const related = pick('related');
  const partners = pick('partner');
  const wide = width >= 600;
  const items: SceneItem[] = [];
  const relatedFallback = localize(m.related, lang);
  const boxOf = (p: RelatedPlan, w: number) =>
    box(w, tagOf(p, lang, relatedFallback, text), text(p.title), lang, FILL[p.relation], p.id, `${tagOf(p, lang, relatedFallback, text)}：${text(p.title)}`);

  // Top: basis and upper, in rows of boxes at least 170 px wide.
  const perRow = Math.max(1, Math.min(above.length, Math.floor((width + GAP) / (170 + GAP))));
  const topWidth = Math.min(340, (width - (perRow - 1) * GAP) / perRow);
  let y = 0;
  const top = rows(
    above.map((p) => boxOf(p, topWidth)),
    width,
    perRow,
    y,
    topWidth,
    items,
  );
  y += top.height;

  const period = doc.plan.period;
  const planTag = [localize(m.thisPlan, lang), text(period?.label)].filter(Boolean).join('｜');
  const planTitle = text(doc.plan.title);
  const planLabel = `${localize(m.thisPlan, lang)}：${planTitle}`;
  const planFill: Paint = '--plan-overview-plan-color';

  // Middle: the plan, with the related plans in columns beside it (wide) or under it (narrow).
  let planBox: { x: number; y: number; w: number; h: number };
  if (above.length > 0) {
    items.push(...arrow(width / 2, y + 2, y + 26));
    y += 28;
  }
  if (wide && related.length > 0) {
    const column = Math.min(300, Math.max(160, width * 0.3));
    const planWidth = width - 2 * column - 4 * GAP;
    const left = related.slice(0, Math.ceil(related.length / 2)).map((p) => boxOf(p, column));
    const right = related.slice(left.length).map((p) => boxOf(p, column));
    const stack = (boxes: Box[]) => boxes.reduce((h, b) => h + b.height, 0) + Math.max(0, boxes.length - 1) * 8;
    const height = Math.max(box(planWidth, planTag, planTitle, lang, planFill, 'plan', planLabel, true).height, stack(left), stack(right));
    // The plan's box spans the columns' height, so that every link to it is level.
    const plan = box(planWidth, planTag, planTitle, lang, planFill, 'plan', planLabel, true, height);
    const px = column + 2 * GAP;
    items.push(plan.draw(px, y + (height - plan.height) / 2));
    planBox = { x: px, y: y + (height - plan.height) / 2, w: planWidth, h: plan.height };
    const place = (boxes: Box[], x: number, edge: number, from: number) => {
      let by = y + (height - stack(boxes)) / 2;
      for (const b of boxes) {
        items.push(b.draw(x, by));
        const cy = by + b.height / 2;
        items.push({
          type: 'line',
          x1: edge,
          y1: cy,
          x2: from,
          y2: Math.min(Math.max(cy, planBox.y + 6), planBox.y + planBox.h - 6),
          stroke: '--plan-overview-line-color',
          strokeWidth: 1.5,
        });
        by += b.height + 8;
      }
    };
    place(left, 0, column, px);
    place(right, width - column, width - column, px + planWidth);
    y += height;
  } else {
    const plan = box(width, planTag, planTitle, lang, planFill, 'plan', planLabel, true);
    items.push(plan.draw(0, y));
    planBox = { x: 0, y, w: width, h: plan.height };
    y += plan.height;
    if (related.length > 0) {
      // Narrow: a bracket down the left side joins every related plan to the plan.
      const indent = 22;
      y += GAP;
      let last = y;
      for (const p of related) {
        const b = boxOf(p, width - indent);
        items.push(b.draw(indent, y));
        last = y + b.height / 2;
        items.push({ type: 'line', x1: 8, y1: last, x2: indent, y2: last, stroke: '--plan-overview-line-color', strokeWidth: 1.5 });
        y += b.height + 8;
      }
      items.push({ type: 'line', x1: 8, y1: planBox.y + planBox.h, x2: 8, y2: last, stroke: '--plan-overview-line-color', strokeWidth: 1.5 });
      y -= 8;
    }
  }

  // Bottom: partners' plans, joined to the plan by a dashed two-way line.
  if (partners.length > 0) {
    const x = width / 2;
    const y0 = wide && related.length > 0 ? planBox.y + planBox.h + 4 : y + 4;
    const y1 = Math.max(y0 + 40, y + 24);
    const label = wrapLines(localize(m.workTogether, lang), { maxWidth: width / 2 - 16, fontSize: SMALL, lang, bold: true }).lines;
    items.push(
      { type: 'line', x1: x, y1: y0, x2: x, y2: y1, stroke: '--plan-overview-line-color', strokeWidth: 2, dash: [5, 3] },
      {
        type: 'polygon',
        points: [
          [x - 6, y1 - 6],
          [x + 6, y1 - 6],
          [x, y1 + 2],
        ],
        fill: '--plan-overview-line-color',
      },
      {
        type: 'polygon',
        points: [
          [x - 6, y0 + 6],
          [x + 6, y0 + 6],
          [x, y0 - 2],
        ],
        fill: '--plan-overview-line-color',
      },
      {
        type: 'text',
        fontSize: SMALL,
        bold: true,
        fill: '--plan-overview-muted-color',
        lines: label.map((t, k) => ({ text: t, x: x + 12, y: (y0 + y1) / 2 + 4 + k * SMALL * LINE - ((label.length - 1) * SMALL * LINE) / 2 })),
      },
    );
    y = y1 + 6;
    const per = Math.max(1, Math.min(partners.length, Math.floor((width + GAP) / (200 + GAP))));
    const w = Math.min(360, (width - (per - 1) * GAP) / per);
    y += rows(
      partners.map((p) => boxOf(p, w)),
      width,
      per,
      y,
      w,
      items,
    ).height;
  }
  return { theme: 'plan-overview', width, height: Math.ceil(y + 2), lang, title: localize(m.relations, lang), description: describeRelations(doc, lang), items };
}
