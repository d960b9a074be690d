import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
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

function text(label: GaugeText, className: string): SVGTemplateResult {
  return svg`<text class=${className} x=${label.x} y=${label.y} text-anchor=${label.anchor} font-size=${label.fontSize}>${label.text}</text>`;
}

function drawGauge(view: GaugeView): TemplateResult {
  const { layout, progress } = view;
  const { viewBox: box, baseline, target } = layout;
  const color = progress.grade.color;
  return html`<svg
    class="scale"
    viewBox="${box.x} ${box.y} ${box.width} ${box.height}"
    width=${box.width}
    height=${box.height}
    font-family=${FONT_FAMILY}
    aria-hidden="true"
    focusable="false"
  >
    <path part="track" class="track" d=${layout.track}></path>
    ${layout.value ? svg`<path part="value" class="value" d=${layout.value} fill=${color ?? nothing}></path>` : nothing}
    <g part="baseline" class="mark baseline">
      <line x1=${baseline.x1} y1=${baseline.y1} x2=${baseline.x2} y2=${baseline.y2}></line>
      ${baseline.label ? text(baseline.label, 'mark-label') : nothing}
    </g>
    <g part="target" class="mark target">
      <line x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>
      ${target.label ? text(target.label, 'mark-label') : nothing}
    </g>
    ${layout.current ? svg`<circle part="current" class="current" cx=${layout.current.x} cy=${layout.current.y} r=${layout.current.r} fill=${color ?? nothing}></circle>` : nothing}
    ${layout.ends.map((label) => text(label, 'end-label'))}
    ${layout.center ? text(layout.center, progress.measured ? 'center-value' : 'center-value empty') : nothing}
    ${layout.unit.map((label) => text(label, 'center-unit'))}
  </svg>`;
}

function drawSparkline(view: GaugeView): TemplateResult | typeof nothing {
  const spark = view.sparkline;
  if (!spark) return nothing;
  const last = spark.points[spark.points.length - 1];
  return html`<div class="trend">
    <span class="trend-label">${localize(gaugeMessages.trend, view.lang)}</span>
    <svg class="sparkline" viewBox="0 0 ${spark.width} ${spark.height}" width=${spark.width} height=${spark.height} aria-hidden="true" focusable="false">
      <path class="spark-line" d=${spark.path}></path>
      ${spark.points.map((p) => svg`<circle class="spark-point" cx=${p.x} cy=${p.y} r="1.6"></circle>`)}
      ${last ? svg`<circle class="spark-last" cx=${last.x} cy=${last.y} r="2.6"></circle>` : nothing}
    </svg>
  </div>`;
}

/**
 * One indicator's gauge: a `role="meter"` box (`role="img"` when not measured) whose
 * `aria-valuetext` is the full sentence; the dial or bar, the grade by shape, text and colour,
 * the progress, the facts and the trend.
 */
export function renderGauge(view: GaugeView): TemplateResult {
  const { progress, description } = view;
  const variant = view.layout.variant;
  const classes = `gauge ${variant} tone-${progress.grade.tone}${progress.grade.color ? ' custom-color' : ''}`;
  // The face is skipped (content-visibility) while far off screen; the meter around it, whose
  // name and value text say everything the face shows, is not, so that it is always in the
  // accessibility tree (a meter's children are presentational).
  const inner = html`<div class="face">
    <div part="label" class="name" lang=${description.nameLang ?? nothing}>${description.name}</div>
    <div class="body">
      ${drawGauge(view)}
      <div class="status">
        <span part="grade" class="grade" data-grade=${progress.grade.key}>${gradeShape(progress.grade)}<span class="grade-label">${description.grade}</span></span>
        ${description.progress === null ? nothing : html`<span class="progress">${description.progress}</span>`}
      </div>
    </div>
    <dl class="facts">
      ${description.facts.map(
        (fact) => html`<div class="fact ${fact.key}"><dt>${fact.term}</dt><dd><span class="fact-value">${fact.value}</span>${fact.detail ? html`${fact.detail.startsWith(' ') ? ' ' : ''}<span class="fact-detail">${fact.detail.trim()}</span>` : nothing}</dd></div>`,
      )}
    </dl>
    ${drawSparkline(view)}
  </div>`;
  if (!progress.measured) {
    return html`<div part="gauge" class=${classes} role="img" aria-label=${description.sentence}>${inner}</div>`;
  }
  return html`<div
    part="gauge"
    class=${classes}
    role="meter"
    aria-label=${description.name}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(progress.fillFraction * 100)}
    aria-valuetext=${description.sentence}
  >
    ${inner}
  </div>`;
}
