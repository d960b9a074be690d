import { containsCjk } from './cjk.js';
import { codePointMilli, ELLIPSIS, measureMilli, milliToPx } from './measure.js';
import { wordSegmenter, type WordSegmenter } from './segmenter.js';

export interface WrapOptions {
  /** Maximum line width in px, as measured by measureText. */
  maxWidth: number;
  /** Font size in px. */
  fontSize: number;
  /** Keep at most this many lines (integer ≥ 1); the last one then ends in '…'. */
  maxLines?: number;
  /** BCP 47 tag for Intl.Segmenter; defaults to 'ja'. */
  lang?: string;
  /** Measure with the bold width table. */
  bold?: boolean;
  /**
   * Narrow the lines of each paragraph as far as possible without adding a
   * line (like CSS `text-wrap: balance`). Off by default.
   */
  balance?: boolean;
}

export interface WrappedText {
  /** Lines to render, top to bottom. Empty text gives []. */
  lines: string[];
  /** Widest line in px, measured with measureText. */
  width: number;
  /** True when maxLines cut the text short (the last line then ends in '…'). */
  truncated: boolean;
}

// ---------------------------------------------------------------------------
// Character classes

const enum Cls {
  Other = 0,
  Kanji = 1,
  Hiragana = 2,
  Katakana = 3,
  /** Latin/Greek/Cyrillic letters and digits, half- or full-width. */
  Alnum = 4,
  /** Breakable, collapsible space; dropped at line end. */
  Space = 5,
  /** Zero-width space: break opportunity, kept. */
  ZeroSpace = 6,
  /** No-break space and joiners: never break next to it. */
  Glue = 7,
  Open = 8,
  Close = 9,
  /** ・ joins words: 子ども・子育て. */
  MiddleDot = 10,
  Hyphen = 11,
}

function codePointSet(chars: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0) ?? 0);
  return set;
}

/** Closing brackets and punctuation: a line may break after them (and not before them, 行頭禁則). */
const CLOSE_CHARS = '、。，．：；？！）」』】〕〉》］｝〙〗｠〟’”»›)]}.,!?:;%％‰…‥‼⁇⁈⁉｡｣､';

/** 行頭禁則: characters that must not start a line (full- and half-width). */
export const NO_START_CHARS = CLOSE_CHARS + '・ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ～〜々ゝゞヽヾ〻゛゜‐゠–℃°′″･ｧｨｩｪｫｬｭｮｯｰﾞﾟ';

/** 行末禁則: characters that must not end a line. */
export const NO_END_CHARS = '（「『【〔〈《［｛〘〖｟〝‘“«‹([{｢';

const NO_START = codePointSet(NO_START_CHARS);
const NO_END = codePointSet(NO_END_CHARS);

const CLOSE_PUNCT = codePointSet(CLOSE_CHARS);

function classify(cp: number): Cls {
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
      return Cls.Alnum;
    }
    if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0c || cp === 0x0d) return Cls.Space;
    if (cp === 0x2d) return Cls.Hyphen;
    if (NO_END.has(cp)) return Cls.Open;
    if (CLOSE_PUNCT.has(cp)) return Cls.Close;
    return Cls.Other;
  }
  if (cp >= 0x3041 && cp <= 0x309f) return cp === 0x3099 || cp === 0x309a ? Cls.Other : Cls.Hiragana;
  if (cp >= 0x30a0 && cp <= 0x30ff) return cp === 0x30fb ? Cls.MiddleDot : Cls.Katakana;
  if (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    cp === 0x3005 ||
    cp === 0x3006 ||
    cp === 0x3007 ||
    cp === 0x303b
  ) {
    return Cls.Kanji;
  }
  if ((cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9f)) return Cls.Katakana;
  if (cp === 0xff65) return Cls.MiddleDot;
  if (
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) ||
    (cp >= 0x370 && cp <= 0x52f) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0xff10 && cp <= 0xff19) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  ) {
    return Cls.Alnum;
  }
  if (cp === 0x3000 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a && cp !== 0x2007) || cp === 0x205f) {
    return Cls.Space;
  }
  if (cp === 0x200b) return Cls.ZeroSpace;
  if (cp === 0xa0 || cp === 0x202f || cp === 0x2007 || cp === 0x2060 || cp === 0xfeff || cp === 0x2011) {
    return Cls.Glue;
  }
  if (cp === 0x2010 || cp === 0x2013 || cp === 0x2014) return Cls.Hyphen;
  if (NO_END.has(cp)) return Cls.Open;
  if (CLOSE_PUNCT.has(cp)) return Cls.Close;
  return Cls.Other;
}

