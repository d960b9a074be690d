/**
 * A theme's defaults as CSS for an element's static styles: light on `:host`, dark when the
 * reader prefers it (screen only, and `color-scheme` on the element decides first), system
 * colours in forced-colours mode. Pages restyle with the public properties.
 */
import { themeDeclarations, type Theme } from './define.js';

/**
 * An element's dark-mode rules, written once for a host selector: they apply when the reader
 * prefers a dark colour scheme and the element is not `color-scheme="light"`, and always when
 * it is `color-scheme="dark"`; on screen only (a printed page keeps the light colours).
 * `rules(':host(…)')` returns CSS rules whose selectors start with that host selector.
 */
export function darkRulesText(rules: (host: string) => string): string {
  return `@media screen and (prefers-color-scheme:dark){${rules(':host(:not([color-scheme=light]))')}}@media screen{${rules(':host([color-scheme=dark])')}}`;
}

/** The CSS text giving every token of `theme` its default: `:host{--_text:var(--plan-tree-text-color,#1b1b1b);…}` and the dark and forced-colours variants. */
export function themeCSS(theme: Theme): string {
  return (
    `:host{${themeDeclarations(theme, 'light')}}` +
    darkRulesText((host) => `${host}{${themeDeclarations(theme, 'dark')}}`) +
    `@media (forced-colors:active){:host{${themeDeclarations(theme, 'forced')}}}`
  );
}
