// The collaboration figure's layout as a scene: plain shapes whose paints are theme tokens, text
// lines with their own baselines. The element's DOM, `toSVG()` and `plan-viz render` draw it.
import { round } from '../../geometry/index.js';
import type { Paint, Scene, SceneGroup, SceneItem, SceneText } from '../../scene/types.js';
import { baselineBelowMiddle } from '../../text/index.js';
import type { Badge, CollaborationLayout, LabelLayout } from './model.js';
import { descriptionText, type CollaborationDescription } from './describe.js';
import { localize } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import type { PlanDocument } from '../../schema/types.js';
import { collaborationMessages as m } from './messages.js';

/** How to turn a layout into a scene. */
export interface CollaborationSceneOptions {
  /** The figure's name (a file's `<title>`). */
  title: string;
  /** Its text alternative (a file's `<desc>`). */
  description: string;
  /** The language of the figure's text. */
  lang: string;
  /**
   * The accessible name of each keyword that links to a node, by keyword index (its text and
   * where it leads). Keywords absent here are not drawn as links.
   */
  links?: ReadonlyMap<number, string>;
  /** Heavier lines, for a projector. */
  presentation?: boolean;
}

/** A theme token of the figure (src/theme/collaboration.ts): `--plan-collaboration-text-color` … */
const token = (name: string): `--${string}` => `--plan-collaboration-${name}`;

/** The token of actor `index`'s colour (from 0): `--plan-collaboration-actor-1-color` … */
export const actorToken = (index: number) => token(`actor-${index + 1}-color`);

const t = {
  text: token('text-color'),
  chip: token('keyword-background'),
  link: token('link-color'),
  ring: token('ring-color'),
  ringLabel: token('ring-label-color'),
  ringText: token('ring-text-color'),
  badge: token('badge-color'),
  badgeText: token('badge-text-color'),
};

/**
 * The scene of a plan's figure, as the element and the command line both make it: titled with
 * the plan's title, described by `description`, each linked keyword named with where it leads.
 */
export function collaborationScene(plan: PlanDocument, layout: CollaborationLayout, description: CollaborationDescription, lang: string, presentation = false): Scene {
  const links = new Map<number, string>();
  for (const group of [...description.actors, ...description.groups])
    for (const keyword of group.keywords) if (keyword.linksTo !== undefined) links.set(keyword.index, keyword.text + keyword.linksTo);
  const title = localize(m.fileTitle(resolveText(plan.plan.title, lang, plan.plan.lang ?? 'ja')), lang);
  return sceneOfCollaboration(layout, { title, description: descriptionText(description), lang, links, presentation });
}

/**
 * The figure as a scene. Groups carry the parts the element's stylesheet and its interaction
 * know (`part` is the part name, then classes), and keys: `actor:N`, `keyword:N` (N from 0).
 */
