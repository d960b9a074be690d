/**
 * The gauge's colours, shared by `<plan-gauge>` and `<plan-indicators>` (values from the gauge's
 * styles as of this theme's creation; the gauge's styles move onto it). Grade and mark colours
 * meet 4.5:1 against the background (so they may colour text) and 3:1 against the track.
 */
import { defineTheme } from './define.js';

export const gaugeTheme = defineTheme('plan-gauge', {
  '--plan-gauge-grade-achieved-color': { light: '#1a7f37', dark: '#56d364', forced: 'CanvasText' },
  '--plan-gauge-grade-on-track-color': { light: '#0969da', dark: '#58a6ff', forced: 'CanvasText' },
  '--plan-gauge-grade-behind-color': { light: '#9a6700', dark: '#d29922', forced: 'CanvasText' },
  '--plan-gauge-grade-worsened-color': { light: '#cf222e', dark: '#ff7b72', forced: 'CanvasText' },
  '--plan-gauge-grade-not-measured-color': { light: '#6e7781', dark: '#9198a1', forced: 'GrayText' },
  '--plan-gauge-track-color': { light: '#e6e9ed', dark: '#2d333b', forced: 'Canvas' },
  '--plan-gauge-track-border-color': { light: '#7d8590', dark: '#8b949e', forced: 'CanvasText' },
  '--plan-gauge-baseline-color': { light: '#57606a', dark: '#9da7b3', forced: 'CanvasText' },
  '--plan-gauge-target-color': { light: '#1b1b1b', dark: '#e6edf3', forced: 'CanvasText' },
  '--plan-gauge-label-color': { light: '#3d444d', dark: '#b1bac4', forced: 'CanvasText' },
  '--plan-gauge-current-ring-color': { light: '#ffffff', dark: '#17191c', forced: 'Canvas' },
  /** The check mark on an achieved dot: no public property. */
  '--_check': { light: '#ffffff', dark: '#111418', forced: 'Canvas' },
  /** Names, values and headings in a file (on screen they take the page's text colour): no public property. */
  '--_text': { light: '#1b1b1b', dark: '#e6edf3', forced: 'CanvasText' },
  /** The frame around each card of `<plan-indicators>`: no public property. */
  '--_cell-border': { light: '#d0d7de', dark: '#3d444d', forced: 'CanvasText' },
  /** Behind a card in a file: no public property (the page's background shows on screen). */
  '--_background': { light: '#ffffff', dark: '#17191c', forced: 'Canvas' },
});