// ---------------------------------------------------------------------------
// Clusters: the smallest pieces a line break may fall between.

/** Characters that stay with the preceding code point. */
function isExtend(cp: number): boolean {
  if (cp < 0x300) return cp === 0xad;
  if (cp <= 0x36f) return true;
  if (cp >= 0x2e80 && cp < 0x3099) return false;
  // ZWJ / ZWNJ join; bidi controls and other format characters do not, so they
  // never turn a droppable space into content.
  if (cp === 0x200c || cp === 0x200d) return true;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return true;
  if (cp >= 0xe0000 && cp <= 0xe0fff) return true;
  if (cp === 0x3099 || cp === 0x309a) return true;
  if ((cp >= 0x3040 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef)) return false;
  return isMark(cp);
}

let markRe: RegExp | undefined;
function isMark(cp: number): boolean {
  markRe ??= new RegExp('^[\\p{Mn}\\p{Me}]$', 'u');
  return markRe.test(String.fromCodePoint(cp));
}

let pictRe: RegExp | undefined;
function isPictographic(cp: number): boolean {
  if (cp < 0xa9) return false;
  pictRe ??= new RegExp('^\\p{Extended_Pictographic}$', 'u');
  return pictRe.test(String.fromCodePoint(cp));
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

interface Paragraph {
  text: string;
  /** UTF-16 offset where each cluster starts; one extra entry = text.length. */
  starts: number[];
  /** Width of each cluster in thousandths of an em. */
  widths: number[];
  cls: Cls[];
  /** First code point of each cluster. */
  cps: number[];
  /** levels[i]: how good a break before cluster i is (0 = paragraph end). */
  levels: Uint8Array;
}

type Clusters = Omit<Paragraph, 'levels'>;

/** Break quality, lower is better. */
const enum Level {
  End = 0,
  /** Between phrases (文節), after spaces and hyphens. */
  Phrase = 1,
  /** After ・, or between a word ending in kana and a kanji word (子育て|支援). */
  Word = 2,
  /** Between the words of a kanji / katakana compound (地域|福祉). */
  Compound = 3,
  /** Before an attached particle or okurigana (つくる|ために). */
  Segment = 4,
  /** Between characters, obeying 禁則. */
  Char = 5,
  /** Inside a Latin word or number, or next to ・. */
  InWord = 6,
  /** Violates 禁則; used only when nothing else fits. */
  Kinsoku = 7,
  Never = 255,
}

function buildClusters(text: string, bold: boolean): Clusters {
  const starts: number[] = [];
  const widths: number[] = [];
  const cls: Cls[] = [];
  const cps: number[] = [];
  let zwjBeforePict = false;
  let riOpen = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const last = cls.length - 1;
    const joins = last >= 0 && (isExtend(cp) || (zwjBeforePict && isPictographic(cp)) || (riOpen && isRegionalIndicator(cp)));
    if (joins) {
      riOpen = false;
      // A space carrying marks is content, not a droppable space.
      if (cls[last] === Cls.Space || cls[last] === Cls.ZeroSpace) cls[last] = Cls.Other;
    } else {
      starts.push(i);
      cls.push(classify(cp));
      cps.push(cp);
      riOpen = isRegionalIndicator(cp);
    }
    zwjBeforePict = cp === 0x200d && isPictographic(cps[cps.length - 1] ?? 0);
    i += size;
  }
  starts.push(text.length);
  for (let c = 0; c + 1 < starts.length; c++) {
    const from = starts[c] ?? 0;
    const to = starts[c + 1] ?? 0;
    const cp = cps[c] ?? 0;
    const single = to - from === (cp > 0xffff ? 2 : 1);
    widths.push(single ? codePointMilli(cp, bold) : measureMilli(text.slice(from, to), bold));
  }
  return { text, starts, widths, cls, cps };
}

function isWordCls(c: Cls | undefined): boolean {
  return c === Cls.Alnum;
}

