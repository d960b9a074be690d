import { css } from 'lit';

/**
 * The gauge's styles, shared by `<plan-gauge>` and `<plan-indicators>`. Default colours meet
 * 4.5:1 against white (so they may colour text) and 3:1 against the track.
 */
export const gaugeStyles = css`
  .gauge {
    --grade-color: var(--plan-gauge-grade-not-measured-color, #6e7781);
    box-sizing: border-box;
    min-width: 0;
  }
  .tone-achieved {
    --grade-color: var(--plan-gauge-grade-achieved-color, #1a7f37);
  }
  .tone-on-track {
    --grade-color: var(--plan-gauge-grade-on-track-color, #0969da);
  }
  .tone-behind {
    --grade-color: var(--plan-gauge-grade-behind-color, #9a6700);
  }
  .tone-worsened {
    --grade-color: var(--plan-gauge-grade-worsened-color, #cf222e);
  }
  .tone-not-measured {
    --grade-color: var(--plan-gauge-grade-not-measured-color, #6e7781);
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
    fill: var(--plan-gauge-track-color, #e6e9ed);
    stroke: var(--plan-gauge-track-border-color, #7d8590);
    stroke-width: 0.75;
  }
  .value:not([fill]) {
    fill: var(--grade-color);
  }
  .current {
    stroke: var(--plan-gauge-current-ring-color, #fff);
    stroke-width: 2;
  }
  .current:not([fill]) {
    fill: var(--grade-color);
  }
  .mark line {
    stroke-linecap: butt;
  }
  .mark.baseline line {
    stroke: var(--plan-gauge-baseline-color, #57606a);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .mark.target line {
    stroke: var(--plan-gauge-target-color, #1b1b1b);
    stroke-width: 3;
  }
  .mark-label,
  .end-label {
    fill: var(--plan-gauge-label-color, #3d444d);
  }
  .mark.target .mark-label {
    fill: var(--plan-gauge-target-color, #1b1b1b);
    font-weight: 700;
  }
  .center-value {
    fill: currentColor;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .center-value.empty {
    fill: var(--plan-gauge-grade-not-measured-color, #6e7781);
    font-weight: 400;
  }
  .center-unit {
    fill: var(--plan-gauge-label-color, #3d444d);
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .grade {
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
  .shape {
    flex: none;
  }
  .shape-fill:not([fill]) {
    fill: var(--grade-color);
    stroke: var(--grade-color);
  }
  .shape-fill.tone-not-measured:not([fill]) {
    fill: none;
    stroke-width: 1.5;
    stroke-dasharray: 2 1.5;
  }
  .shape-fill.tone-not-measured[fill] {
    fill: none;
    stroke-width: 1.5;
  }
  .check {
    fill: none;
    stroke: #fff;
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
    color: var(--plan-gauge-label-color, #3d444d);
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
    color: var(--plan-gauge-label-color, #3d444d);
  }
  .spark-line {
    fill: none;
    stroke: var(--plan-gauge-label-color, #3d444d);
    stroke-width: 1.25;
    stroke-linejoin: round;
  }
  .spark-point {
    fill: var(--plan-gauge-label-color, #3d444d);
  }
  .spark-last {
    fill: var(--grade-color);
    stroke: #fff;
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
    border: 1px dashed var(--plan-gauge-track-border-color, #7d8590);
    border-radius: 6px;
    color: var(--plan-gauge-label-color, #3d444d);
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
