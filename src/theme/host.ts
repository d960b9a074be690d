/**
 * A page's own values of a theme's public tokens, read once from the element (custom properties
 * inherit, so a value set on the element or any ancestor counts). An exported file is drawn with
 * them, as the screen is; nothing of the drawing itself is read back.
 */
import { isPublicToken, type Theme, type ThemeOverrides } from './define.js';

export function readOverrides(host: Element, theme: Theme): ThemeOverrides {
  const style = getComputedStyle(host);
  const overrides: Record<string, string> = {};
  for (const name of Object.keys(theme.tokens)) {
    if (!isPublicToken(name)) continue;
    const value = style.getPropertyValue(name).trim();
    if (value) overrides[name] = value;
  }
  return overrides;
}