/** Kanji, hiragana or katakana: the text the word segmenter splits into Japanese words. */
function isDict(c: Cls | undefined): boolean {
  return c === Cls.Kanji || c === Cls.Hiragana || c === Cls.Katakana;
}

function isDigit(cp: number | undefined): boolean {
  return cp! >= 0x30 && cp! <= 0x39;
}

const URL_BREAK_AFTER = codePointSet('/.?&=');

/** Break level from character classes and 禁則 alone. */
function charLevel(p: Clusters, i: number): Level {
  const x = p.cls[i - 1] ?? Cls.Other;
  const y = p.cls[i] ?? Cls.Other;
  const xcp = p.cps[i - 1] ?? 0;
  const ycp = p.cps[i] ?? 0;
  if (y === Cls.Space) return Level.Never;
  if (NO_START.has(ycp) || y === Cls.Glue || x === Cls.Glue) return Level.Kinsoku;
  if (x === Cls.Space) {
    let j = i - 1;
    while (j > 0 && p.cls[j] === Cls.Space) j--;
    return NO_END.has(p.cps[j] ?? 0) ? Level.Kinsoku : Level.Phrase;
  }
  if (NO_END.has(xcp)) return Level.Kinsoku;
  if (x === Cls.ZeroSpace) return Level.Phrase;
  // Our own rules next to Latin text (no word segmenter: engines split URLs differently): after a
  // hyphen between words; after / . ? & = as in a URL (not inside a number such as 1-2, 3.5, 2025/26).
  const number = isDigit(p.cps[i - 2]) && isDigit(ycp);
  if (x === Cls.Hyphen && isWordCls(p.cls[i - 2]) && isWordCls(y) && !number) return Level.Phrase;
  if (URL_BREAK_AFTER.has(xcp) && isWordCls(y) && !number) return Level.Word;
  if (x === Cls.MiddleDot) return Level.Word;
  // Next to a Japanese bracket or mark, a symbol or an emoji (〜 ※ → 」😀), as between words (next to kana or kanji segLevel decides).
  if (!isDict(x) && !isDict(y) && (((x === Cls.Other || x === Cls.Close) && xcp > 0xff) || ((y === Cls.Other || y === Cls.Open) && ycp > 0xff))) {
    return x === Cls.Close || y === Cls.Open ? Level.Phrase : Level.Compound;
  }
  if (isWordCls(x) && (isWordCls(y) || y === Cls.Hyphen)) return Level.InWord;
  return Level.Char;
}

// ---------------------------------------------------------------------------
// Phrase segmentation for Japanese

/**
 * Hiragana words longer than two characters that still attach to the
 * preceding word (auxiliaries, compound particles, suffixes).
 */
const ATTACHING_HIRAGANA = new Set<string>(
  (
    'する した して します しない しよう すれば される された させる させた ' +
    'できる できた できて できない できます られる られた なって なった ' +
    'ながら ように ような について における によって により による として ' +
    'とともに ための ために らしく らしい らしさ ません ました ましょう でしょう ' +
    'だろう けれど けれども くらい ぐらい からの までの よりも ' +
    'ていく ている ておく づくり ずくり'
  ).split(' '),
);

/** Punctuation after which a new phrase always starts. */
const SENTENCE_END = codePointSet('、。，．！？,.!?');

/** Dropped before an appended '…'. */
const BEFORE_ELLIPSIS_DROP = codePointSet('、。，．,.・･:;：；');

/** 連用形 endings: 住み慣れた, 見守り活動 keep together at phrase level. */
const RENYOU = codePointSet('いきしちひみりぎじびえけせねめれげべ');

interface Seg {
  start: number;
  end: number;
  hiraganaOnly: boolean;
  hasKanji: boolean;
  /** Hiragana segment glued to the preceding word (particle / okurigana). */
  attached: boolean;
}

/**
 * Where Intl.Segmenter starts words in paragraphs analysed ahead of time ({@link prepareWrap}):
 * UTF-16 offsets, by language and paragraph. Valid for one Segmenter constructor (tests
 * replace it); emptied when it grows past a limit.
 */
