/**
 * The 概要版 as one scene for a file (`toSVG()`, `plan-viz render --view overview`): the title,
 * the period bar, the 位置づけ diagram, the timeline and the sections one under the other, each
 * with its heading; text wrapped to the width, never cut. Pure: no DOM.
 */
import { localize } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import type { PlanDocument, Text } from '../../schema/types.js';
import type { Scene, SceneItem, SceneText } from '../../scene/types.js';
import { wrapLines } from '../../text/wrap.js';
import { formatPartialDate } from './dates.js';
import { overviewMessages as m } from './messages.js';
import { periodScene } from './period-layout.js';
import { relationsScene } from './relations-layout.js';

export interface OverviewSceneOptions {
  width: number;
  lang: string;
  /** Today's fiscal year, marked on the period bar. */
  today: number;
}

const LINE = 1.45;

/** Wrapped lines as one text item at (x, y) top; returns it and the height used. */
function paragraph(text: string, x: number, y: number, width: number, fontSize: number, lang: string, bold = false, fill: SceneText['fill'] = '--plan-overview-text-color'): { item: SceneText; height: number } {
  const lines = wrapLines(text, { maxWidth: width, fontSize, lang, bold }).lines;
  const item: SceneText = { type: 'text', fontSize, bold, fill, lines: lines.map((t, k) => ({ text: t, x, y: y + fontSize + k * fontSize * LINE })), box: { x, y, width, height: lines.length * fontSize * LINE } };
  return { item, height: lines.length * fontSize * LINE };
}

/** One scene of the whole overview (timeline events oldest first, planned ones marked). */
export function overviewScene(doc: PlanDocument, options: OverviewSceneOptions): Scene {
  const { lang, today } = options;
  const width = Math.max(320, options.width);
  const text = (value: Text | undefined) => resolveText(value, lang, doc.plan.lang ?? 'ja');
  const items: SceneItem[] = [];
  let y = 0;
  const add = (block: { item: SceneText; height: number }, after = 4) => {
    items.push(block.item);
    y += block.height + after;
  };
  const heading = (label: string) => {
    y += 14;
    add(paragraph(label, 0, y, width, 17, lang, true), 2);
    items.push({ type: 'line', x1: 0, y1: y + 2, x2: width, y2: y + 2, stroke: '--plan-overview-plan-color', strokeWidth: 2 });
    y += 12;
  };
  add(paragraph(text(doc.plan.title), 0, y, width, 24, lang, true));
  const sub = [text(doc.plan.municipality), text(doc.plan.period?.label)].filter(Boolean).join('　');
  if (sub) add(paragraph(sub, 0, y, width, 13, lang, false, '--plan-overview-muted-color'));
  const figures: [string, Scene | undefined][] = [
    [localize(m.period, lang), doc.plan.period ? periodScene(doc.plan.period, { width, lang, today, title: text(doc.plan.title) }) : undefined],
    [localize(m.relations, lang), doc.relatedPlans?.length ? relationsScene(doc, { width, lang }) : undefined],
  ];
  const descriptions: string[] = [];
  for (const [label, scene] of figures) {
    if (!scene) continue;
    heading(label);
    items.push({ type: 'group', y, children: scene.items, label: scene.description });
    descriptions.push(scene.description);
    y += scene.height + 4;
  }
  const events = [...(doc.timeline ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (events.length > 0) {
    heading(localize(m.timeline, lang));
    for (const event of events) {
      const date = formatPartialDate(event.date, lang) + (event.planned ? `　${localize(m.planned, lang)}` : '');
      add(paragraph(date, 0, y, width, 12, lang, true, event.planned ? '--plan-overview-today-color' : '--plan-overview-muted-color'), 0);
      add(paragraph(text(event.title), 0, y, width, 14, lang, true), 2);
      for (const item of event.items ?? []) add(paragraph(`・${text(item)}`, 12, y, width - 12, 13, lang), 1);
      y += 8;
    }
  }
  for (const section of doc.sections ?? []) {
    heading(text(section.title));
    for (const item of section.items) add(paragraph(`・${text(item)}`, 12, y, width - 12, 13, lang), 3);
  }
  const title = text(doc.plan.title);
  return { theme: 'plan-overview', width, height: Math.ceil(y + 8), lang, title, description: [title, ...descriptions].join(' '), background: '--plan-overview-box-color', items };
}
