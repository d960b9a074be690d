/**
 * `<plan-collaboration>`'s colours (values from its styles as of this theme's creation; the
 * collaboration figure's styles move onto it). Text colours are checked for 4.5:1 where all six
 * circles overlap, light and dark.
 */
import { defineTheme } from './define.js';

export const collaborationTheme = defineTheme('plan-collaboration', {
  '--plan-collaboration-actor-1-color': { light: '#1d5a9e', dark: '#8cb8f0', forced: 'CanvasText' },
  '--plan-collaboration-actor-2-color': { light: '#b03a14', dark: '#f4a27e', forced: 'CanvasText' },
  '--plan-collaboration-actor-3-color': { light: '#2a7232', dark: '#8fd19a', forced: 'CanvasText' },
  '--plan-collaboration-actor-4-color': { light: '#743b96', dark: '#cfa6ec', forced: 'CanvasText' },
  '--plan-collaboration-actor-5-color': { light: '#a3195b', dark: '#f59cc4', forced: 'CanvasText' },
  '--plan-collaboration-actor-6-color': { light: '#0b6c71', dark: '#7fd3d6', forced: 'CanvasText' },
  /** Opacity of the circles' fill (a light circle on a dark page adds up faster: thinner there). */
  '--plan-collaboration-fill-opacity': { light: '0.1', dark: '0.09', forced: '0' },
  '--plan-collaboration-text-color': { light: '#1b1b1b', dark: '#e6e8eb', forced: 'CanvasText' },
  '--plan-collaboration-keyword-background': { light: '#ffffff', dark: '#1d2024', forced: 'Canvas' },
  '--plan-collaboration-link-color': { light: '#0b57d0', dark: '#8ab4f8', forced: 'LinkText' },
  '--plan-collaboration-ring-color': { light: '#e4eaf1', dark: '#243041', forced: 'Canvas' },
  '--plan-collaboration-ring-label-color': { light: '#d3dde8', dark: '#2f3d52', forced: 'Canvas' },
  '--plan-collaboration-ring-text-color': { light: '#1f2d3d', dark: '#dce6f2', forced: 'CanvasText' },
  '--plan-collaboration-badge-color': { light: '#2b2f36', dark: '#dfe3e8', forced: 'CanvasText' },
  '--plan-collaboration-badge-text-color': { light: '#ffffff', dark: '#111418', forced: 'Canvas' },
  '--plan-collaboration-focus-color': { light: '#0b57d0', dark: '#8ab4f8', forced: 'Highlight' },
  '--plan-collaboration-background': { light: '#ffffff', dark: '#17191c', forced: 'Canvas' },
});
