import { css, unsafeCSS, type CSSResult } from 'lit';
import { collaborationTheme } from '../../theme/collaboration.js';
import { themeCSS } from '../../theme/css.js';
import type { Scheme } from '../../theme/define.js';
import { FONT_FAMILY } from '../../text/index.js';

/** A token's value in a scheme (src/theme/collaboration.ts defines them). */
const value = (name: string, scheme: Scheme): string => (collaborationTheme.tokens as Record<string, { [K in Scheme]: string }>)[`--plan-collaboration-${name}`]?.[scheme] ?? '';

const actorColors = (scheme: Scheme): readonly string[] => [1, 2, 3, 4, 5, 6].map((i) => value(`actor-${i}-color`, scheme));

const NAMES = {
  text: 'text-color',
  chip: 'keyword-background',
  link: 'link-color',
  ring: 'ring-color',
  ringLabel: 'ring-label-color',
  ringText: 'ring-text-color',
  badge: 'badge-color',
  badgeText: 'badge-text-color',
  focus: 'focus-color',
  background: 'background',
} as const;

const colors = (scheme: Scheme) => Object.fromEntries(Object.entries(NAMES).map(([key, name]) => [key, value(name, scheme)])) as { readonly [K in keyof typeof NAMES]: string };

/** Default colour of each actor (circle outline and name; the fill is this colour, mostly transparent). */
export const ACTOR_COLORS: readonly string[] = actorColors('light');

/** Default opacity of a circle's fill; text is checked for 4.5:1 where all six overlap. */
export const ACTOR_FILL_OPACITY = Number(value('fill-opacity', 'light'));

/** Default colours of everything else; each text colour is checked against its background for 4.5:1. */
export const COLLABORATION_COLORS = colors('light');

/** Dark-mode defaults (`prefers-color-scheme: dark`): light actor colours on a dark page. */
export const ACTOR_COLORS_DARK: readonly string[] = actorColors('dark');

/** Light circles add up to a lighter overlap on a dark page: a thinner fill keeps the centre text at 4.5:1. */
export const ACTOR_FILL_OPACITY_DARK = Number(value('fill-opacity', 'dark'));

/** Dark-mode defaults of everything else, checked for 4.5:1 like the light ones. */
export const COLLABORATION_COLORS_DARK = colors('dark');

export const collaborationStyles: CSSResult = css`
  ${unsafeCSS(themeCSS(collaborationTheme))}
  :host {
    --actor: var(--_text);
  }
  ${unsafeCSS([1, 2, 3, 4, 5, 6].map((i) => `.actor-${i}{--actor:var(--_actor-${i})}`).join(''))}

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
    fill: var(--_keyword-background);
    stroke: var(--actor);
    stroke-width: 1.5;
  }
  .center text {
    font-weight: 700;
  }

  .chip {
    fill: var(--_keyword-background);
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
