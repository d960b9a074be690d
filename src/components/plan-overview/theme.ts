import { defineTheme } from '../../theme/define.js';
/**
 * The overview figures' colours, each a CSS custom property with its light, dark and
 * forced-colours value (the shape of the shared theme tokens): the DOM renderer writes
 * `var(--name, light)` and the stylesheet swaps the defaults in dark mode.
 */
export const overviewTokens = {
  '--plan-overview-text-color': { light: '#1b1b1b', dark: '#e6e8eb', forced: 'CanvasText' },
  '--plan-overview-muted-color': { light: '#4a5159', dark: '#b3bac2', forced: 'CanvasText' },
  '--plan-overview-line-color': { light: '#5c6670', dark: '#9aa3ad', forced: 'CanvasText' },
  '--plan-overview-box-color': { light: '#ffffff', dark: '#22262b', forced: 'Canvas' },
  '--plan-overview-box-border-color': { light: '#7d8590', dark: '#8b949e', forced: 'CanvasText' },
  '--plan-overview-plan-color': { light: '#0b5cad', dark: '#4da3ff', forced: 'Highlight' },
  '--plan-overview-plan-text-color': { light: '#ffffff', dark: '#0d1117', forced: 'HighlightText' },
  '--plan-overview-basis-color': { light: '#f3efe4', dark: '#2f2a1f', forced: 'Canvas' },
  '--plan-overview-related-color': { light: '#eaf3fb', dark: '#1b2a3a', forced: 'Canvas' },
  '--plan-overview-partner-color': { light: '#eef7ee', dark: '#1d2e20', forced: 'Canvas' },
  '--plan-overview-period-color': { light: '#0b5cad', dark: '#4da3ff', forced: 'Highlight' },
  '--plan-overview-period-text-color': { light: '#ffffff', dark: '#0d1117', forced: 'HighlightText' },
  '--plan-overview-extension-color': { light: '#d7e6f5', dark: '#24384d', forced: 'Canvas' },
  '--plan-overview-extension-text-color': { light: '#0b3d73', dark: '#cfe3f7', forced: 'CanvasText' },
  '--plan-overview-today-color': { light: '#b3261e', dark: '#ff8a80', forced: 'Mark' },
} as const;

export type OverviewToken = keyof typeof overviewTokens;

/** `--plan-overview-text-color:#1b1b1b;…` for one scheme: the dark defaults are these custom properties set on the host. */
export function overviewDeclarations(scheme: 'light' | 'dark'): string {
  return Object.entries(overviewTokens)
    .map(([name, value]) => `--_ov-${tokenShortName(name)}:var(${name},${value[scheme]});`)
    .join('');
}

/** `--plan-overview-box-border-color` → `box-border`: the class suffix of a token's paint. */
export function tokenShortName(paint: string): string {
  return paint
    .replace('--plan-overview-', '')
    .replace(/-color$/, '')
    .replace(/[^a-z0-9-]/gi, '');
}

/** `.f-box{fill:var(--_ov-box-color)}.s-box{stroke:…}` for every token. */
export function paintRules(): string {
  return Object.keys(overviewTokens)
    .map((name) => {
      const short = tokenShortName(name);
      const alias = `var(--_ov-${short})`;
      return `.f-${short}{fill:${alias}}.s-${short}{stroke:${alias}}`;
    })
    .join('');
}

/** The tokens as a theme, for files (the shared SVG writer resolves paints through it). */
export const overviewTheme = defineTheme('plan-overview', overviewTokens);
