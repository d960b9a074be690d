export { FONT_FAMILY, measureText } from './measure.js';
export { breakOpportunities, wrapText } from './wrap.js';
export type { WrapOptions, WrappedText } from './wrap.js';