const preparedWords = new Map<string, Map<string, readonly number[]>>();
let preparedCtor: unknown;
let preparedCount = 0;
const PREPARED_LIMIT = 50_000;
/** Characters segmented in one call: enough to share the cost of a call, few enough that no engine slows down on a long string (Node 20 does, past a few hundred). */
const BATCH_CHARS = 384;

function preparedFor(lang: string): Map<string, readonly number[]> {
  const ctor: unknown = Reflect.get(Intl, 'Segmenter');
  if (preparedCtor !== ctor || preparedCount > PREPARED_LIMIT) {
    preparedWords.clear();
    preparedCtor = ctor;
    preparedCount = 0;
  }
  let byText = preparedWords.get(lang);
  if (!byText) {
    byText = new Map();
    preparedWords.set(lang, byText);
  }
  return byText;
}

/** Segments paragraphs joined by newlines (a word never spans one) in one call of the segmenter. */
function segmentBatch(segmenter: WordSegmenter, batch: readonly string[], into: Map<string, readonly number[]>): void {
  if (batch.length === 0) return;
  let i = 0;
  let base = 0;
  let end = batch[0]!.length;
  let current: number[] = [];
  for (const s of segmenter.segment(batch.join('\n'))) {
    const at = s.index;
    while (at > end && i + 1 < batch.length) {
      into.set(batch[i]!, current);
      i++;
      base = end + 1;
      end = base + batch[i]!.length;
      current = [];
    }
    if (at < end) current.push(at - base);
  }
  into.set(batch[i]!, current);
  preparedCount += batch.length;
}

/**
 * Analyses the Japanese (CJK) paragraphs of many texts at once, so that wrapping them later
 * does not call Intl.Segmenter once per text: each call has a fixed cost that, for thousands
 * of short titles, is most of the cost of wrapping. Wrapping gives the same lines with or
 * without it.
 */
export function prepareWrap(texts: Iterable<string>, lang?: string): void {
  const tag = typeof lang === 'string' && lang !== '' ? lang : 'ja';
  const segmenter = wordSegmenter(tag);
  if (!segmenter) return;
  // Each call keeps what it found (and what the calls before it found for the texts it was given):
  // the store stays the size of one drawing.
  const previous = preparedFor(tag);
  const byText = new Map<string, readonly number[]>();
  preparedWords.set(tag, byText);
  preparedCount = 0;
  const batch: string[] = [];
  const queued = new Set<string>();
  let length = 0;
  for (const text of texts) {
    if (typeof text !== 'string' || text === '') continue;
    for (const para of splitParagraphs(text)) {
      if (para === '' || queued.has(para) || byText.has(para) || !containsCjk(para)) continue;
      const known = previous.get(para);
      if (known) {
        byText.set(para, known);
        continue;
      }
      queued.add(para);
      batch.push(para);
      length += para.length + 1;
      if (length >= BATCH_CHARS) {
        segmentBatch(segmenter, batch, byText);
        batch.length = 0;
        length = 0;
      }
    }
  }
  segmentBatch(segmenter, batch, byText);
}

/** Cluster indices where word segments start (always includes 0). */
function wordStarts(p: Clusters, segmenter: WordSegmenter | undefined, lang: string): number[] {
  const n = p.cls.length;
  const out: number[] = [];
  if (segmenter) {
    const clusterAt = new Int32Array(p.text.length + 1).fill(-1);
    for (let c = 0; c < n; c++) clusterAt[p.starts[c] ?? 0] = c;
    for (const at of preparedFor(lang).get(p.text) ?? Array.from(segmenter.segment(p.text), (s) => s.index)) {
      const c = clusterAt[at] ?? -1;
      if (c >= 0) out.push(c);
    }
    if (out[0] !== 0) out.unshift(0);
    return out;
  }
  // Without Intl.Segmenter: runs of one script, punctuation one by one.
  for (let c = 0; c < n; c++) {
    const k = p.cls[c];
    if (c === 0 || !(isDict(k) || k === Cls.Alnum) || k !== p.cls[c - 1]) out.push(c);
  }
  return out;
}

