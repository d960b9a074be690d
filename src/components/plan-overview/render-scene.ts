import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Paint, Scene, SceneItem, SceneStyle } from '../../scene/types.js';
import { FONT_FAMILY } from '../../text/measure.js';
import { tokenShortName } from './theme.js';

/**
 * Paints as classes (`f-box`, `s-line`) whose rules the stylesheet writes from the tokens: a
 * strict Content-Security-Policy forbids style attributes, and presentation attributes cannot hold var().
 */
function classes(node: SceneStyle, text = false): string {
  const out = [];
  const fill = node.fill as Paint | undefined;
  out.push(fill && fill !== 'none' ? `f-${tokenShortName(fill)}` : text ? '' : 'f-none');
  if (node.stroke && node.stroke !== 'none') out.push(`s-${tokenShortName(node.stroke)}`);
  if (node.part) out.push(node.part);
  return out.join(' ');
}

function item(node: SceneItem): SVGTemplateResult {
  if (node.type === 'group') {
    const moved = node.x || node.y ? `translate(${node.x ?? 0} ${node.y ?? 0})` : nothing;
    return svg`<g transform=${moved} class=${node.part ?? nothing}>${node.children.map(item)}</g>`;
  }
  const sw = node.strokeWidth ?? nothing;
  const dash = node.dash?.join(' ') ?? nothing;
  const op = node.opacity ?? nothing;
  switch (node.type) {
    case 'rect':
      return svg`<rect class=${classes(node)} x=${node.x} y=${node.y} width=${node.width} height=${node.height} rx=${node.r ?? nothing} stroke-width=${sw} stroke-dasharray=${dash} opacity=${op}></rect>`;
    case 'circle':
      return svg`<circle class=${classes(node)} cx=${node.cx} cy=${node.cy} r=${node.r} stroke-width=${sw} opacity=${op}></circle>`;
    case 'line':
      return svg`<line class=${classes(node)} x1=${node.x1} y1=${node.y1} x2=${node.x2} y2=${node.y2} stroke-width=${sw} stroke-dasharray=${dash} opacity=${op}></line>`;
    case 'path':
      return svg`<path class=${classes(node)} d=${node.d} stroke-width=${sw} stroke-dasharray=${dash} opacity=${op}></path>`;
    case 'polygon':
      return svg`<polygon class=${classes(node)} points=${node.points.map((p) => p.join(',')).join(' ')} opacity=${op}></polygon>`;
    case 'text':
      // One <text> per line at its baseline, as the layout placed it; plan text is bound as data, never markup.
      return svg`<g class=${classes(node, true)} font-size=${node.fontSize} font-weight=${node.bold ? 'bold' : nothing} text-anchor=${node.anchor ?? nothing} lang=${node.lang ?? nothing}>${node.lines.map((line) => svg`<text x=${line.x} y=${line.y}>${line.text}</text>`)}</g>`;
  }
}

/**
 * A scene as live SVG in the element's shadow DOM: it scales to its box (viewBox, never wider
 * than drawn) and is one image named by the scene's description.
 */
export function renderScene(scene: Scene, part: string): TemplateResult {
  return html`<svg part=${part} viewBox=${`0 0 ${scene.width} ${scene.height}`} width=${scene.width} height=${scene.height} role="img" aria-label=${scene.description} font-family=${FONT_FAMILY}>${scene.items.map(item)}</svg>`;
}
