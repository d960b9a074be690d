import { css } from 'lit';

/** The trend button of a card and of a table row: in the element's first load, since the cards have it. */
export const trendToggleStyles = css`
  .trend-toggle {
    font: inherit;
    font-size: 0.85em;
    color: inherit;
    min-height: 2em;
    padding: 0.15em 0.7em;
    border: 1.5px solid currentColor;
    border-radius: 6px;
    background: transparent;
    cursor: pointer;
  }
  .trend-toggle[aria-expanded='true'] {
    background: rgba(127, 127, 127, 0.18);
  }
  .trend-toggle:focus-visible {
    outline: 3px solid var(--plan-gauge-grade-on-track-color, #0969da);
    outline-offset: 2px;
  }
  .cell > .trend-toggle {
    margin-top: 0.35rem;
  }
  .cell > plan-trend {
    margin-top: 0.5rem;
  }
  /* A card whose trend is open takes the whole row, so that the figure is wide enough to read. */
  .grid.arc > .cell:has(> plan-trend) {
    grid-column: 1 / -1;
  }
`;

/** A group's roll-up under its heading: the stacked bar and the counts. */
export const rollupStyles = css`
  .rollup {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
    margin: 0 0 0.6rem;
    font-size: 0.9em;
  }
  .rollup-bar {
    width: 8rem;
    height: 0.6rem;
    border: 1px solid var(--_track-border);
    border-radius: 2px;
  }
  .rollup-bar rect:not([fill]) {
    fill: var(--grade-color);
  }
`;
