import { css } from 'lit';

export const trendStyles = css`
  :host {
    display: block;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    max-width: 720px;
    font-family: var(--plan-viz-font-family, 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif);
    color: var(--plan-trend-label-color, #3d444d);
    overflow: visible;
  }
  details {
    margin-top: 0.25rem;
    font-size: 0.9em;
  }
  summary {
    cursor: pointer;
  }
  summary:focus-visible {
    outline: 3px solid var(--plan-gauge-grade-on-track-color, #0969da);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.25rem;
  }
  th,
  td {
    border-bottom: 1px solid #d0d7de;
    padding: 0.2em 0.6em;
    text-align: start;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      --plan-trend-line-color: #e6edf3;
      --plan-trend-target-color: #e6edf3;
      --plan-trend-expected-color: #9da7b3;
      --plan-trend-grid-color: #3d444d;
      --plan-trend-label-color: #b1bac4;
      --plan-trend-background: #17191c;
    }
  }
`;
