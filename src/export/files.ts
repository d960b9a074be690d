/**
 * What the elements' `toSVG()` and `toPNG()` are made of: each figure's file from its scene
 * (plan → layout → scene → SVG text) and the PNG step. Loaded on demand (./load.ts): a page
 * that only shows the figures never loads it.
 */
export { sceneToSVG } from '../scene/svg.js';
export { svgToPNG } from './png.js';
export { treeLayoutSVG } from '../components/plan-tree/file.js';
export { gaugeSVG, nothingToDraw } from '../components/plan-gauge/file.js';
export { exportMessages } from './messages.js';
export { indicatorsSVG } from '../components/plan-indicators/file.js';