function buildSegs(p: Clusters, segmenter: WordSegmenter | undefined, lang: string): Seg[] {
  const starts = wordStarts(p, segmenter, lang);
  const n = p.cls.length;
  const segs: Seg[] = [];
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s] ?? 0;
    const end = starts[s + 1] ?? n;
    if (end <= start) continue;
    let hiraganaOnly = true;
    let hasKanji = false;
    for (let c = start; c < end; c++) {
      const k = p.cls[c];
      if (k === Cls.Kanji) hasKanji = true;
      if (k !== Cls.Hiragana && p.cps[c] !== 0x30fc) hiraganaOnly = false;
    }
    segs.push({ start, end, hiraganaOnly, hasKanji, attached: false });
  }
  return segs;
}

function isContent(c: Cls): boolean {
  return c === Cls.Kanji || c === Cls.Katakana || c === Cls.Alnum;
}

/**
 * Level of the break between two word segments, or undefined to leave it to
 * charLevel. Implements the bunsetsu heuristics: particles and okurigana stick
 * to their word, compounds stay together at phrase level.
 */
function segLevel(p: Clusters, prev: Seg, next: Seg, dictionary: boolean): Level | undefined {
  const a = p.cls[prev.end - 1] ?? Cls.Other;
  const b = p.cls[next.start] ?? Cls.Other;
  if (next.hiraganaOnly) {
    const len = next.end - next.start;
    const attaches = len <= 2 || ATTACHING_HIRAGANA.has(p.text.slice(p.starts[next.start], p.starts[next.end]));
    if (isContent(a)) {
      // A script run (no dictionary) holds okurigana and particles together.
      if (attaches || a !== Cls.Kanji || !dictionary) {
        next.attached = true;
        return Level.Segment;
      }
      return Level.Phrase; // 第5次|いわき市
    }
    if (a === Cls.Hiragana) {
      if (attaches) {
        next.attached = true;
        return Level.Segment;
      }
      return Level.Phrase;
    }
    if (a === Cls.Close && len <= 2 && !SENTENCE_END.has(p.cps[prev.end - 1] ?? 0)) {
      next.attached = true; // 「計画」の
      return Level.Segment;
    }
    if (a === Cls.Close) return Level.Phrase;
    return Level.Word;
  }
  if (b === Cls.Open) return Level.Phrase;
  if (a === Cls.Close) return Level.Phrase;
  if (a === Cls.Hiragana) {
    if (prev.hiraganaOnly && !prev.attached) return Level.Word; // いわき市
    if (prev.hasKanji) return Level.Word; // 子育て支援, 支え合い
    if (isRenyou(p, prev.end)) return Level.Word; // 住み慣れた
    return Level.Phrase;
  }
  if (a === Cls.Katakana && b === Cls.Katakana) return undefined;
  if (b === Cls.Hyphen || a === Cls.Hyphen) return undefined;
  return Level.Compound;
}

/** A single 連用形 kana right after a kanji: 住|み|慣れた. */
function isRenyou(p: Clusters, end: number): boolean {
  return p.cls[end - 1] === Cls.Hiragana && RENYOU.has(p.cps[end - 1] ?? 0) && p.cls[end - 2] === Cls.Kanji;
}

function buildParagraph(text: string, bold: boolean, lang: string): Paragraph {
  const base = buildClusters(text, bold);
  const n = base.cls.length;
  const levels = new Uint8Array(n + 1);
  for (let i = 1; i < n; i++) levels[i] = charLevel(base, i);
  levels[0] = Level.Never;
  levels[n] = Level.End;
  if (containsCjk(text)) {
    const segmenter = wordSegmenter(lang);
    const segs = buildSegs(base, segmenter, lang);
    for (let s = 1; s < segs.length; s++) {
      const prev = segs[s - 1];
      const next = segs[s];
      if (!prev || !next) continue;
      const i = next.start;
      // Between two characters that are not Japanese words the segmenter is not asked: charLevel decides.
      if (!isDict(base.cls[i - 1]) && !isDict(base.cls[i])) continue;
      const cl = levels[i] ?? Level.Never;
      const sl = segLevel(base, prev, next, segmenter !== undefined);
      if (sl !== undefined && cl !== Level.Never && cl !== Level.Kinsoku && sl < cl) levels[i] = sl;
    }
  }
  return Object.assign(base, { levels });
}

