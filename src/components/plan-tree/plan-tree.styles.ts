import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkRules } from '../../core/shared.styles.js';
import { themeCSS } from '../../theme/css.js';
import { treeTheme, TREE_GOAL_COLORS } from '../../theme/tree.js';
import { FONT_FAMILY } from '../../text/index.js';

/** Each goal's colours, `.goal-1` … `.goal-6`, from the theme's private aliases (their defaults follow the scheme). */
const goalRules = Array.from({ length: TREE_GOAL_COLORS }, (_, i) => `.goal-${i + 1}{--goal:var(--_goal-${i + 1});--tint:var(--_goal-${i + 1}-tint)}`).join('');

/** Outline indents: 0.9rem per level (the vision at 0), the guide line in the goal's colour. */
const levelRules = Array.from({ length: 7 }, (_, depth) => `.outline .level-${depth}{margin-inline-start:${depth === 0 ? 0 : 0.35 + (depth - 1) * 0.9}rem}`).join('');

export const planTreeStyles: CSSResult = css`
  ${unsafeCSS(themeCSS(treeTheme))}
  :host {
    --goal: var(--_vision);
    --tint: var(--_background);
  }
  ${unsafeCSS(goalRules)}

  .scroller {
    overflow-x: auto;
    overflow-y: hidden;
    background: var(--_background);
  }
  .canvas {
    position: relative;
  }
  svg {
    display: block;
    font-family: ${unsafeCSS(FONT_FAMILY)};
    overflow: visible;
  }
  /* Bands away from the screen are neither laid out nor painted until they come near it (or the page is idle: draw.ts). */
  .band.lazy {
    content-visibility: auto;
  }
  @media print {
    .band.lazy {
      content-visibility: visible;
    }
  }
  .overlay {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
  }
  text {
    fill: var(--_text);
    user-select: none;
  }
  .bold {
    font-weight: bold;
  }

  /* Boxes */
  [part='message'] {
    margin: 0 0 0.5rem;
  }
  [part~='node'] {
    cursor: pointer;
  }
  /* The treeitems: invisible boxes over the drawn ones, where focus goes (the ring shows it). */
  [role='treeitem'] {
    outline: none;
  }
  .overlay [role='treeitem'] {
    fill: none;
    stroke: none;
  }
  .frame {
    fill: var(--tint);
    stroke: var(--goal);
    stroke-width: 1.25px;
    transition: stroke-width 120ms ease-out;
  }
  .label {
    fill: var(--goal);
  }
  .depth-0 .frame {
    fill: var(--_vision);
    stroke: var(--_vision);
    rx: 6px;
  }
  .depth-0 text {
    fill: var(--_vision-text);
  }
  .depth-1 .frame {
    fill: var(--goal);
  }
  .depth-1 text {
    fill: var(--_goal-text);
  }
  .pending .frame {
    fill: var(--_pending);
    stroke: var(--_pending-border);
    stroke-dasharray: 5 3;
  }
  .pending text,
  .pending .label {
    fill: var(--_pending-text);
  }
  .depth-1.pending text {
    fill: var(--_pending-text);
  }

  /* Hover and focus: the node and its path to the vision */
  .on-path .frame {
    stroke-width: 3px;
  }
  .depth-0.on-path .frame,
  .depth-1.on-path .frame {
    stroke: var(--_text);
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5px;
    pointer-events: none;
  }

  /* The selected node: a heavier outline in the text colour and a tick on its corner */
  .selected .frame,
  .depth-0.selected .frame,
  .depth-1.selected .frame {
    stroke: var(--_text);
    stroke-width: 4px;
  }
  .selection-marker circle {
    fill: var(--_text);
    stroke: var(--_background);
    stroke-width: 2px;
  }
  .selection-marker path {
    fill: none;
    stroke: var(--_background);
    stroke-width: 2.4px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Marks: a node's SDG squares and grade roll-up, and the SDG legend (paints as in marks.ts) */
  [part~='sdgs'] text.sdg-number {
    fill: #fff;
  }
  [part~='sdgs'] text.dark {
    fill: #1b1b1b;
  }
  [part~='rollup'] text {
    fill: var(--_text);
  }
  .panel {
    fill: var(--_background);
    stroke: var(--_link);
    stroke-width: 0.75px;
  }
  .tone-achieved {
    fill: var(--_grade-achieved);
  }
  .tone-on-track {
    fill: var(--_grade-on-track);
  }
  .tone-behind {
    fill: var(--_grade-behind);
  }
  .tone-worsened {
    fill: var(--_grade-worsened);
  }
  .tone-not-measured {
    fill: var(--_background);
    stroke: var(--_grade-not-measured);
    stroke-dasharray: 2 1.5;
  }
  li.marks {
    margin-block: 0 0.4rem;
    padding-inline-start: 0.9rem;
  }

  /* Expand / collapse control */
  .toggle circle {
    fill: var(--_background);
    stroke: var(--goal);
    stroke-width: 1.5px;
  }
  .toggle path {
    stroke: var(--_text);
    stroke-width: 1.75px;
  }

  /* Connectors and group brackets */
  [part~='link'] {
    fill: none;
    stroke: var(--_link);
    stroke-width: 1.5px;
  }
  [part~='link'].on-path {
    stroke: var(--goal);
    stroke-width: 3px;
  }
  [part~='group'] rect {
    fill: var(--_background);
    stroke: var(--goal);
    stroke-width: 1px;
  }
  [part~='group'] text {
    fill: var(--goal);
  }
  [part~='group'] path {
    fill: none;
    stroke: var(--goal);
    stroke-width: 1.5px;
  }
  .header text {
    fill: var(--_text);
  }
  .header path {
    stroke: var(--_link);
    stroke-width: 1px;
  }

  /* The description shown on hover and focus */
  .callout rect {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1px;
    filter: drop-shadow(0 1px 2px rgba(0, 0, 0, 0.25));
  }
  .callout text {
    fill: var(--_text);
  }

  /* Outline: the same tree as an indented list, for narrow containers */
  .outline {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ${unsafeCSS(levelRules)}
  .outline [role='treeitem'] {
    outline: none;
    margin-block: 0.25rem;
  }
  .row {
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
    padding: 0.45rem 0.6rem;
    border-radius: 4px;
    border: 1px solid var(--goal);
    border-inline-start: 6px solid var(--goal);
    background: var(--tint);
    color: var(--_text);
    cursor: pointer;
    overflow-wrap: anywhere;
    line-break: strict;
    word-break: auto-phrase;
  }
  .row .texts {
    flex: 1;
    min-width: 0;
  }
  .row .label {
    display: block;
    font-size: 0.8rem;
    font-weight: bold;
    color: var(--goal);
  }
  .row .title {
    display: block;
  }
  .row .description {
    display: block;
    font-size: 0.85rem;
    margin-top: 0.25rem;
  }
  .vision > .row {
    background: var(--_vision);
    border-color: var(--_vision);
    color: var(--_vision-text);
    font-weight: bold;
  }
  .vision > .row .label {
    color: var(--_vision-text);
  }
  .goal > .row {
    background: var(--goal);
    color: var(--_goal-text);
    font-weight: bold;
  }
  .goal > .row .label {
    color: var(--_goal-text);
  }
  .pending > .row,
  .pending.goal > .row {
    background: var(--_pending);
    border-style: dashed;
    border-color: var(--_pending-border);
    color: var(--_pending-text);
  }
  .pending > .row {
    border-inline-start: 6px solid var(--_pending-border);
  }
  .pending > .row .label {
    color: var(--_pending-text);
  }
  .group-name {
    font-size: 0.8rem;
    font-weight: bold;
    color: var(--goal);
    margin: 0.5rem 0 0.1rem;
  }
  .disclosure {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    border: 1.5px solid currentColor;
    display: grid;
    place-items: center;
    font-size: 1rem;
    line-height: 1;
  }
  .outline [role='treeitem']:focus-visible > .row,
  .outline .row:hover {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .outline .selected > .row {
    box-shadow:
      0 0 0 2px var(--_background),
      0 0 0 5px var(--_text);
  }
  .row .selection-marker {
    position: relative;
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.1rem;
    border-radius: 50%;
    background: var(--_text);
  }
  .row .selection-marker::after {
    content: '';
    position: absolute;
    left: 0.42rem;
    top: 0.2rem;
    width: 0.3rem;
    height: 0.6rem;
    border: solid var(--_background);
    border-width: 0 0.14rem 0.14rem 0;
    transform: rotate(45deg);
  }

  /* Presentation: the whole diagram fits the element's box (scaled in the element), lines heavier */
  :host([presentation]) .scroller {
    height: 100%;
    overflow: hidden;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  :host([presentation]) .frame {
    stroke-width: 2px;
  }
  :host([presentation]) [part~='link'],
  :host([presentation]) [part~='group'] path {
    stroke-width: 2.5px;
  }
  :host([presentation]) .on-path .frame,
  :host([presentation]) [part~='link'].on-path {
    stroke-width: 4.5px;
  }
  :host([presentation]) .selected .frame {
    stroke-width: 5.5px;
  }

  /* Screen only: a printed page keeps the light colours. */
  ${darkRules((host) => `${host} .callout rect{filter:none}`)}

  @media (prefers-reduced-motion: reduce) {
    .frame {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .frame,
    .depth-0 .frame,
    .depth-1 .frame,
    .pending .frame,
    .toggle circle,
    [part~='group'] rect,
    .callout rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    text,
    .depth-0 text,
    .depth-1 text,
    .pending text,
    .label,
    [part~='group'] text {
      fill: CanvasText;
    }
    [part~='link'],
    [part~='group'] path,
    .toggle path,
    .header path {
      stroke: CanvasText;
    }
    .on-path .frame,
    [part~='link'].on-path,
    .ring,
    .selected .frame,
    .depth-0.selected .frame,
    .depth-1.selected .frame {
      stroke: Highlight;
    }
    .selection-marker circle {
      fill: Highlight;
      stroke: Canvas;
    }
    .selection-marker path {
      stroke: HighlightText;
    }
    .row .selection-marker {
      forced-color-adjust: none;
      background: Highlight;
    }
    .row .selection-marker::after {
      border-color: HighlightText;
    }
    /* Box shadows are not drawn in forced colours. */
    .outline .selected > .row {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .row,
    .vision > .row,
    .goal > .row,
    .pending > .row {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .row .label,
    .vision > .row .label,
    .goal > .row .label,
    .group-name {
      color: CanvasText;
    }
    .outline [role='treeitem']:focus-visible > .row {
      outline-color: Highlight;
    }
  }
`;
