import { css } from 'lit';

/** The grid, headings and summary of `<plan-indicators>`. */
export const indicatorsStyles = css`
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--plan-gauge-track-border-color, #7d8590);
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
    border-bottom: 2px solid var(--plan-gauge-track-border-color, #7d8590);
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
  .grid.arc .cell {
    min-width: 0;
    padding: 0.75rem;
    border: 1px solid #d0d7de;
    border-radius: 8px;
  }
  .grid.bar .cell {
    padding: 0.5rem 0;
    border-bottom: 1px solid #d0d7de;
  }
`;