// Segmenting dominates the cost of wrapping, and components re-wrap the same
// titles at several widths (balance, resize), so analysed paragraphs are kept.
// Keyed by the text itself (a title's string hashes once), then style and language.
const PARAGRAPH_CACHE_SIZE = 256;
const paragraphCache = new Map<string, { p: Paragraph; bold: boolean; lang: string; ctor: unknown }[]>();

function getParagraph(text: string, bold: boolean, lang: string): Paragraph {
  // Keyed on the Segmenter constructor too, so replacing it (tests) is seen.
  const ctor: unknown = Reflect.get(Intl, 'Segmenter');
  const entries = paragraphCache.get(text);
  if (entries) {
    for (const hit of entries) if (hit.bold === bold && hit.lang === lang && hit.ctor === ctor) return hit.p;
  }
  const p = buildParagraph(text, bold, lang);
  if (entries && entries.length < 8) {
    entries.push({ p, bold, lang, ctor });
  } else {
    if (paragraphCache.size >= PARAGRAPH_CACHE_SIZE) paragraphCache.clear();
    paragraphCache.set(text, [{ p, bold, lang, ctor }]);
  }
  return p;
}

// ---------------------------------------------------------------------------
// Public: phrases

/**
 * Splits text into the unbreakable phrases the wrapper prefers to keep whole.
 * The phrases joined give back `text` exactly; spaces stay at the end of the
 * phrase they follow. '' gives [].
 */
export function breakOpportunities(text: string, lang?: string): string[] {
  const str = typeof text === 'string' ? text : '';
  if (str.length === 0) return [];
  const p = getParagraph(str, false, typeof lang === 'string' && lang !== '' ? lang : 'ja');
  const out: string[] = [];
  let from = 0;
  const n = p.cls.length;
  for (let i = 1; i < n; i++) {
    if ((p.levels[i] ?? Level.Never) <= Level.Phrase) {
      out.push(str.slice(p.starts[from], p.starts[i]));
      from = i;
    }
  }
  out.push(str.slice(p.starts[from]));
  return out;
}

// ---------------------------------------------------------------------------
// Line layout

interface Fit {
  fontSize: number;
  maxWidth: number;
}

function fits(milli: number, f: Fit): boolean {
  return milliToPx(milli, f.fontSize) <= f.maxWidth;
}

function isTrim(p: Paragraph, c: number): boolean {
  return p.cls[c] === Cls.Space;
}

/** Width of clusters [s, e) without trailing spaces, in milli-em. */
function rangeMilli(p: Paragraph, s: number, e: number): number {
  let end = e;
  while (end > s && isTrim(p, end - 1)) end--;
  let sum = 0;
  for (let c = s; c < end; c++) sum += p.widths[c] ?? 0;
  return sum;
}

/** Greedy line breaking; returns the cluster index where each line ends. */
function layout(p: Paragraph, f: Fit): number[] {
  const n = p.cls.length;
  const ends: number[] = [];
  let s = 0;
  while (s < n) {
    let sum = 0;
    let maxEnd = s;
    for (let c = s; c < n; c++) {
      sum += p.widths[c] ?? 0;
      if (!isTrim(p, c) && !fits(sum, f)) break;
      maxEnd = c + 1;
    }
    let best = -1;
    let bestLevel: number = Level.Never;
    for (let e = maxEnd; e > s; e--) {
      const l = p.levels[e] ?? Level.Never;
      if (l < bestLevel) {
        best = e;
        bestLevel = l;
        if (l <= Level.Phrase) break;
      }
    }
    if (best < 0) {
      // Nothing fits: one cluster (plus the spaces after it) per line.
      best = s + 1;
      while (best < n && (p.levels[best] ?? Level.Never) === Level.Never) best++;
    }
    ends.push(best);
    s = best;
  }
  return ends;
}

function visibleCount(p: Paragraph, s: number, e: number): number {
  let count = 0;
  for (let c = s; c < e; c++) if (!isTrim(p, c)) count++;
  return count;
}

