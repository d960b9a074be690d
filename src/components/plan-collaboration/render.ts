// The DOM renderer of the collaboration scene: its shapes as Lit SVG templates, styled by the
// element's stylesheet through their parts and classes (so that the page's custom properties,
// dark mode, forced colours and hover apply). Groups are handed to the element, which adds
// what is interactive (hover, focus, buttons). Only the shapes the figure uses: rect, circle, path, text.
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { SceneGroup, SceneItem, SceneText } from '../../scene/types.js';

/** The group names that are CSS parts of `<plan-collaboration>` (the others are classes only). */
const PARTS = new Set(['title', 'ring', 'actor', 'actor-name', 'center', 'keyword', 'marker']);

/** What the element does with a group: `content` is its children, drawn. */
export type GroupRenderer = (group: SceneGroup, content: SVGTemplateResult[], top: boolean) => SVGTemplateResult;

/** The `part` attribute of a group: its first name, when that is a part of the element. */
export function partOf(group: SceneGroup): string | undefined {
  const name = group.part?.split(' ', 1)[0];
  return name !== undefined && PARTS.has(name) ? name : undefined;
}

/** Draws scene items; `group` draws each group around its drawn children. */
export function renderItems(items: readonly SceneItem[], group: GroupRenderer, top = true): SVGTemplateResult[] {
  const out: SVGTemplateResult[] = [];
  for (const item of items) {
    switch (item.type) {
      case 'group':
        out.push(group(item, renderItems(item.children, group, false), top));
        break;
      case 'rect':
        out.push(svg`<rect class=${item.part ?? nothing} x=${item.x} y=${item.y} width=${item.width} height=${item.height} rx=${item.r ?? nothing}></rect>`);
        break;
      case 'circle':
        out.push(svg`<circle class=${item.part ?? nothing} cx=${item.cx} cy=${item.cy} r=${item.r}></circle>`);
        break;
      case 'path':
        out.push(svg`<path class=${item.part ?? nothing} d=${item.d}></path>`);
        break;
      case 'text':
        for (const line of textLines(item)) out.push(line);
        break;
    }
  }
  return out;
}

function textLines(text: SceneText): SVGTemplateResult[] {
  const anchor = text.anchor ?? 'start';
  const lang = text.lang ?? nothing;
  return text.lines.map((line) => svg`<text x=${line.x} y=${line.y} font-size=${text.fontSize} text-anchor=${anchor} lang=${lang}>${line.text}</text>`);
}
