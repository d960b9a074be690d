import { expect } from '@open-wc/testing';
import { containsCjk, isCjk, isWide, nonCjkWords, WIDE_RANGES, wordSegmenter, wrapText } from '../../src/text/index.js';
import { codePointMilli } from '../../src/text/measure.js';

describe('the CJK table (src/text/cjk.ts), shared by widths and wrapping', () => {
  it('is ascending, non-overlapping [first, last] pairs', () => {
    expect(WIDE_RANGES.length % 2).to.equal(0);
    for (let i = 0; i < WIDE_RANGES.length; i += 2) {
      expect(WIDE_RANGES[i]!).to.be.at.most(WIDE_RANGES[i + 1]!);
      if (i > 0) expect(WIDE_RANGES[i]!).to.be.greaterThan(WIDE_RANGES[i - 1]!);
    }
  });

  it('measures every code point it calls wide one em, and the ones it does not, otherwise', () => {
    // U+302A–U+302F are tone marks drawn narrower inside the CJK punctuation block.
    for (const cp of [0x1100, 0x3001, 0x3042, 0x30a2, 0x3231, 0x337b, 0x33a1, 0x4e00, 0x9fff, 0xac00, 0xd7a3, 0xff21, 0xffe5, 0x20bb7]) {
      expect(isWide(cp), cp.toString(16)).to.equal(true);
      expect(codePointMilli(cp), cp.toString(16)).to.equal(1000);
    }
    for (const cp of [0x41, 0xe9, 0x2014, 0xff71, 0x1f600]) expect(isWide(cp), cp.toString(16)).to.equal(false);
    expect(codePointMilli(0xff71)).to.equal(500);
  });

  it('calls text CJK when any character is: kana, kanji, ㈱ ㍻ ㎡, Hangul, 𠮷, half-width katakana; not Latin, accents or emoji', () => {
    for (const text of ['いわき', 'abc 地域', '㈱', '㍻', '㎡', '한국', '𠮷', 'ｲﾜｷ']) expect(containsCjk(text), text).to.equal(true);
    for (const text of ['', 'community', 'café', '—', '😀', '👨‍👩‍👧']) expect(containsCjk(text), text).to.equal(false);
    expect(isCjk(0xff71)).to.equal(true);
    expect(isWide(0xff71)).to.equal(false);
  });

  it('finds the words that are not CJK, whole across surrogate pairs', () => {
    expect(nonCjkWords('NPO・ボランティア')).to.deep.equal(['NPO']);
    expect(nonCjkWords('𠮷野家 cafe 2024年')).to.deep.equal(['cafe', '2024']);
    expect(nonCjkWords('지역 DV 相談')).to.deep.equal(['DV']);
    expect(nonCjkWords('見守り')).to.deep.equal([]);
  });
});

describe('one word segmenter per language (src/text/segmenter.ts)', () => {
  it('is made once and shared', () => {
    expect(wordSegmenter('ja')).to.equal(wordSegmenter('ja'));
    expect(wordSegmenter('en')).not.to.equal(wordSegmenter('ja'));
  });

  it('falls back to Japanese for a tag the engine does not accept, so text in it still wraps at phrases', () => {
    const segmenter = wordSegmenter('not a tag!');
    expect(segmenter).to.not.equal(undefined);
    expect([...segmenter!.segment('地域福祉の推進')].length).to.be.greaterThan(1);
    expect(wrapText('地域福祉計画の推進', { maxWidth: 90, fontSize: 14, lang: 'not a tag!' }).lines).to.deep.equal(
      wrapText('地域福祉計画の推進', { maxWidth: 90, fontSize: 14, lang: 'ja' }).lines,
    );
  });
});
