import { css, unsafeCSS } from 'lit';
import { darkRules } from '../../core/shared.styles.js';
import { overviewDeclarations, paintRules } from './theme.js';

/** Colours of every overview part (the figures' paints and the HTML around them). */
export const overviewColors = css`
  :host {
    ${unsafeCSS(overviewDeclarations('light'))}
  }
  ${darkRules((host) => `${host}{${overviewDeclarations('dark')}}`)}
  ${unsafeCSS(paintRules())}
  .f-none {
    fill: none;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  svg text {
    stroke: none;
  }
`;

/** The timeline list and section panels, shared by <plan-timeline> and <plan-overview>. */
export const overviewPartStyles = css`
  /* Japanese lines break between phrases (文節), not inside a word like 施行 or 見直し; a phrase longer than the line still breaks. */
  .timeline,
  .section,
  header {
    word-break: auto-phrase;
    line-break: strict;
    overflow-wrap: anywhere;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1.25rem;
    border-left: 3px solid var(--_ov-line);
  }
  .event {
    position: relative;
    margin: 0 0 1rem;
    break-inside: avoid;
  }
  .event::before {
    content: '';
    position: absolute;
    left: calc(-1.25rem - 9px);
    top: 0.35em;
    width: 11px;
    height: 11px;
    border-radius: 50%;
    background: var(--_ov-plan);
    border: 2px solid var(--_ov-box);
  }
  .event.planned::before {
    background: var(--_ov-box);
    border: 2px dashed var(--_ov-today);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    font-size: 0.9em;
    color: var(--_ov-muted);
  }
  time {
    font-weight: bold;
    color: var(--_ov-text);
  }
  .scope {
    border: 1px solid var(--_ov-box-border);
    border-radius: 3px;
    padding: 0 0.3em;
    font-size: 0.85em;
  }
  .badge {
    color: var(--_ov-today);
    border: 1.5px dashed var(--_ov-today);
    border-radius: 3px;
    padding: 0 0.35em;
    font-size: 0.9em;
  }
  .event h3,
  .event h4,
  .event h5 {
    margin: 0.15rem 0 0.2rem;
    font-size: 1em;
    line-height: 1.45;
  }
  .event ul,
  .section ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .event li,
  .section li {
    margin: 0.1rem 0;
    overflow-wrap: anywhere;
    line-break: strict;
  }
  .panel {
    border: 1px solid var(--_ov-box-border);
    border-radius: 6px;
    padding: 0.75rem 1rem;
    background: var(--_ov-box);
    break-inside: avoid;
    min-width: 0;
  }
  .panel > h2,
  .panel > h3,
  .panel > h4,
  .panel > h5 {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
    border-bottom: 2px solid var(--_ov-plan);
    padding-bottom: 0.2rem;
  }
  [part='empty'] {
    color: var(--_ov-muted);
    margin: 0;
  }
`;

/** The overview's page: header, then the parts in one column on a phone, two or three on wider boxes. */
export const overviewLayoutStyles = css`
  :host {
    container-type: inline-size;
  }
  .overview {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'period' 'relations' 'timeline' 'tree' 'collaboration' 'sections';
  }
  header {
    grid-area: header;
  }
  header h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.3;
  }
  header p {
    margin: 0.2rem 0 0;
    color: var(--_ov-muted);
  }
  .period {
    grid-area: period;
  }
  .relations {
    grid-area: relations;
  }
  .timeline-panel {
    grid-area: timeline;
  }
  .tree {
    grid-area: tree;
  }
  .collaboration {
    grid-area: collaboration;
  }
  .sections {
    grid-area: sections;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    align-items: start;
  }
  .fig {
    width: 100%;
  }
  .col {
    display: contents;
  }
  .fig.print {
    display: none;
  }
  @media print {
    .fig.screen {
      display: none;
    }
    .fig.print {
      display: block;
    }
  }
  @container (min-width: 56rem) {
    .overview {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'header header' 'period period' 'relations timeline' 'tree tree' 'collaboration sections';
      align-items: start;
    }
  }
  @container (min-width: 88rem) {
    .overview {
      grid-template-columns: minmax(0, 5fr) minmax(0, 4fr) minmax(0, 4fr);
      grid-template-areas: 'header header header' 'period period timeline' 'relations relations timeline' 'tree tree collaboration' 'sections sections sections';
      grid-template-rows: auto auto 1fr auto auto;
    }
  }
  ::slotted(*) {
    max-width: 100%;
  }
  /*
   * Print: type at about 60% (like a printed 概要版) and a page-sized grid. On an A3 landscape
   * page the parts stand in four columns on one sheet; on a narrower page (A4 portrait) in two,
   * over two sheets. No panel is split across pages.
   */
  @media print {
    .overview {
      zoom: var(--plan-overview-print-scale, 0.55);
      gap: 0.75rem;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-rows: none;
      grid-template-areas: 'header header' 'period period' 'relations timeline' 'collaboration timeline' 'tree tree' 'sections sections';
      align-items: start;
    }
    /* A4 portrait: the figures and the timeline on the first sheet, the tree and the sections on the second. */
    .tree {
      break-before: page;
    }
    .sections {
      display: block;
      columns: 3;
      column-gap: 0.75rem;
    }
    .sections > * {
      margin-bottom: 0.75rem;
    }
    .panel,
    header,
    .sections > *,
    ::slotted(*) {
      break-inside: avoid;
    }
  }
  @media print and (min-width: 250mm) {
    .overview {
      zoom: var(--plan-overview-print-scale, 0.6);
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.6fr) minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: none;
    }
    .col {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      min-width: 0;
    }
    .tree {
      break-before: auto;
    }
    .sections {
      display: grid;
      columns: auto;
      grid-template-columns: minmax(0, 1fr);
    }
    .sections > * {
      margin-bottom: 0;
    }
  }
`;
