import { ASCII_BOLD, ASCII_REGULAR, LATIN1_BOLD, LATIN1_REGULAR, RANGE_WIDTHS } from './width-data.js';
import { isHalfwidthForm, isWide } from './cjk.js';

/**
 * Font stack the width table is calibrated for. Components must render text
 * with it, otherwise measureText is no longer an upper bound.
 */
export const FONT_FAMILY = "'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif";

/** U+2026, appended to the last line when maxLines truncates. */
export const ELLIPSIS = '\u2026';

const EMOJI_MILLI = 1300;

// Built lazily through the RegExp constructor so the TypeScript target does
// not have to allow Unicode property escapes in regex literals.
let markRe: RegExp | undefined;
let emojiRe: RegExp | undefined;

function isMark(ch: string): boolean {
  markRe ??= new RegExp('^[\\p{Mn}\\p{Me}]$', 'u');
  return markRe.test(ch);
}

function isEmojiPresentation(ch: string): boolean {
  emojiRe ??= new RegExp('^\\p{Emoji_Presentation}$', 'u');
  return emojiRe.test(ch);
}

/** Zero-width format characters listed in the spec, plus their close kin. */
export function isZeroWidthFormat(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

function rangeWidth(cp: number): number {
  const table = RANGE_WIDTHS;
  let lo = 0;
  let hi = table.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = table[mid * 3] ?? 0;
    const last = table[mid * 3 + 1] ?? 0;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return table[mid * 3 + 2] ?? 1000;
  }
  return -1;
}

/**
 * Widths of the code points of the BMP met so far, plus one (0: not yet looked up), regular
 * and bold. A plan's text is measured several times over (a column's widest title, whether a
 * title fits, its clusters when it is wrapped), and most of it is a few hundred kanji and kana
 * whose class takes a dozen range tests to find.
 */
let seenRegular: Uint16Array | undefined;
let seenBold: Uint16Array | undefined;

/**
 * Width of one code point in thousandths of an em (an integer, so sums are
 * exact and identical in every JS engine). Context-dependent cases (variation
 * selector 16, emoji modifiers) are handled by measureMilli.
 */
export function codePointMilli(cp: number, bold = false): number {
  if (cp >= 0x20 && cp <= 0x7e) {
    return (bold ? ASCII_BOLD : ASCII_REGULAR)[cp - 0x20] ?? 1000;
  }
  // Past the BMP, or not a code point at all (NaN, a fraction): looked up each time.
  if ((cp & 0xffff) !== cp) return lookUpMilli(cp, bold);
  const seen = bold ? (seenBold ??= new Uint16Array(0x10000)) : (seenRegular ??= new Uint16Array(0x10000));
  const known = seen[cp]!;
  if (known !== 0) return known - 1;
  const milli = lookUpMilli(cp, bold);
  seen[cp] = milli + 1;
  return milli;
}

function lookUpMilli(cp: number, bold: boolean): number {
  if (cp < 0x20) {
    // SVG renders tab / newline / CR as a space; other controls as a tofu box.
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return (bold ? ASCII_BOLD : ASCII_REGULAR)[0] ?? 250;
    return 1000;
  }
  if (cp >= 0xa0 && cp <= 0xff) {
    return (bold ? LATIN1_BOLD : LATIN1_REGULAR)[cp - 0xa0] ?? 1000;
  }
  if (cp < 0xa0) return 1000;
  if (cp === 0x3099 || cp === 0x309a) return 0; // combining (han)dakuten
  if (isWide(cp)) {
    // A few CJK-block code points are not 1 em (e.g. U+302E/U+302F tone marks).
    const special = cp >= 0x3000 && cp <= 0x303f ? rangeWidth(cp) : -1;
    return special >= 0 ? special : 1000;
  }
  if (isHalfwidthForm(cp)) return 500;
  if (isZeroWidthFormat(cp)) return 0;
  const special = rangeWidth(cp);
  if (special >= 0) return special;
  if (cp >= 0xd800 && cp <= 0xdfff) return 1000; // lone surrogate renders as U+FFFD
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return EMOJI_MILLI;
  const ch = String.fromCodePoint(cp);
  if (isMark(ch)) return 0;
  if ((cp >= 0x1f000 && cp <= 0x1faff) || isEmojiPresentation(ch)) return EMOJI_MILLI;
  return 1000;
}

function isEmojiModifier(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/**
 * Width of a string in thousandths of an em. Additive over grapheme-like
 * clusters, which the line breaker relies on to measure lines by prefix sums.
 */
export function measureMilli(text: string, bold = false): number {
  let total = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    let w: number;
    if (cp === 0xfe0f) {
      // VS16 asks for emoji presentation: the preceding glyph becomes a
      // colour emoji, which is wider than its text form.
      w = prev > 0 && prev < EMOJI_MILLI ? EMOJI_MILLI - prev : 0;
      prev += w;
    } else if (isEmojiModifier(cp) && prev >= EMOJI_MILLI) {
      w = 0; // skin tone merges into the preceding emoji
    } else {
      w = codePointMilli(cp, bold);
      if (w > 0) prev = w;
    }
    total += w;
  }
  return total;
}

/**
 * Added to every non-empty measurement. Chromium rounds a text run's width up
 * to 1/64 px and snaps glyph ink bounds outwards to whole pixels, so the box
 * that getBBox / getBoundingClientRect report can exceed the summed advances
 * by up to a pixel at each end (e.g. "-" at 10px: advance 3.48, box 4; bold
 * "A" at 8px: advance 5.2, box 7).
 */
export const SNAP_ALLOWANCE_PX = 2;

/**
 * Converts a summed width in thousandths of an em to px, adding the snapping
 * allowance. The line breaker measures through this too, so its lines are
 * exactly as wide as measureText says.
 */
export function milliToPx(milli: number, fontSize: number): number {
  const px = (milli * fontSize) / 1000;
  return px > 0 ? px + SNAP_ALLOWANCE_PX : 0;
}

/**
 * Deterministic upper-bound estimate (px) of the rendered width of `text` in
 * FONT_FAMILY at `fontSize` px: the sum of per-character widths from the
 * table (CJK 1 em, half-width kana 0.5 em, proportional Latin, …) plus
 * SNAP_ALLOWANCE_PX. Pure: no DOM, same result in Node and browsers.
 */
export function measureText(text: string, fontSize: number, bold = false): number {
  return milliToPx(measureMilli(text, bold), fontSize);
}

/** Noto Sans CJK JP's ascent and descent (hhea), in ems: they set where a line's middle is. */
const ASCENT = 1.16;
const DESCENT = 0.288;

/**
 * How far (px) the alphabetic baseline of a line of text at `fontSize` lies below the line's
 * middle, so that a layout can give each line its baseline `y` instead of asking a reader for
 * `dominant-baseline: central` (librsvg, LibreOffice and PowerPoint ignore it). It is where
 * Chromium puts the central baseline with FONT_FAMILY: half of ascent less descent, each
 * rounded to whole px (10 px: 4.5; 14 px: 6), so text on screen stands where it stood.
 */
export function baselineBelowMiddle(fontSize: number): number {
  return (Math.round(ASCENT * fontSize) - Math.round(DESCENT * fontSize)) / 2;
}