export function sceneOfCollaboration(layout: CollaborationLayout, options: CollaborationSceneOptions): Scene {
  const links = options.links ?? new Map<number, string>();
  const lang = options.lang;
  const heavy = options.presentation === true;
  const items: SceneItem[] = [];
  if (layout.title) items.push({ type: 'group', part: 'title', children: [textOf(layout.title, t.text, true, lang)] });
  if (layout.ring.length > 0) {
    const labels: SceneItem[] = [];
    for (const segment of layout.ring) {
      if (segment.label.lines.length === 0) continue;
      labels.push({ type: 'group', part: 'ring-label', children: [boxOf(segment.label, 4, t.ringLabel), textOf(segment.label, t.ringText, true, lang)] });
    }
    items.push({
      type: 'group',
      part: 'ring',
      children: [{ type: 'group', x: layout.cx, y: layout.cy, children: layout.ring.map((segment) => ({ type: 'path', d: segment.path, fill: t.ring })) }, ...labels],
    });
  }
  items.push({
    type: 'group',
    part: 'circles',
    children: layout.actors.map((actor): SceneGroup => {
      const color = actorToken(actor.index);
      return {
        type: 'group',
        part: `actor actor-${actor.index + 1}`,
        key: `actor:${actor.index}`,
        children: [
          { type: 'circle', part: 'circle', cx: actor.cx, cy: actor.cy, r: actor.r, fill: color, fillOpacity: token('fill-opacity'), stroke: color, strokeWidth: heavy ? 3 : 1.5 },
        ],
      };
    }),
  });
  items.push({ type: 'group', part: 'center', children: [textOf(layout.center, t.text, true, lang)] });
  for (const actor of layout.actors) {
    const color = actorToken(actor.index);
    if (actor.key) {
      if (actor.key.marker) items.push({ type: 'group', part: `marker actor-badge actor-${actor.index + 1}`, children: [badgeOf(actor.key.marker, actor.key.number, color)] });
      continue;
    }
    const name: SceneItem[] = [];
    if (!actor.inRegion) name.push({ ...boxOf(actor.label, 4, t.chip), stroke: color, strokeWidth: heavy ? 2.5 : 1.5 });
    name.push(textOf(actor.label, color, true, lang));
    items.push({ type: 'group', part: `actor-name actor-${actor.index + 1}`, children: name });
  }
  for (const actor of layout.actors) {
    if (!actor.key) continue;
    const color = actorToken(actor.index);
    items.push({
      type: 'group',
      part: `keyword key-entry actor-${actor.index + 1} actor-name actor-badge`,
      children: [badgeOf(actor.key.badge, actor.key.number, color), textOf(actor.label, color, true, lang)],
    });
  }
  for (const keyword of layout.keywords) {
    const label = keyword.label;
    const name = links.get(keyword.index);
    const linked = name !== undefined;
    if (keyword.key?.marker) items.push({ type: 'group', part: 'marker', children: [badgeOf(keyword.key.marker, keyword.key.number, t.badge)] });
    if (keyword.key) items.push({ type: 'group', part: 'key-badge', key: `badge:keyword:${keyword.index}`, children: [badgeOf(keyword.key.badge, keyword.key.number, t.badge)] });
    const children: SceneItem[] = [];
    if (!keyword.key) {
      const chip: SceneItem = {
        type: 'rect',
        part: 'chip',
        x: label.box.x,
        y: label.box.y,
        width: label.box.width,
        height: label.box.height,
        r: Math.min(6, label.box.height / 2),
        fill: t.chip,
        fillOpacity: 0.88,
      };
      children.push(linked ? { ...chip, stroke: t.link, strokeWidth: heavy ? 2.5 : 1.5 } : chip);
    }
    children.push(textOf(label, linked ? t.link : t.text, false, lang));
    const group: SceneGroup = { type: 'group', part: linked ? 'keyword linked' : 'keyword', key: `keyword:${keyword.index}`, children };
    if (name !== undefined) group.label = name;
    items.push(group);
  }
  return {
    theme: 'plan-collaboration',
    width: layout.width,
    height: layout.height,
    lang: options.lang,
    title: options.title,
    description: options.description,
    background: token('background'),
    items,
  };
}

function boxOf(label: LabelLayout, r: number, fill: Paint): SceneItem & { type: 'rect' } {
  const b = label.box;
  return { type: 'rect', x: b.x, y: b.y, width: b.width, height: b.height, r, fill };
}

/**
 * A label's lines. A line broken at a space keeps it at its end: SVG does not draw it, but the
 * text read from the drawing ("Help into" + "work") keeps its words apart.
 */
function textOf(label: LabelLayout, fill: Paint, bold: boolean, lang: string): SceneText {
  let at = 0;
  const lines = label.lines.map((line) => {
    const found = label.text.indexOf(line.text, at);
    at = found < 0 ? at : found + line.text.length;
    const spaced = found >= 0 && /\s/.test(label.text.charAt(at)) ? `${line.text} ` : line.text;
    return { text: spaced, x: line.x, y: line.baseline };
  });
  const text: SceneText = { type: 'text', lines, fontSize: label.fontSize, anchor: label.align, fill, box: label.box };
  if (bold) text.bold = true;
  if (label.lang && label.lang !== lang) text.lang = label.lang;
  return text;
}

function badgeOf(badge: Badge, number: number, fill: Paint): SceneGroup {
  const size = Math.round(badge.r * 1.15 * 100) / 100;
  return {
    type: 'group',
    part: 'badge',
    children: [
      { type: 'circle', cx: badge.x, cy: badge.y, r: badge.r, fill },
      {
        type: 'text',
        lines: [{ text: String(number), x: badge.x, y: round(badge.y + baselineBelowMiddle(size)) }],
        fontSize: size,
        bold: true,
        anchor: 'middle',
        fill: t.badgeText,
      },
    ],
  };
}
