/**
 * The 概要版 as one scene for a file (`toSVG()`, `plan-viz render --view overview`): the title,
 * the period bar, the 位置づけ diagram, the tree, the timeline, the collaboration figure and the
 * sections one under the other (the order of the element's columns), each with its heading; text
 * wrapped to the width, never cut. Pure: no DOM.
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
  /** The 体系図, its paints resolved (figures.ts `treeFigure`): drawn scaled down to the width when wider. */
  tree?: Scene | undefined;
  /** The collaboration figure, its paints resolved (figures.ts `collaborationFigure`). */
  collaboration?: Scene | undefined;
}

const LINE = 1.45;

/** Wrapped lines as one text item at (x, y) top; returns it and the height used. */
function paragraph(
  text: string,
  x: number,
  y: number,
  width: number,
  fontSize: number,
  lang: string,
  bold = false,
  fill: SceneText['fill'] = '--plan-overview-text-color',
): { item: SceneText; height: number } {
  const lines = wrapLines(text, { maxWidth: width, fontSize, lang, bold }).lines;
  const item: SceneText = {
    type: 'text',
    fontSize,
    bold,
    fill,
    lines: lines.map((t, k) => ({ text: t, x, y: y + fontSize + k * fontSize * LINE })),
    box: { x, y, width, height: lines.length * fontSize * LINE },
  };
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
  // A list item: its bullet apart, so that the lines of a long item hang under its first character.
  const listItem = (value: string, after: number) => {
    items.push({ type: 'text', fontSize: 13, fill: '--plan-overview-text-color', lines: [{ text: '・', x: 12, y: y + 13 }] });
    add(paragraph(value, 25, y, width - 25, 13, lang), after);
  };
  add(paragraph(text(doc.plan.title), 0, y, width, 24, lang, true));
  const sub = [text(doc.plan.municipality), text(doc.plan.period?.label)].filter(Boolean).join('　');
  if (sub) add(paragraph(sub, 0, y, width, 13, lang, false, '--plan-overview-muted-color'));
  const figures: [string, Scene | undefined][] = [
    [localize(m.period, lang), doc.plan.period ? periodScene(doc.plan.period, { width, lang, today, title: text(doc.plan.title) }) : undefined],
    [localize(m.relations, lang), doc.relatedPlans?.length ? relationsScene(doc, { width, lang }) : undefined],
  ];
  const descriptions: string[] = [];
  const figure = (label: string, scene: Scene | undefined, own = false) => {
    if (!scene) return;
    heading(label);
    // A figure of another theme (the tree's) comes with its colours resolved and its own background; one wider than the page is scaled down.
    const scale = Math.min(1, width / scene.width);
    const children: SceneItem[] =
      !own && scene.background && scene.background !== 'none'
        ? [{ type: 'rect', x: 0, y: 0, width: scene.width, height: scene.height, fill: scene.background }, ...scene.items]
        : scene.items;
    const group: SceneItem = { type: 'group', y, children, label: scene.description };
    if (scale < 1) group.scale = scale;
    items.push(group);
    descriptions.push(scene.description);
    y += scene.height * scale + 4;
  };
  for (const [label, scene] of figures) figure(label, scene, true);
  figure(localize(m.tree, lang), options.tree);
  const events = [...(doc.timeline ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (events.length > 0) {
    heading(localize(m.timeline, lang));
    for (const event of events) {
      const date = formatPartialDate(event.date, lang) + (event.planned ? `　${localize(m.planned, lang)}` : '');
      add(paragraph(date, 0, y, width, 12, lang, true, event.planned ? '--plan-overview-today-color' : '--plan-overview-muted-color'), 0);
      add(paragraph(text(event.title), 0, y, width, 14, lang, true), 2);
      for (const item of event.items ?? []) listItem(text(item), 1);
      y += 8;
    }
  }
  figure(localize(m.collaboration, lang), options.collaboration);
  for (const section of doc.sections ?? []) {
    heading(text(section.title));
    for (const item of section.items) listItem(text(item), 3);
  }
  const title = text(doc.plan.title);
  return { theme: 'plan-overview', width, height: Math.ceil(y + 8), lang, title, description: [title, ...descriptions].join(' '), background: '--plan-overview-box-color', items };
}
