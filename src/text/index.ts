export { baselineBelowMiddle, FONT_FAMILY, measureText } from './measure.js';
export { breakOpportunities, prepareWrap, wrapText } from './wrap.js';
export type { WrapOptions, WrappedText } from './wrap.js';
export { containsCjk, isCjk, isWide, nonCjkWords, WIDE_RANGES } from './cjk.js';
export { wordSegmenter, type WordSegmenter } from './segmenter.js';
