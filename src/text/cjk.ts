/**
 * The one table of East Asian code points the text module uses: for widths (a wide glyph is one
 * em in the font stack) and for wrapping (a paragraph with any CJK character is segmented into
 * phrases, and a line may break between two CJK characters; runs of anything else are words).
 *
 * `[first, last]` pairs, ascending: Unicode's East Asian Wide and Fullwidth blocks that Noto Sans
 * CJK JP draws one em wide (Hangul Jamo, CJK radicals and punctuation, kana, Bopomofo, enclosed
 * and compatibility CJK such as ㈱ ㍻ ㎡, CJK ideographs, Yi, Hangul syllables, vertical and
 * small form variants, fullwidth forms, the supplementary ideographic planes).
 */
export const WIDE_RANGES: readonly number[] = [
  0x1100, 0x115f, 0x2e80, 0x303f, 0x3040, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xa4cf, 0xa960, 0xa97f, 0xac00, 0xd7af, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f,
  0xff00, 0xff60, 0xffe0, 0xffe6, 0x20000, 0x3fffd,
];

/** True for a code point of {@link WIDE_RANGES}: drawn one em wide. */
export function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  const ranges = WIDE_RANGES;
  for (let i = 0; i < ranges.length; i += 2) {
    if (cp < ranges[i]!) return false;
    if (cp <= ranges[i + 1]!) return true;
  }
  return false;
}

/** Half-width katakana and the other half-width forms (ｲﾜｷ, ￨): half an em, but CJK text. */
export function isHalfwidthForm(cp: number): boolean {
  return (cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0xffe8 && cp <= 0xffee);
}

/** True for a CJK code point: one em wide, or a half-width form. */
export function isCjk(cp: number): boolean {
  return isWide(cp) || isHalfwidthForm(cp);
}

/** True when `text` holds a CJK code point (then it is wrapped as Japanese: phrases, 禁則). */
export function containsCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) continue;
    // A high surrogate of the supplementary ideographic planes (U+20000–U+3FFFF).
    if (c >= 0xd840 && c <= 0xd8bf) {
      if (isCjk(text.codePointAt(i) ?? 0)) return true;
    } else if (isCjk(c)) return true;
  }
  return false;
}

let wordRe: RegExp | undefined;

/**
 * The longest runs of `text` that are neither space nor CJK (Latin words, numbers, NPO in
 * NPO・ボランティア): a line may break inside them only when nothing else fits.
 */
export function nonCjkWords(text: string): string[] {
  if (!wordRe) {
    const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
    let set = '';
    for (let i = 0; i < WIDE_RANGES.length; i += 2) set += `${hex(WIDE_RANGES[i]!)}-${hex(WIDE_RANGES[i + 1]!)}`;
    // Built through the RegExp constructor, like measure.ts's, for the TypeScript target.
    wordRe = new RegExp(`[^\\s${set}\\u{ff61}-\\u{ffdc}\\u{ffe8}-\\u{ffee}]+`, 'gu');
  }
  return text.match(wordRe) ?? [];
}
