export { elementToSVG, svgToPNG, captureElement, type ExportableElement } from './browser.js';
export { exportCaptured, type ExportContext } from './compose.js';
export { exportMessages } from './messages.js';
export type { RawElement, RawNode } from './svg.js';
