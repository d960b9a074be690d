/**
 * A page's own values of a theme's public tokens, read once from the element (custom properties
 * inherit, so a value set on the element or any ancestor counts). An exported file is drawn with
 * them, as the screen is; nothing of the drawing itself is read back.
 */
import { isPublicToken, type Theme, type ThemeOverrides } from './define.js';

/**
 * Internal tokens the screen draws with a page-wide property: a gauge's names and values take the
 * element's text colour (--plan-viz-text-color), and a dark element's background --plan-viz-background.
 */
const PAGE_WIDE: Readonly<Record<string, string>> = { '--_text': '--plan-viz-text-color', '--_background': '--plan-viz-background' };

export function readOverrides(host: Element, theme: Theme): ThemeOverrides {
  const style = getComputedStyle(host);
  const overrides: Record<string, string> = {};
  for (const name of Object.keys(theme.tokens)) {
    // The page's background is behind a light element (the file stays white), --plan-viz-background behind a dark one.
    const property = isPublicToken(name) ? name : name === '--_background' && host.getAttribute('color-scheme') !== 'dark' ? undefined : PAGE_WIDE[name];
    const value = property && style.getPropertyValue(property).trim();
    if (value) overrides[name] = value;
  }
  return overrides;
}
