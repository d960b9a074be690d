/** What the text module uses of Intl.Segmenter (absent in a few older engines). */
export interface WordSegmenter {
  segment(input: string): Iterable<{ segment: string; index: number }>;
}
type SegmenterConstructor = new (locale: string, options: { granularity: 'word' }) => WordSegmenter;

const cache = new Map<string, { constructor: SegmenterConstructor; segmenter: WordSegmenter }>();

/**
 * The word segmenter for a language, made once and shared by every caller (making one costs far
 * more than using it). A tag the engine does not accept gets the Japanese one; undefined without
 * Intl.Segmenter. Kept per constructor too, so that a replaced Intl.Segmenter (tests) is seen.
 */
export function wordSegmenter(lang: string): WordSegmenter | undefined {
  const constructor = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
  if (typeof constructor !== 'function') return undefined;
  const cached = cache.get(lang);
  if (cached && cached.constructor === constructor) return cached.segmenter;
  let segmenter: WordSegmenter;
  try {
    segmenter = new constructor(lang, { granularity: 'word' });
  } catch {
    try {
      segmenter = new constructor('ja', { granularity: 'word' });
    } catch {
      return undefined;
    }
  }
  cache.set(lang, { constructor, segmenter });
  return segmenter;
}
