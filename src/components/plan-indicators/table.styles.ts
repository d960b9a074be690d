import { css } from 'lit';

/** `<plan-indicators layout="table">`: the KPI table, scrolling sideways in its box with the first column fixed. */
export const tableStyles = css`
  .table-tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  .download,
  .sort {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .download {
    min-height: 2em;
    padding: 0.15em 0.7em;
    border: 1.5px solid currentColor;
    border-radius: 6px;
    background: transparent;
  }
  .name .trend-toggle {
    margin-inline-start: 0.4em;
  }
  :is(.download, .sort, .table-scroll):focus-visible {
    outline: 3px solid var(--plan-gauge-grade-on-track-color, #0969da);
    outline-offset: 2px;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  /* Fixed layout: column widths come from the columns, not from measuring every cell of a thousand rows. */
  .kpi {
    table-layout: fixed;
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9em;
    line-height: 1.45;
  }
  .col-node {
    width: 10em;
  }
  .col-name {
    width: 15em;
  }
  .col-unit {
    width: 5.5em;
  }
  .col-baseline,
  .col-target {
    width: 7em;
  }
  .col-year {
    width: 6.5em;
  }
  .col-progress {
    width: 6.5em;
  }
  .col-grade {
    width: 9.5em;
  }
  .download-problem {
    flex: 1 1 100%;
    margin: 0;
    color: var(--plan-viz-error-color, #b3261e);
  }
  .kpi caption {
    text-align: start;
    font-weight: 700;
    padding: 0.25em 0;
  }
  .kpi :is(th, td) {
    border-bottom: 1px solid var(--_cell-border);
    padding: 0.35em 0.6em;
    vertical-align: top;
    text-align: start;
    word-break: auto-phrase;
    line-break: strict;
    overflow-wrap: anywhere;
  }
  .kpi thead th {
    border-bottom-width: 2px;
    vertical-align: bottom;
    white-space: nowrap;
    padding: 0;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.25em;
    width: 100%;
    padding: 0.35em 0.6em;
    border: 0;
    background: transparent;
    font-weight: 700;
    text-align: inherit;
  }
  .num .sort {
    justify-content: flex-end;
  }
  .print-label {
    display: none;
  }
  .sort-mark {
    font-size: 0.75em;
    opacity: 0.6;
  }
  [aria-sort='ascending'] .sort-mark,
  [aria-sort='descending'] .sort-mark {
    opacity: 1;
  }
  .kpi .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .year {
    display: block;
    font-size: 0.8em;
    opacity: 0.8;
  }
  .kpi .node {
    position: sticky;
    left: 0;
    z-index: 1;
    min-width: 7em;
    max-width: 11em;
    background: var(--_table-background, Canvas);
    border-inline-end: 1px solid var(--_cell-border);
  }
  .kpi thead .node {
    z-index: 2;
  }
  .kpi .name {
    min-width: 10em;
    max-width: 18em;
    font-weight: 400;
  }
  .kpi thead .name {
    font-weight: 700;
  }
  .kpi .grade-cell {
    white-space: nowrap;
  }
  .kpi .grade-cell .shape {
    vertical-align: -0.1em;
    margin-inline-end: 0.3em;
  }
  .trend-row td {
    background: rgba(127, 127, 127, 0.06);
  }
  .trend-row plan-trend {
    display: block;
    max-width: 40rem;
    position: sticky;
    left: 0.6em;
  }
  @media print {
    .table-tools,
    .trend-toggle {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
    .kpi {
      width: 100%;
      font-size: 8.5pt;
    }
    .kpi thead {
      display: table-header-group;
    }
    /* Chromium repeats the header on every page but paints the text of its buttons on the first only: plain labels in print. */
    .kpi thead th {
      padding: 0.35em 0.6em;
    }
    .sort {
      display: none;
    }
    .print-label {
      display: inline;
    }
    .kpi tr {
      break-inside: avoid;
    }
    .kpi .node {
      position: static;
    }
  }
`;