/** Moves a phrase down when the last line would hold only one or two characters. */
function fixOrphan(p: Paragraph, ends: number[], f: Fit): void {
  const k = ends.length;
  if (k < 2) return;
  const lastStart = ends[k - 2] ?? 0;
  const prevStart = k >= 3 ? (ends[k - 3] ?? 0) : 0;
  const n = p.cls.length;
  if (visibleCount(p, lastStart, n) > 2) return;
  const current = p.levels[lastStart] ?? Level.Never;
  let best = -1;
  let bestLevel: number = current + 1;
  for (let e = lastStart - 1; e > prevStart; e--) {
    const l = p.levels[e] ?? Level.Never;
    if (l < bestLevel && fits(rangeMilli(p, e, n), f)) {
      best = e;
      bestLevel = l;
    }
  }
  if (best > prevStart && visibleCount(p, prevStart, best) >= 2) ends[k - 2] = best;
}

function worstLevel(p: Paragraph, ends: number[]): number {
  let worst = 0;
  for (const e of ends) worst = Math.max(worst, p.levels[e] ?? Level.Never);
  return worst;
}

function allFit(p: Paragraph, ends: number[], f: Fit): boolean {
  let s = 0;
  for (const e of ends) {
    if (!fits(rangeMilli(p, s, e), f)) return false;
    s = e;
  }
  return true;
}

