import { gaugeTheme } from '../../theme/gauge.js';
import { defineTheme, type Theme } from '../../theme/define.js';

const own = defineTheme('plan-trend', {
  '--plan-trend-line-color': { light: '#1b1b1b', dark: '#e6edf3', forced: 'CanvasText' },
  '--plan-trend-expected-color': { light: '#57606a', dark: '#9da7b3', forced: 'CanvasText' },
  '--plan-trend-target-color': { light: '#1b1b1b', dark: '#e6edf3', forced: 'CanvasText' },
  '--plan-trend-grid-color': { light: '#d0d7de', dark: '#3d444d', forced: 'GrayText' },
  '--plan-trend-label-color': { light: '#3d444d', dark: '#b1bac4', forced: 'CanvasText' },
  '--plan-trend-background': { light: '#ffffff', dark: '#17191c', forced: 'Canvas' },
});

/** The trend's colours, with the gauge's grade colours (the current value is drawn in its grade's, as in the gauge). */
export const trendTheme: Theme = { element: 'plan-trend', tokens: { ...own.tokens, ...gaugeTheme.tokens } };
