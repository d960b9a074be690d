/**
 * Theme tokens: each element's colours (and other paint values) defined once, with their light,
 * dark and forced-colours values. They feed the element's CSS custom-property defaults
 * ({@link themeCSS}), the colours of exported files ({@link resolvePaint}) and the documented
 * `@cssprop` defaults (a test compares custom-elements.json with the theme).
 *
 * A token's name is the public CSS custom property a page sets (`--plan-tree-goal-1-color`); the
 * element's styles read it through a private alias (`--_goal-1`, see {@link privateName}) that
 * carries the default of the current scheme. A name starting with `--_` is internal: it has no
 * public property and always takes the theme's value.
 *
 * Pure module (no DOM, no Lit): the command line imports it.
 */
import type { Paint } from '../scene/types.js';

/** The value of a token in each colour scheme; `forced` is a CSS system colour (`Canvas`, `CanvasText`, …). */
export interface TokenValue {
  readonly light: string;
  readonly dark: string;
  readonly forced: string;
}

export type Scheme = 'light' | 'dark' | 'forced';

/** One element's tokens, by their CSS custom property name. */
export interface Theme<Name extends `--${string}` = `--${string}`> {
  /** The element's tag, e.g. `plan-tree`: the prefix of its public properties. */
  readonly element: string;
  readonly tokens: Readonly<Record<Name, TokenValue>>;
}

/** Defines an element's theme; the token names must be `--{element}-…` (public) or `--_…` (internal). */
export function defineTheme<const Tokens extends Record<`--${string}`, TokenValue>>(element: string, tokens: Tokens): Theme<keyof Tokens & `--${string}`> {
  for (const name of Object.keys(tokens)) {
    if (!name.startsWith(`--${element}-`) && !name.startsWith('--_')) throw new Error(`theme ${element}: token ${name} must start with --${element}- or --_`);
  }
  return { element, tokens };
}

/** Whether a page may set the token (`--plan-tree-text-color`) or it is the theme's own (`--_check`). */
export function isPublicToken(name: string): boolean {
  return !name.startsWith('--_');
}

/**
 * The private alias the element's styles read: the public name without the element's prefix and
 * without a trailing `-color` (`--plan-tree-vision-text-color` → `--_vision-text`,
 * `--plan-tree-goal-1-tint` → `--_goal-1-tint`, `--plan-tree-background` → `--_background`).
 */
export function privateName(theme: Theme, name: string): `--_${string}` {
  if (!isPublicToken(name)) return name as `--_${string}`;
  return `--_${name.slice(theme.element.length + 3).replace(/-color$/, '')}`;
}

/**
 * The declarations giving every token of the theme its default in one scheme:
 * `--_text:var(--plan-tree-text-color,#1b1b1b);` (an internal token: `--_check:#ffffff;`).
 */
export function themeDeclarations(theme: Theme, scheme: Scheme): string {
  return Object.entries<TokenValue>(theme.tokens)
    .map(([name, value]) => (isPublicToken(name) ? `${privateName(theme, name)}:var(${name},${value[scheme]});` : `${name}:${value[scheme]};`))
    .join('');
}

/** A page's own values of a theme's public tokens, and of page-wide properties some internal ones follow (read once from the host: see src/theme/host.ts). */
export type ThemeOverrides = Readonly<Record<string, string>>;

export interface ResolveOptions {
  /** Default `light`: a file is printed and shared, so it keeps the light colours like a printed page. */
  scheme?: Scheme;
  overrides?: ThemeOverrides;
}

/**
 * The colour a paint stands for in a file: a token through the page's overrides, else the
 * theme's value in the scheme; a literal colour (a grade's own `color` in the plan) or `none` as
 * it is. An unknown token is an error in the figure's code, not in the plan.
 */
export function resolvePaint(paint: Paint | string, theme: Theme, options: ResolveOptions = {}): string {
  if (!paint.startsWith('--')) return paint;
  // Overrides come from the page's properties (src/theme/host.ts), which never set an internal token by its own name.
  const override = options.overrides?.[paint]?.trim();
  if (override) return override;
  const token = (theme.tokens as Readonly<Record<string, TokenValue>>)[paint];
  if (!token) throw new Error(`theme ${theme.element}: no token ${paint}`);
  return token[options.scheme ?? 'light'];
}

/** Every token's value in one scheme, by name: the table a test or a document shows. */
export function themeValues(theme: Theme, scheme: Scheme): Record<string, string> {
  return Object.fromEntries(Object.entries<TokenValue>(theme.tokens).map(([name, value]) => [name, value[scheme]]));
}
