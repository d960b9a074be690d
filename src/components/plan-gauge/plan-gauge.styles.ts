import { css, unsafeCSS, type CSSResult } from 'lit';
import { themeCSS } from '../../theme/css.js';
import type { Scheme } from '../../theme/define.js';
import { gaugeTheme } from '../../theme/gauge.js';

const TOKENS = {
  achieved: '--plan-gauge-grade-achieved-color',
  onTrack: '--plan-gauge-grade-on-track-color',
  behind: '--plan-gauge-grade-behind-color',
  worsened: '--plan-gauge-grade-worsened-color',
  notMeasured: '--plan-gauge-grade-not-measured-color',
  track: '--plan-gauge-track-color',
  trackBorder: '--plan-gauge-track-border-color',
  baseline: '--plan-gauge-baseline-color',
  target: '--plan-gauge-target-color',
  label: '--plan-gauge-label-color',
  currentRing: '--plan-gauge-current-ring-color',
  check: '--_check',
  background: '--_background',
} as const;

type GaugeColors = { readonly [K in keyof typeof TOKENS]: string };
const colorsOf = (scheme: Scheme): GaugeColors =>
  Object.fromEntries(Object.entries(TOKENS).map(([key, token]) => [key, gaugeTheme.tokens[token][scheme]])) as unknown as GaugeColors;

/** Default colours of the gauge (from its theme, src/theme/gauge.ts); grade and mark colours meet 4.5:1 against the background (so they may colour text) and 3:1 against the track. */
export const GAUGE_COLORS: GaugeColors = colorsOf('light');

/** Dark-mode defaults (`prefers-color-scheme: dark`), checked like the light ones against the dark page. */
export const GAUGE_COLORS_DARK: GaugeColors = colorsOf('dark');

/**
 * The gauge's styles, shared by `<plan-gauge>` and `<plan-indicators>`. Default colours meet
 * 4.5:1 against white (so they may colour text) and 3:1 against the track.
 */
export const gaugeStyles: CSSResult = css`
  ${unsafeCSS(themeCSS(gaugeTheme))}
  .gauge {
    --grade-color: var(--_grade-not-measured);
    box-sizing: border-box;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .tone-achieved {
    --grade-color: var(--_grade-achieved);
  }
  .tone-on-track {
    --grade-color: var(--_grade-on-track);
  }
  .tone-behind {
    --grade-color: var(--_grade-behind);
  }
  .tone-worsened {
    --grade-color: var(--_grade-worsened);
  }
  .tone-not-measured {
    --grade-color: var(--_grade-not-measured);
  }

  .name {
    font-weight: 700;
    font-size: 0.95em;
    line-height: 1.4;
    overflow-wrap: anywhere;
    word-break: auto-phrase;
    line-break: strict;
  }
  svg.scale {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
    stroke: var(--_track-border);
    stroke-width: 0.75;
  }
  .value:not([fill]) {
    fill: var(--grade-color);
  }
  .current {
    stroke: var(--_current-ring);
    stroke-width: 2;
  }
  .current:not([fill]) {
    fill: var(--grade-color);
  }
  .mark line {
    stroke-linecap: butt;
  }
  .mark.baseline line {
    stroke: var(--_baseline);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .mark.target line {
    stroke: var(--_target);
    stroke-width: 3;
  }
  .mark-label,
  .end-label {
    fill: var(--_label);
  }
  .mark.target .mark-label {
    fill: var(--_target);
    font-weight: 700;
  }
  .center-value {
    fill: currentColor;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .center-value.empty {
    fill: var(--_grade-not-measured);
    font-weight: 400;
  }
  .center-unit {
    fill: var(--_label);
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .status > * {
    min-width: 0;
  }
  .grade {
    /* A grade name with no break in it wraps inside the card rather than pushing past it. */
    max-width: 100%;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.05em 0.55em 0.05em 0.4em;
    border: 1.5px solid var(--grade-color);
    border-radius: 999px;
    font-weight: 700;
    line-height: 1.5;
  }
  .custom-color .grade {
    border-color: currentColor;
  }
  .grade-label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .shape {
    flex: none;
  }
  /* A grade in the plan's own colour has it as attributes (the scene's literal paint). */
  .shape-fill:not([stroke]) {
    fill: var(--grade-color);
    stroke: var(--grade-color);
  }
  .shape-fill.tone-not-measured {
    fill: none;
    stroke-width: 1.5;
  }
  .shape-fill.tone-not-measured:not([stroke]) {
    stroke-dasharray: 2 1.5;
  }
  .check {
    fill: none;
    stroke: var(--_check);
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .progress {
    font-variant-numeric: tabular-nums;
  }

  .facts {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.6em;
    margin: 0.35rem 0 0;
    font-size: 0.85em;
    line-height: 1.45;
  }
  .fact {
    display: contents;
  }
  .fact dt {
    color: var(--_label);
    white-space: nowrap;
  }
  .fact dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .fact-value {
    font-variant-numeric: tabular-nums;
  }
  .fact-detail {
    display: inline-block;
  }

  .trend {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.25rem;
    font-size: 0.8em;
    color: var(--_label);
  }
  .spark-line {
    fill: none;
    stroke: var(--_label);
    stroke-width: 1.25;
    stroke-linejoin: round;
  }
  .spark-point {
    fill: var(--_label);
  }
  .spark-last {
    fill: var(--grade-color);
    stroke: var(--_current-ring);
    stroke-width: 0.75;
  }

  /* The dial: name, dial with status under it, facts. */
  .gauge.arc {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .gauge.arc .body {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
  }
  .gauge.arc svg.scale {
    width: min(100%, 17rem);
  }
  .gauge.arc .status {
    justify-content: center;
  }

  /* The bar: name, then bar + status on one row (wrapping when narrow), facts inline. */
  .gauge.bar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.2rem;
  }
  .gauge.bar .body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .gauge.bar svg.scale {
    flex: 0 1 16rem;
    min-width: 10rem;
  }
  .gauge.bar .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    margin: 0;
  }
  .gauge.bar .fact {
    display: flex;
    gap: 0.5em;
  }

  [part='message'] {
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px dashed var(--_track-border);
    border-radius: 6px;
    color: var(--_label);
  }

  /* On a slide (the presentation attribute, <plan-gauge> and <plan-indicators> alike): heavier lines. */
  :host([presentation]) .track {
    stroke-width: 1.5;
  }
  :host([presentation]) svg.sparkline {
    width: 5em;
    height: auto;
  }


  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .value,
    .value[fill],
    .current,
    .shape-fill,
    .spark-last {
      fill: Highlight;
      stroke: CanvasText;
    }
    .mark line {
      stroke: CanvasText;
    }
    .mark-label,
    .end-label,
    .center-value,
    .center-unit {
      fill: CanvasText;
    }
    .grade {
      border-color: CanvasText;
    }
  }
`;

/** What `<plan-gauge>` alone adds: one gauge on a slide (`presentation`), centred in the element's box. */
export const gaugeElementStyles: CSSResult = css`
  :host([presentation]:not([hidden])) {
    display: flex;
    align-items: center;
    justify-content: center;
  }
  :host([presentation]) {
    font-size: 2em;
  }
  :host([presentation]) .gauge {
    width: min(100%, 22em);
  }
  :host([presentation]) .gauge.arc svg.scale {
    width: min(100%, 15em);
  }
`;
