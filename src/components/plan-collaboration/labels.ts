// The ways a label may be wrapped (variants) and a wrapped label set in its box.
import { round, type Box } from '../../geometry/index.js';
import { baselineBelowMiddle, breakOpportunities, measureText, nonCjkWords, wordSegmenter, wrapText } from '../../text/index.js';
import { LINE_HEIGHT, type LabelLayout, type Variant } from './model.js';

/** Labels narrower than this many ems break only between phrases. */
const SHORT_TEXT = 8.5;

/** The widest run of Latin letters and digits, so that wrapping never has to cut a word (NPO・ボランティア keeps NPO). */
function widestWord(text: string, fontSize: number, bold: boolean): number {
  let widest = 0;
  for (const word of nonCjkWords(text)) widest = Math.max(widest, measureText(word, fontSize, bold));
  return widest;
}

/**
 * Ways to wrap a label, most legible first: one line when it is short, then boxes of
 * decreasing width (squarer boxes fit round regions better); untruncated ones before cut ones.
 */
export function variants(
  text: string,
  lang: string | undefined,
  fontSize: number,
  bold: boolean,
  widths: number[],
  maxLines: number,
  f: number,
  anyBreak = false,
  keepCut = true,
  widest = Infinity,
): Variant[] {
  // Wrapping is the costly part and the same labels are wrapped for every font tried: remember it.
  const key = JSON.stringify([text, lang, fontSize, bold, widths, maxLines, f, anyBreak, keepCut, widest]);
  const known = variantCache.get(key);
  if (known) return known;
  if (variantCache.size > 2000) variantCache.clear();
  const found = wrapVariants(text, lang, fontSize, bold, widths, maxLines, f, anyBreak, keepCut, widest);
  variantCache.set(key, found);
  return found;
}

const variantCache = new Map<string, Variant[]>();

/** `widest`: the widest a label's box may be (the figure's inner width); a longer word is broken within it. */
function wrapVariants(
  text: string,
  lang: string | undefined,
  fontSize: number,
  bold: boolean,
  widths: number[],
  maxLines: number,
  f: number,
  anyBreak: boolean,
  keepCut: boolean,
  widest: number,
): Variant[] {
  const padX = f * 0.45;
  const maxText = Math.max(fontSize, widest - 2 * padX);
  const padY = f * 0.2;
  const minWord = widestWord(text, fontSize, bold);
  const single = measureText(text, fontSize, bold);
  const lineHeight = fontSize * LINE_HEIGHT;
  // Widths giving boxes of about these width:height ratios, for long text.
  // Never narrower than 4.5 ems: a column of single words reads badly.
  const byAspect = [4, 2.5, 1.6, 1].map((aspect) => Math.max(anyBreak ? 0 : 4.5, Math.sqrt(single * lineHeight * aspect) / fontSize));
  // Short text is only broken between phrases (地域共生社会 stays whole, 制度の|狭間 may break).
  const short = !anyBreak && single <= SHORT_TEXT * fontSize;
  const phraseEnds = short ? wordEnds(text, lang) : new Set<number>();
  const seen = new Set<string>();
  const found: Variant[] = [];
  for (const em of [...widths, ...byAspect]) {
    const wrapped = wrapText(text, { maxWidth: Math.min(maxText, Math.max(em * fontSize, minWord)), fontSize, bold, maxLines, balance: true, lang: lang ?? 'ja' });
    const key = wrapped.lines.join('\n');
    if (seen.has(key)) continue;
    if (short && (wrapped.lines.length > 2 || !breaksBetweenPhrases(text, wrapped.lines, phraseEnds))) continue;
    seen.add(key);
    found.push({
      fontSize,
      lines: wrapped.lines,
      width: round(Math.max(wrapped.width, fontSize) + 2 * padX),
      height: round(Math.max(1, wrapped.lines.length) * lineHeight + 2 * padY),
      truncated: wrapped.truncated,
    });
  }
  const untruncated = found.filter((v) => !v.truncated);
  const ordered = [...untruncated.filter((v) => v.lines.length <= 1), ...untruncated.filter((v) => v.lines.length > 1).sort((a, b) => b.width - a.width)];
  return keepCut ? [...ordered, ...found.filter((v) => v.truncated)] : ordered.length > 0 ? ordered : found;
}

/** Where words and phrases of `text` end: the only places short text may break. */
function wordEnds(text: string, lang: string | undefined): Set<number> {
  const ends = new Set<number>();
  breakOpportunities(text, lang).reduce((end, phrase) => (ends.add(end + phrase.trimEnd().length), end + phrase.length), 0);
  for (const word of wordSegmenter(lang ?? 'ja')?.segment(text) ?? []) ends.add(word.index + word.segment.length);
  return ends;
}

/** True when every line but the last ends where a phrase of `text` ends. */
function breaksBetweenPhrases(text: string, lines: string[], phraseEnds: Set<number>): boolean {
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    const found = text.indexOf(line, at);
    if (found < 0) return false;
    at = found + line.length;
    if (!phraseEnds.has(at)) return false;
  }
  return true;
}

export function labelAt(
  text: string,
  lang: string | undefined,
  variant: Variant,
  box: Box,
  labelSize: number,
  bold: boolean,
  padY?: number,
  align: 'middle' | 'start' = 'middle',
): LabelLayout {
  const fontSize = variant.fontSize ?? labelSize;
  const lineHeight = fontSize * LINE_HEIGHT;
  const top = box.y + (padY ?? (box.height - variant.lines.length * lineHeight) / 2);
  const x = align === 'middle' ? box.x + box.width / 2 : box.x;
  const below = baselineBelowMiddle(fontSize);
  return {
    text,
    lang,
    lines: variant.lines.map((line, i) => ({ text: line, x: round(x), y: round(top + (i + 0.5) * lineHeight), baseline: round(top + (i + 0.5) * lineHeight + below) })),
    fontSize,
    bold,
    align,
    box: { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) },
    truncated: variant.truncated,
  };
}
