import { css, unsafeCSS, type CSSResult } from 'lit';
import { colorProperties, darkRules } from '../../core/shared.styles.js';
import { FONT_FAMILY } from '../../text/index.js';

/** Default colour of each actor (circle outline and name; the fill is this colour, mostly transparent). */
export const ACTOR_COLORS: readonly string[] = ['#1d5a9e', '#b03a14', '#2a7232', '#743b96', '#a3195b', '#0b6c71'];

/** Default opacity of a circle's fill; text is checked for 4.5:1 where all six overlap. */
export const ACTOR_FILL_OPACITY = 0.1;

/** Default colours of everything else; each text colour is checked against its background for 4.5:1. */
export const COLLABORATION_COLORS = {
  text: '#1b1b1b',
  chip: '#ffffff',
  link: '#0b57d0',
  ring: '#e4eaf1',
  ringLabel: '#d3dde8',
  ringText: '#1f2d3d',
  badge: '#2b2f36',
  badgeText: '#ffffff',
  focus: '#0b57d0',
  background: '#ffffff',
} as const;

/** Dark-mode defaults (`prefers-color-scheme: dark`): light actor colours on a dark page. */
export const ACTOR_COLORS_DARK: readonly string[] = ['#8cb8f0', '#f4a27e', '#8fd19a', '#cfa6ec', '#f59cc4', '#7fd3d6'];

/** Light circles add up to a lighter overlap on a dark page: a thinner fill keeps the centre text at 4.5:1. */
export const ACTOR_FILL_OPACITY_DARK = 0.09;

/** Dark-mode defaults of everything else, checked for 4.5:1 like the light ones. */
export const COLLABORATION_COLORS_DARK: { readonly [K in keyof typeof COLLABORATION_COLORS]: string } = {
  text: '#e6e8eb',
  chip: '#1d2024',
  link: '#8ab4f8',
  ring: '#243041',
  ringLabel: '#2f3d52',
  ringText: '#dce6f2',
  badge: '#dfe3e8',
  badgeText: '#111418',
  focus: '#8ab4f8',
  background: '#17191c',
};

/** The colour of each actor, `.actor-1` … `.actor-6`, from a palette. */
const actorRules = (palette: readonly string[], host = ''): string =>
  palette.map((color, i) => `${host}.actor-${i + 1}{--actor:var(--plan-collaboration-actor-${i + 1}-color,${color})}`).join('');

/** The keyword chip's colour is read from `--plan-collaboration-keyword-background`. */
const NAMES = { chip: 'keyword-background' };

export const collaborationStyles: CSSResult = css`
  :host {
    ${unsafeCSS(colorProperties('plan-collaboration', COLLABORATION_COLORS, NAMES))}
    --_fill-opacity: var(--plan-collaboration-fill-opacity, ${unsafeCSS(String(ACTOR_FILL_OPACITY))});
    --actor: var(--_text);
  }
  ${unsafeCSS(actorRules(ACTOR_COLORS))}

  figure {
    margin: 0;
    position: relative;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0 auto;
    background: var(--_background);
    font-family: ${unsafeCSS(FONT_FAMILY)};
    overflow: visible;
  }
  text {
    fill: var(--_text);
    dominant-baseline: central;
  }
  .title {
    font-weight: 700;
  }

  .ring path {
    fill: var(--_ring);
  }
  .ring rect {
    fill: var(--_ring-label);
  }
  .ring text {
    fill: var(--_ring-text);
    font-weight: 700;
  }

  .circle {
    fill: var(--actor);
    fill-opacity: var(--_fill-opacity);
    stroke: var(--actor);
    stroke-width: 1.5;
    transition: fill-opacity 0.15s, stroke-width 0.15s;
  }
  [part~='actor'].highlighted .circle {
    fill-opacity: calc(var(--_fill-opacity) * 2.2);
    stroke-width: 3;
  }
  .actor-name text {
    fill: var(--actor);
    font-weight: 700;
  }
  .actor-name rect {
    fill: var(--_chip);
    stroke: var(--actor);
    stroke-width: 1.5;
  }
  .center text {
    font-weight: 700;
  }

  .chip {
    fill: var(--_chip);
    fill-opacity: 0.88;
    stroke: none;
  }
  [part~='keyword'] {
    pointer-events: none;
  }
  [part~='keyword'].linked {
    pointer-events: auto;
    cursor: pointer;
    outline: none;
  }
  .linked .chip {
    stroke: var(--_link);
    stroke-width: 1.5;
  }
  .linked text {
    fill: var(--_link);
  }
  [part~='keyword'].highlighted .chip {
    stroke: var(--actor);
    stroke-width: 2.5;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  [part~='keyword'].selected .focus-ring {
    stroke: var(--_focus);
    stroke-width: 1.5;
    fill: var(--_focus);
    fill-opacity: 0.1;
  }
  [part~='keyword']:focus-visible .focus-ring,
  [part~='keyword'].linked:hover .focus-ring {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .badge circle {
    fill: var(--_badge);
  }
  .badge text {
    fill: var(--_badge-text);
    font-weight: 700;
  }
  .actor-badge .badge circle {
    fill: var(--actor);
  }
  .actor-badge .badge text {
    fill: var(--_badge-text);
  }
  .key-text.linked text,
  .key-text text {
    dominant-baseline: central;
  }

  /* Presentation: the figure fills the element's box and scales to fit; heavier lines. */
  :host([presentation]) figure {
    height: 100%;
  }
  :host([presentation]) svg {
    width: 100%;
    height: 100%;
    max-width: none;
  }
  :host([presentation]) .circle {
    stroke-width: 3;
  }
  :host([presentation]) [part~='actor'].highlighted .circle {
    stroke-width: 5;
  }
  :host([presentation]) .linked .chip,
  :host([presentation]) .actor-name rect {
    stroke-width: 2.5;
  }
  :host([presentation]) [part~='keyword'].highlighted .chip,
  :host([presentation]) [part~='keyword'].selected .focus-ring {
    stroke-width: 3.5;
  }

  /* Screen only: a printed page keeps the light colours. */
  ${darkRules(
    (host) =>
      `${host}{${colorProperties('plan-collaboration', COLLABORATION_COLORS_DARK, NAMES)}--_fill-opacity:var(--plan-collaboration-fill-opacity,${ACTOR_FILL_OPACITY_DARK})}` +
      actorRules(ACTOR_COLORS_DARK, `${host} `),
  )}

  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
      background: Canvas;
    }
    text,
    .ring text,
    .actor-name text {
      fill: CanvasText;
    }
    .circle,
    [part~='actor'].highlighted .circle {
      fill: none;
      stroke: CanvasText;
    }
    [part~='actor'].highlighted .circle {
      stroke: Highlight;
    }
    .ring path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ring rect,
    .chip,
    .actor-name rect {
      fill: Canvas;
      fill-opacity: 1;
      stroke: CanvasText;
    }
    .linked .chip {
      stroke: LinkText;
    }
    .linked text {
      fill: LinkText;
    }
    [part~='keyword'].highlighted .chip {
      stroke: Highlight;
    }
    .badge circle,
    .actor-badge .badge circle {
      fill: CanvasText;
    }
    .badge text,
    .actor-badge .badge text {
      fill: Canvas;
    }
    [part~='keyword']:focus-visible .focus-ring,
    [part~='keyword'].linked:hover .focus-ring,
    [part~='keyword'].selected .focus-ring {
      stroke: Highlight;
      fill: none;
    }
  }
`;
