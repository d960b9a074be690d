import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Indicator, PlanDocument } from '../../schema/types.js';
import { indicatorProgress, type GradeTone, type IndicatorProgress, type ResolvedGrade } from '../../progress/index.js';
import { FONT_FAMILY } from '../../text/index.js';
import { describeIndicator, type GaugeDescription } from './describe.js';
import { layoutGauge, layoutSparkline, type GaugeLayout, type GaugeText, type GaugeVariant, type SparklineLayout } from './layout.js';
import { gaugeMessages } from './messages.js';
import { localize } from '../../schema/messages.js';

/** Everything needed to draw one indicator's gauge. */
export interface GaugeView {
  progress: IndicatorProgress;
  description: GaugeDescription;
  layout: GaugeLayout;
  sparkline: SparklineLayout | null;
  lang: string;
}

/** Computes a gauge: progress, texts and layout (no DOM). */
export function gaugeView(indicator: Indicator, plan: PlanDocument, lang: string, today: Date, variant: GaugeVariant): GaugeView {
  const planLang = plan.plan.lang ?? 'ja';
  const progress = indicatorProgress(indicator, plan, today, lang);
  const description = describeIndicator(progress, lang, planLang);
  const layout = layoutGauge(progress.scale, description.gauge, variant);
  const trend = [...(indicator.history ?? []), ...(progress.measured && indicator.current ? [indicator.current] : [])];
  const sparkline = layoutSparkline(trend.map((o) => (o.year === undefined ? { value: o.value } : { value: o.value, year: o.year })), variant === 'bar' ? 64 : 96, variant === 'bar' ? 20 : 28);
  return { progress, description, layout, sparkline, lang };
}

/** Grade shapes in a 12 × 12 box, so that a grade never rests on colour alone. */
const SHAPES: Record<GradeTone, string> = {
  achieved: 'M6,0.5A5.5,5.5 0 1 1 6,11.5A5.5,5.5 0 1 1 6,0.5Z',
  'on-track': 'M6,0.5L11.5,6L6,11.5L0.5,6Z',
  behind: 'M6,1L11.5,11H0.5Z',
  worsened: 'M0.5,1H11.5L6,11Z',
  'not-measured': 'M6,1.5A4.5,4.5 0 1 1 6,10.5A4.5,4.5 0 1 1 6,1.5Z',
};

/** The grade's shape, filled with its colour (the plan's own when it gives one). */
export function gradeShape(grade: ResolvedGrade): TemplateResult {
  const check = grade.tone === 'achieved' ? svg`<path class="check" d="M3.4,6.2L5.2,8L8.7,4.3"></path>` : nothing;
  return html`<svg class="shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"
    ><path class="shape-fill tone-${grade.tone}" d=${SHAPES[grade.tone]} fill=${grade.color ?? nothing} stroke=${grade.color ?? nothing}></path>${check}</svg
  >`;
}

// ---------------------------------------------------------------------------
// The gauge, built with the DOM: a grid of a thousand gauges is built in a fraction of the
// time a template per part takes. Plan text only ever becomes text nodes, never markup; the
// same code builds the gauge in Node for the exporter (see src/export/render-node.ts).

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number | null | undefined>;
type Child = Node | string | null | undefined | false;

function fill(el: Element, attributes: Attributes, children: readonly Child[]): void {
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined && value !== null) el.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

function h(tag: string, attributes: Attributes, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  fill(el, attributes, children);
  return el;
}

function s(tag: string, attributes: Attributes, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  fill(el, attributes, children);
  return el;
}

function shapeElement(grade: ResolvedGrade): SVGElement {
  return s(
    'svg',
    { class: 'shape', viewBox: '0 0 12 12', width: 12, height: 12, 'aria-hidden': 'true', focusable: 'false' },
    s('path', { class: `shape-fill tone-${grade.tone}`, d: SHAPES[grade.tone], fill: grade.color, stroke: grade.color }),
    grade.tone === 'achieved' && s('path', { class: 'check', d: 'M3.4,6.2L5.2,8L8.7,4.3' }),
  );
}

function textElement(label: GaugeText, className: string): SVGElement {
  return s('text', { class: className, x: label.x, y: label.y, 'text-anchor': label.anchor, 'font-size': label.fontSize }, label.text);
}

function scaleElement(view: GaugeView): SVGElement {
  const { layout, progress } = view;
  const { viewBox: box, baseline, target } = layout;
  const color = progress.grade.color;
  const svg = s(
    'svg',
    { class: 'scale', viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`, width: box.width, height: box.height, 'font-family': FONT_FAMILY, 'aria-hidden': 'true', focusable: 'false' },
    s('path', { part: 'track', class: 'track', d: layout.track }),
    layout.value !== null && s('path', { part: 'value', class: 'value', d: layout.value, fill: color }),
    s('g', { part: 'baseline', class: 'mark baseline' }, s('line', { x1: baseline.x1, y1: baseline.y1, x2: baseline.x2, y2: baseline.y2 }), baseline.label && textElement(baseline.label, 'mark-label')),
    s('g', { part: 'target', class: 'mark target' }, s('line', { x1: target.x1, y1: target.y1, x2: target.x2, y2: target.y2 }), target.label && textElement(target.label, 'mark-label')),
    layout.current !== null && s('circle', { part: 'current', class: 'current', cx: layout.current.x, cy: layout.current.y, r: layout.current.r, fill: color }),
  );
  for (const label of layout.ends) svg.appendChild(textElement(label, 'end-label'));
  if (layout.center) svg.appendChild(textElement(layout.center, progress.measured ? 'center-value' : 'center-value empty'));
  for (const label of layout.unit) svg.appendChild(textElement(label, 'center-unit'));
  return svg;
}

function trendElement(view: GaugeView): HTMLElement | null {
  const spark = view.sparkline;
  if (!spark) return null;
  const svg = s(
    'svg',
    { class: 'sparkline', viewBox: `0 0 ${spark.width} ${spark.height}`, width: spark.width, height: spark.height, 'aria-hidden': 'true', focusable: 'false' },
    s('path', { class: 'spark-line', d: spark.path }),
  );
  for (const p of spark.points) svg.appendChild(s('circle', { class: 'spark-point', cx: p.x, cy: p.y, r: 1.6 }));
  const last = spark.points[spark.points.length - 1];
  if (last) svg.appendChild(s('circle', { class: 'spark-last', cx: last.x, cy: last.y, r: 2.6 }));
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
        h('span', { part: 'grade', class: 'grade', 'data-grade': progress.grade.key }, shapeElement(progress.grade), h('span', { class: 'grade-label' }, description.grade)),
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
