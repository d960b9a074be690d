export { FONT_FAMILY, measureText } from './measure.js';
export { breakOpportunities, prepareWrap, wrapText } from './wrap.js';
export type { WrapOptions, WrappedText } from './wrap.js';