/** Narrowest layout with the same line count and no worse breaks. */
function balanced(p: Paragraph, f: Fit, ends: number[]): number[] {
  const k = ends.length;
  if (k < 2 || !(f.maxWidth < Infinity) || !allFit(p, ends, f)) return ends;
  const worst = worstLevel(p, ends);
  let lo = 0;
  let hi = f.maxWidth;
  let best = ends;
  for (let iter = 0; iter < 24 && hi - lo > 0.1; iter++) {
    const mid = (lo + hi) / 2;
    const trialFit: Fit = { fontSize: f.fontSize, maxWidth: mid };
    const trial = layout(p, trialFit);
    if (trial.length <= k && worstLevel(p, trial) <= worst && allFit(p, trial, trialFit)) {
      best = trial;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Public: wrapText

const FORCED_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;
const HAS_FORCED_BREAK = /[\r\n\u2028\u2029\u0085]/;
const COLLAPSIBLE = /[ \t\f\v]+/g;
const NEEDS_COLLAPSE = /[\t\f\v]| {2}/;
const EDGE_SPACE = /^\s+|\s+$/g;
const HAS_EDGE_SPACE = /^\s|\s$/;

function normalizeParagraph(para: string): string {
  const collapsed = NEEDS_COLLAPSE.test(para) ? para.replace(COLLAPSIBLE, ' ') : para;
  return HAS_EDGE_SPACE.test(collapsed) ? collapsed.replace(EDGE_SPACE, '') : collapsed;
}

/** True when the text has nothing to split, collapse or trim (most titles): one scan instead of three regular expressions. */
function isPlainParagraph(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  let previousSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) {
      if (c !== 0x20 || previousSpace || i === 0 || i === n - 1) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (c < 0x85) continue;
    if (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false;
    }
  }
  return true;
}

function splitParagraphs(text: string): string[] {
  if (isPlainParagraph(text)) return [text];
  if (!HAS_FORCED_BREAK.test(text)) return [normalizeParagraph(text)];
  return text.split(FORCED_BREAK).map(normalizeParagraph);
}

function sanitizeNumber(v: number, fallback: number): number {
  return typeof v === 'number' && !Number.isNaN(v) ? v : fallback;
}

type LineRef = { p: Paragraph; s: number; e: number } | { text: string };

function lineText(ref: LineRef): string {
  if ('text' in ref) return ref.text;
  let e = ref.e;
  while (e > ref.s && isTrim(ref.p, e - 1)) e--;
  return ref.p.text.slice(ref.p.starts[ref.s], ref.p.starts[e]);
}

/** The last kept line with '…' appended, shortened until it fits. */
function ellipsize(ref: LineRef, f: Fit, ellipsisMilli: number, bold: boolean, lang: string): string {
  const { p, s, e: end } = 'text' in ref ? { p: getParagraph(ref.text, bold, lang), s: 0, e: -1 } : ref;
  let e = end < 0 ? p.cls.length : end;
  for (;;) {
    while (e > s && isTrim(p, e - 1)) e--;
    if (e === s) return ELLIPSIS;
    const lastCp = p.cps[e - 1] ?? 0;
    const badEnd = NO_END.has(lastCp) || BEFORE_ELLIPSIS_DROP.has(lastCp) || p.cls[e - 1] === Cls.Glue;
    if (!badEnd && fits(rangeMilli(p, s, e) + ellipsisMilli, f)) {
      return p.text.slice(p.starts[s], p.starts[e]) + ELLIPSIS;
    }
    e--;
  }
}

/**
 * Wraps text into lines no wider than options.maxWidth (as measured by
 * measureText), breaking Japanese at phrase boundaries with 禁則 and Latin text
 * at spaces and hyphens. Never throws.
 *
 * - "\n" (and \r\n, U+2028, U+2029) force a break; blank lines in the middle
 *   are kept as '', blank lines at either end are dropped.
 * - Runs of ASCII whitespace collapse to one space; leading/trailing spaces
 *   of every line are dropped.
 * - Empty or all-whitespace text gives { lines: [], width: 0 }.
 * - A cluster wider than maxWidth on its own gets a line to itself (the only
 *   case where a line exceeds maxWidth).
 */
export function wrapText(text: string, options: WrapOptions): WrappedText {
  const { lines, width, truncated } = wrapLines(text, options);
  return { lines, width, truncated };
}

/** {@link wrapText}, with the width (px, as measureText gives it) of each line. */
export interface MeasuredLines extends WrappedText {
  widths: number[];
}

/**
 * {@link wrapText} for layouts that place every line: the same lines, and each line's width
 * besides, so that nothing is measured twice.
 */
export function wrapLines(text: string, options: WrapOptions): MeasuredLines {
  const fontSize = Math.max(0, sanitizeNumber(options.fontSize, 0));
  const maxWidth = sanitizeNumber(options.maxWidth, 0);
  const bold = options.bold === true;
  const lang = typeof options.lang === 'string' && options.lang !== '' ? options.lang : 'ja';
  const maxLinesRaw = options.maxLines;
  const maxLines = typeof maxLinesRaw === 'number' && maxLinesRaw >= 1 ? Math.floor(maxLinesRaw) : Infinity;
  const f: Fit = { fontSize, maxWidth };

  // Most labels and many titles are one plain paragraph that fits as it is: one line, measured once.
  if (typeof text === 'string' && text !== '' && isPlainParagraph(text)) {
    const natural = measureMilli(text, bold);
    if (fits(natural, f)) {
      const px = milliToPx(natural, fontSize);
      return { lines: [text], width: Math.max(0, px), truncated: false, widths: [px] };
    }
  }

  const paragraphs = splitParagraphs(typeof text === 'string' ? text : '');
  while (paragraphs.length > 0 && paragraphs[0] === '') paragraphs.shift();
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();

  const refs: LineRef[] = [];
  /** Each ref's width in milli-em (without trailing spaces). */
  const milli: number[] = [];
  for (const para of paragraphs) {
    const natural = measureMilli(para, bold);
    if (fits(natural, f)) {
      // Fits as it is: skip segmentation, the costly part.
      refs.push({ text: para });
      milli.push(natural);
      if (refs.length > maxLines) break;
      continue;
    }
    const p = getParagraph(para, bold, lang);
    if (p.cls.length === 0) {
      refs.push({ p, s: 0, e: 0 });
      milli.push(0);
      if (refs.length > maxLines) break;
      continue;
    }
    let ends = layout(p, f);
    if (options.balance === true) ends = balanced(p, f, ends);
    else fixOrphan(p, ends, f);
    let s = 0;
    for (const e of ends) {
      refs.push({ p, s, e });
      // Widths add up over clusters, and a line drops the spaces it ends with, as rangeMilli does.
      milli.push(rangeMilli(p, s, e));
      s = e;
    }
    if (refs.length > maxLines) break;
  }

  const truncated = refs.length > maxLines;
  const kept = truncated ? refs.slice(0, maxLines) : refs;
  const lines = kept.map(lineText);
  const widths = kept.map((_, i) => milliToPx(milli[i] ?? 0, fontSize));
  const last = kept[kept.length - 1];
  if (truncated && last) {
    const line = ellipsize(last, f, measureMilli(ELLIPSIS, bold), bold, lang);
    lines[lines.length - 1] = line;
    widths[widths.length - 1] = milliToPx(measureMilli(line, bold), fontSize);
  }
  let widest = 0;
  for (const w of widths) widest = Math.max(widest, w);
  return { lines, width: widest, truncated, widths };
}
