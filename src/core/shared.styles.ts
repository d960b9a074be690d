import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkRulesText } from '../theme/css.js';

/**
 * The declarations that give an element's colours their defaults, one per key of `colors`:
 * `goalText: '#fff'` with prefix `plan-tree` is `--_goal-text:var(--plan-tree-goal-text-color,#fff);`
 * (`background` is read from `--{prefix}-background`; `names` renames a public property). The
 * light and dark sets of an element are written by the same function.
 */
export function colorProperties(prefix: string, colors: Readonly<Record<string, string>>, names: Readonly<Record<string, string>> = {}): string {
  return Object.entries(colors)
    .map(([key, value]) => {
      const name = key.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`);
      return `--_${name}:var(--${prefix}-${names[key] ?? (name === 'background' ? name : `${name}-color`)},${value});`;
    })
    .join('');
}

/** An element's dark-mode rules as a CSSResult (see {@link darkRulesText}: screen only, `color-scheme` on the element first). */
export function darkRules(rules: (host: string) => string): CSSResult {
  return unsafeCSS(darkRulesText(rules));
}

/** Styles every plan-viz element shares: host box, hidden text, error panel, loading placeholder. */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--plan-viz-font-family, 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif);
    color: var(--plan-viz-text-color, #1b1b1b);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* On a slide: the container's box, or 16:9 of its width when the container has no height. */
  :host([presentation]) {
    width: 100%;
    height: 100%;
    aspect-ratio: 16 / 9;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  [part='error'] {
    border: 2px solid var(--plan-viz-error-color, #b3261e);
    border-radius: 6px;
    padding: 0.75rem 1rem;
    background: var(--plan-viz-error-background, #fdf0ef);
    color: var(--plan-viz-error-text-color, #1b1b1b);
    overflow-wrap: anywhere;
  }
  [part='error'] strong {
    color: var(--plan-viz-error-color, #b3261e);
  }
  [part='error'] ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part='error'] code {
    font-family: ui-monospace, 'Noto Sans Mono CJK JP', monospace;
    background: rgba(0, 0, 0, 0.06);
    padding: 0 0.2em;
  }
  [part='placeholder'] {
    min-height: var(--plan-viz-placeholder-height, 20rem);
    border-radius: 6px;
    background: var(--plan-viz-placeholder-color, rgba(127, 127, 127, 0.08));
  }
  /* Screen only: a printed page stays dark on white. Its own dark background keeps light text legible on a page that stays white. */
  ${darkRules(
    (host) =>
      `${host}{color:var(--plan-viz-text-color,#e6e8eb);background:var(--plan-viz-background,#17191c)}` +
      `${host} [part=error]{border-color:var(--plan-viz-error-color,#ffb4ab);background:var(--plan-viz-error-background,#3a1512);color:var(--plan-viz-error-text-color,#f3f3f3)}` +
      `${host} [part=error] strong{color:var(--plan-viz-error-color,#ffb4ab)}`,
  )}
  @media print {
    :host {
      color: #000;
    }
    /* A printed figure fits the page: never wider or taller than the page box, never split. */
    svg[viewBox] {
      break-inside: avoid;
      max-width: 100% !important;
      max-height: calc(100vh - 2rem) !important;
      height: auto;
    }
  }
  @media (forced-colors: active) {
    [part='error'] {
      border-color: CanvasText;
    }
  }
`;
