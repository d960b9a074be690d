import { css } from 'lit';
import { darkRules } from '../../core/shared.styles.js';

/** The grid, headings and summary of `<plan-indicators>`. */
export const indicatorsStyles = css`
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  .filter-title {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
    overflow-wrap: anywhere;
    word-break: auto-phrase;
    line-break: strict;
  }
  .filter [part~='message'] {
    flex: 1 1 100%;
  }
  .show-all {
    font: inherit;
    color: inherit;
    min-height: 2.25em;
    padding: 0.25em 0.9em;
    border: 1.5px solid currentColor;
    border-radius: 6px;
    background: transparent;
    cursor: pointer;
  }
  .show-all:hover {
    background: rgba(127, 127, 127, 0.14);
  }
  .show-all:focus-visible {
    outline: 3px solid var(--plan-gauge-grade-on-track-color, #0969da);
    outline-offset: 2px;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_track-border);
    border-radius: 6px;
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .grades {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grade-count {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .grade-number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    margin-inline-start: 0.15em;
  }
  .group {
    margin-top: 1.25rem;
  }
  .heading {
    margin: 0 0 0.5rem;
    padding-bottom: 0.25rem;
    border-bottom: 2px solid var(--_track-border);
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.4;
    overflow-wrap: anywhere;
    word-break: auto-phrase;
    line-break: strict;
  }
  .grid {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid.arc {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--plan-indicators-column-width, 14rem)), 1fr));
    gap: 1rem;
  }
  /*
   * A card away from the screen is neither styled, laid out nor painted until it comes near it
   * or the page is idle (class waiting, see drawWaitingCards): a plan of 1,000 indicators comes
   * about four times faster. The skipped part is inside the gauge: the gauge itself, a meter
   * named by its full sentence, stays in the accessibility tree, which Chromium leaves skipped
   * content out of. Its height until then is a typical card's, then the one it was drawn at.
   */
  .grid .cell.waiting > .gauge {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 15em;
  }
  .grid.bar .cell.waiting > .gauge {
    contain-intrinsic-block-size: auto 6em;
  }
  .grid.arc .cell {
    min-width: 0;
    padding: 0.75rem;
    border: 1px solid var(--_cell-border);
    border-radius: 8px;
  }
  .grid.bar .cell {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_cell-border);
  }

  /* Presentation: larger type, wider columns and dials (heavier lines: gaugeStyles). */
  :host([presentation]) {
    font-size: 1.4em;
  }
  :host([presentation]) .grid.arc {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--plan-indicators-column-width, 14em)), 1fr));
  }
  :host([presentation]) .gauge.arc svg.scale {
    width: min(100%, 17em);
  }
  :host([presentation]) .heading {
    border-bottom-width: 3px;
  }

  ${darkRules((host) => `${host} .show-all:focus-visible{outline-color:var(--plan-gauge-grade-on-track-color,#58a6ff)}`)}

  /* Printed: no card split across pages, a heading kept with its first row, no button. */
  @media print {
    .grid .cell.waiting > .gauge {
      content-visibility: visible;
    }
    .summary,
    .grid .cell {
      break-inside: avoid;
    }
    .heading,
    .filter {
      break-after: avoid;
    }
    .show-all {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .show-all {
      border-color: ButtonText;
    }
  }
`;
