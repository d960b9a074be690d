import { html, type TemplateResult } from 'lit';
import type { ResolvedGrade } from '../../progress/index.js';
import { FONT_FAMILY } from '../../text/index.js';
import { svgOf } from './dom.js';
import type { GaugeView } from './view.js';
import { gradeShapeItems, scaleItems, sparklineItems } from './scene.js';
import { gaugeMessages } from './messages.js';
import { localize } from '../../schema/messages.js';

// The pure part (progress, texts, layout) lives in ./view.ts, so that files and slides need no Lit.
export { gaugeView, type GaugeView } from './view.js';

/** The grade's shape, filled with its colour (the plan's own when it gives one). */
export function gradeShape(grade: ResolvedGrade): SVGElement {
  return svgOf('shape', SHAPE_BOX, gradeShapeItems(grade));
}

const SHAPE_BOX = { x: 0, y: 0, width: 12, height: 12 };

// ---------------------------------------------------------------------------
// The gauge, built with the DOM: a grid of a thousand gauges is built in a fraction of the
// time a template per part takes. Its drawings are the scene's items (./scene.ts, ./dom.ts);
// plan text only ever becomes text nodes, never markup.

type Attributes = Record<string, string | number | null | undefined>;
type Child = Node | string | null | undefined | false;

function h(tag: string, attributes: Attributes, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined && value !== null) el.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

function scaleElement(view: GaugeView): SVGElement {
  const { layout, progress } = view;
  return svgOf('scale', layout.viewBox, scaleItems(layout, progress.grade, progress.measured), { 'font-family': FONT_FAMILY });
}

function trendElement(view: GaugeView): HTMLElement | null {
  const spark = view.sparkline;
  if (!spark) return null;
  const svg = svgOf('sparkline', { x: 0, y: 0, width: spark.width, height: spark.height }, sparklineItems(spark, view.progress.grade));
  return h('div', { class: 'trend' }, h('span', { class: 'trend-label' }, localize(gaugeMessages.trend, view.lang)), ' ', svg);
}

function factsElement(view: GaugeView): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  for (const fact of view.description.facts) {
    const dd = h('dd', {}, h('span', { class: 'fact-value' }, fact.value));
    if (fact.detail) {
      if (fact.detail.startsWith(' ')) dd.appendChild(document.createTextNode(' '));
      dd.appendChild(h('span', { class: 'fact-detail' }, fact.detail.trim()));
    }
    dl.appendChild(h('div', { class: `fact ${fact.key}` }, h('dt', {}, fact.term), dd));
  }
  return dl;
}

/**
 * One indicator's gauge as an element: a `role="meter"` box (`role="img"` when not measured)
 * whose `aria-valuetext` is the full sentence; inside it the name, the dial or bar, the grade by
 * shape, text and colour, the progress, the facts and the trend.
 */
export function gaugeElement(view: GaugeView): HTMLElement {
  const { progress, description } = view;
  const variant = view.layout.variant;
  const symbol = progress.grade.symbol;
  const classes = `gauge ${variant} tone-${progress.grade.tone}${progress.grade.color ? ' custom-color' : ''}`;
  const content: Child[] = [
    h('div', { part: 'label', class: 'name', lang: description.nameLang }, description.name),
    h(
      'div',
      { class: 'body' },
      scaleElement(view),
      h(
        'div',
        { class: 'status' },
        h(
          'span',
          { part: 'grade', class: 'grade', 'data-grade': progress.grade.key },
          gradeShape(progress.grade),
          symbol && h('span', { class: 'grade-symbol' }, symbol),
          h('span', { class: 'grade-label' }, description.grade),
        ),
        description.progress !== null && ' ',
        description.progress !== null && h('span', { class: 'progress' }, description.progress),
      ),
    ),
    factsElement(view),
    trendElement(view),
  ];
  if (!progress.measured) return h('div', { part: 'gauge', class: classes, role: 'img', 'aria-label': description.sentence }, ...content);
  return h(
    'div',
    {
      part: 'gauge',
      class: classes,
      role: 'meter',
      'aria-label': description.name,
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': Math.round(progress.fillFraction * 100),
      'aria-valuetext': description.sentence,
    },
    ...content,
  );
}

/** One indicator's gauge (see {@link gaugeElement}), for a template. */
export function renderGauge(view: GaugeView): TemplateResult {
  return html`${gaugeElement(view)}`;
}
