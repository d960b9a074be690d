/** Theme tokens: defined once per element, read by the element's CSS, the SVG file and the docs. */
import { collaborationTheme } from './collaboration.js';
import type { Theme } from './define.js';
import { gaugeTheme } from './gauge.js';
import { treeTheme } from './tree.js';

export {
  defineTheme,
  isPublicToken,
  privateName,
  resolvePaint,
  themeDeclarations,
  themeValues,
  type ResolveOptions,
  type Scheme,
  type Theme,
  type ThemeOverrides,
  type TokenValue,
} from './define.js';
export { themeCSS, darkRulesText } from './css.js';
export { treeTheme, goalTokens, TREE_GOAL_COLORS } from './tree.js';
export { collaborationTheme } from './collaboration.js';
export { gaugeTheme } from './gauge.js';

/** Every element's theme by the `Scene.theme` name that refers to it (elements import their own theme directly, to keep bundles small). */
export const themes: Readonly<Record<string, Theme>> = {
  'plan-tree': treeTheme,
  'plan-collaboration': collaborationTheme,
  'plan-gauge': gaugeTheme,
};
