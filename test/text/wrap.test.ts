import { expect } from '@open-wc/testing';
import { breakOpportunities, measureText, wrapText, type WrapOptions } from '../../src/text/index.js';
import { SNAP_ALLOWANCE_PX } from '../../src/text/measure.js';
import { NO_END_CHARS, NO_START_CHARS } from '../../src/text/wrap.js';

const FS = 16;
/** Box width holding exactly `em` ems of text: measureText adds SNAP_ALLOWANCE_PX. */
const boxEm = (em: number) => em * FS + SNAP_ALLOWANCE_PX;
/** Wraps at a width given in em (of FS px). */
const wrapEm = (text: string, em: number, extra: Partial<WrapOptions> = {}) => wrapText(text, { maxWidth: boxEm(em), fontSize: FS, ...extra });
const linesAt = (text: string, em: number, extra: Partial<WrapOptions> = {}) => wrapEm(text, em, extra).lines;

const VISION = '住み慣れた地域で共に生き、支え合い、誰もが安心して、健康で自分らしく暮らせるまち いわき';
const GOAL = '支え合い、誰もが安心できる地域をつくるために';
const CHILD = '子ども・子育て支援の充実';
const TRANSPORT = '交通移動手段や住まいの確保';
const RIGHTS = '権利擁護・成年後見の充実';
const BEARERS = '地域福祉の担い手づくり';
const IWAKI = [VISION, GOAL, CHILD, TRANSPORT, RIGHTS, BEARERS];

// The required 行頭禁則 / 行末禁則 characters; the implementation may forbid more.
const REQUIRED_NO_START = '、。，．・：；？！）」』】〕〉》］｝ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ～々ゝゞヽヾ)]}.,!?:;%｡｣､･ｧｨｩｪｫｬｭｮｯｰ';
const REQUIRED_NO_END = '（「『【〔〈《［｛([{｢';
const NO_START = new Set([...NO_START_CHARS]);
const NO_END = new Set([...NO_END_CHARS]);

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
/** Grapheme clusters, not counting invisible format characters. */
const graphemeCount = (s: string) => [...graphemes.segment(s.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, ''))].length;

function expectWithin(text: string, em: number, lines: string[]): void {
  for (const line of lines) {
    expect(measureText(line, FS), `${JSON.stringify(line)} of ${JSON.stringify(text)} at ${em}em`).to.be.at.most(boxEm(em));
  }
}

describe('breakOpportunities', () => {
  it('splits the Iwaki titles into bunsetsu-like phrases', () => {
    expect(breakOpportunities(VISION)).to.deep.equal([
      '住み慣れた',
      '地域で',
      '共に生き、',
      '支え合い、',
      '誰もが',
      '安心して、',
      '健康で',
      '自分らしく',
      '暮らせるまち ',
      'いわき',
    ]);
    expect(breakOpportunities(GOAL)).to.deep.equal(['支え合い、', '誰もが', '安心できる', '地域を', 'つくるために']);
    expect(breakOpportunities(CHILD)).to.deep.equal(['子ども・子育て支援の', '充実']);
    expect(breakOpportunities(TRANSPORT)).to.deep.equal(['交通移動手段や', '住まいの', '確保']);
    expect(breakOpportunities(RIGHTS)).to.deep.equal(['権利擁護・成年後見の', '充実']);
    expect(breakOpportunities(BEARERS)).to.deep.equal(['地域福祉の', '担い手づくり']);
  });

  it('keeps compounds, okurigana, particles and ・ joins inside phrases', () => {
    expect(breakOpportunities('第5次いわき市地域福祉計画')).to.deep.equal(['第5次', 'いわき市地域福祉計画']);
    expect(breakOpportunities('虐待・DVの防止')).to.deep.equal(['虐待・DVの', '防止']);
    expect(breakOpportunities('「地域福祉計画」の推進')).to.deep.equal(['「地域福祉計画」の', '推進']);
    expect(breakOpportunities('相談支援体制の充実を図ります')).to.deep.equal(['相談支援体制の', '充実を', '図ります']);
  });

  it('splits Latin text after spaces and hyphens, keeping the spaces', () => {
    expect(breakOpportunities('Community Welfare Plan')).to.deep.equal(['Community ', 'Welfare ', 'Plan']);
    expect(breakOpportunities('child-rearing support')).to.deep.equal(['child-', 'rearing ', 'support']);
    expect(breakOpportunities('')).to.deep.equal([]);
  });

  it('joins back to the input for any string', () => {
    for (const text of [...IWAKI, '  two  spaces ', 'a\nb', '\ud800x\udc00', 'e\u0301\u200d😀', '\u202eabc\u202c']) {
      expect(breakOpportunities(text).join('')).to.equal(text);
    }
  });

  it('falls back to character classes without Intl.Segmenter', () => {
    const original = Reflect.get(Intl, 'Segmenter') as unknown;
    Reflect.set(Intl, 'Segmenter', undefined);
    try {
      expect(breakOpportunities(BEARERS)).to.deep.equal(['地域福祉の', '担い手づくり']);
      expect(breakOpportunities(TRANSPORT)).to.deep.equal(['交通移動手段や', '住まいの', '確保']);
      expect(linesAt(VISION, 10)).to.have.length.greaterThan(1);
    } finally {
      Reflect.set(Intl, 'Segmenter', original);
    }
    expect(breakOpportunities(BEARERS)).to.deep.equal(['地域福祉の', '担い手づくり']);
  });
});

describe('wrapText: Iwaki titles', () => {
  it('wraps the vision at phrase boundaries', () => {
    expect(linesAt(VISION, 6)).to.deep.equal(['住み慣れた', '地域で', '共に生き、', '支え合い、', '誰もが', '安心して、', '健康で', '自分らしく', '暮らせるまち', 'いわき']);
    expect(linesAt(VISION, 8)).to.deep.equal(['住み慣れた地域で', '共に生き、', '支え合い、誰もが', '安心して、健康で', '自分らしく', '暮らせるまち', 'いわき']);
    expect(linesAt(VISION, 10)).to.deep.equal(['住み慣れた地域で', '共に生き、支え合い、', '誰もが安心して、', '健康で自分らしく', '暮らせるまち いわき']);
    expect(linesAt(VISION, 16)).to.deep.equal(['住み慣れた地域で共に生き、', '支え合い、誰もが安心して、健康で', '自分らしく暮らせるまち いわき']);
    expect(linesAt(VISION, 20)).to.deep.equal(['住み慣れた地域で共に生き、支え合い、', '誰もが安心して、健康で自分らしく', '暮らせるまち いわき']);
  });

  it('wraps the goal and the measures', () => {
    expect(linesAt(GOAL, 6)).to.deep.equal(['支え合い、', '誰もが', '安心できる', '地域を', 'つくるために']);
    expect(linesAt(GOAL, 8)).to.deep.equal(['支え合い、誰もが', '安心できる地域を', 'つくるために']);
    expect(linesAt(CHILD, 5)).to.deep.equal(['子ども・', '子育て', '支援の充実']);
    expect(linesAt(CHILD, 7)).to.deep.equal(['子ども・子育て', '支援の充実']);
    expect(linesAt(CHILD, 12)).to.deep.equal([CHILD]);
    expect(linesAt(TRANSPORT, 4)).to.deep.equal(['交通移動', '手段や', '住まいの', '確保']);
    expect(linesAt(TRANSPORT, 6)).to.deep.equal(['交通移動', '手段や', '住まいの確保']);
    expect(linesAt(TRANSPORT, 10)).to.deep.equal(['交通移動手段や', '住まいの確保']);
    expect(linesAt(RIGHTS, 5)).to.deep.equal(['権利擁護・', '成年後見の', '充実']);
    expect(linesAt(RIGHTS, 7)).to.deep.equal(['権利擁護・', '成年後見の充実']);
    expect(linesAt(BEARERS, 5)).to.deep.equal(['地域福祉の', '担い手', 'づくり']);
    expect(linesAt(BEARERS, 7)).to.deep.equal(['地域福祉の', '担い手づくり']);
    expect(linesAt(BEARERS, 11)).to.deep.equal([BEARERS]);
  });

  it('keeps words joined by ・ whole when they fit, and breaks after ・ first when not', () => {
    expect(linesAt('虐待・DVの防止', 6)).to.deep.equal(['虐待・DVの', '防止']);
    expect(linesAt('虐待・DVの防止', 4)).to.deep.equal(['虐待・', 'DVの', '防止']);
    expect(linesAt(RIGHTS, 9)).to.deep.equal(['権利擁護・', '成年後見の充実']);
  });

  it('reports the widest line, measured', () => {
    const r = wrapEm(VISION, 10);
    expect(r.width).to.equal(Math.max(...r.lines.map((l) => measureText(l, FS))));
    expect(r.width).to.equal(boxEm(10));
    expect(r.truncated).to.equal(false);
  });

  it('never exceeds maxWidth on the Iwaki titles at any width from 1 to 40 em', () => {
    for (const text of IWAKI) {
      for (let em = 1; em <= 40; em += 0.5) expectWithin(text, em, linesAt(text, em));
    }
  });
});

describe('wrapText: 禁則', () => {
  it('forbids at least the required characters', () => {
    for (const ch of REQUIRED_NO_START) expect(NO_START.has(ch), ch).to.equal(true);
    for (const ch of REQUIRED_NO_END) expect(NO_END.has(ch), ch).to.equal(true);
  });

  it('never starts a line with a required character when the width allows', () => {
    for (const ch of REQUIRED_NO_START) {
      for (const text of [`地域${ch}福祉`, `abc${ch}def`]) {
        for (const em of [2, 2.5, 3, 3.5]) {
          const lines = linesAt(text, em);
          for (const line of lines.slice(1)) expect(line.startsWith(ch), `${text} at ${em}em: ${lines.join('|')}`).to.equal(false);
        }
      }
    }
    for (const ch of REQUIRED_NO_END) {
      for (const text of [`地域${ch}福祉`, `abc ${ch}def`]) {
        for (const em of [2, 2.5, 3, 3.5]) {
          const lines = linesAt(text, em);
          for (const line of lines.slice(0, -1)) expect(line.endsWith(ch), `${text} at ${em}em: ${lines.join('|')}`).to.equal(false);
        }
      }
    }
  });

  it('does not start a line with 、 where a naive break would', () => {
    // Naive: 支え合い|、誰もが
    expect(linesAt('支え合い、誰もが', 4)).to.deep.equal(['支え', '合い、', '誰もが']);
    expect(linesAt(GOAL, 4)).to.deep.equal(['支え', '合い、', '誰もが', '安心', 'できる', '地域を', 'つくる', 'ために']);
  });

  it('does not start a line with ー or a small kana', () => {
    // Naive: コミュニティソ|ーシャルワーカ|ーの配置
    expect(linesAt('コミュニティソーシャルワーカーの配置', 7)).to.deep.equal(['コミュニティ', 'ソーシャルワー', 'カーの配置']);
    expect(linesAt('ケアマネージャーとの連携', 5)).to.deep.equal(['ケアマネー', 'ジャーとの', '連携']);
    // Naive: サポ|ート
    expect(linesAt('サポート', 2)).to.deep.equal(['サ', 'ポー', 'ト']);
  });

  it('does not end a line with an opening bracket', () => {
    expect(linesAt('「地域福祉計画」の推進', 5)).to.deep.equal(['「地域福祉', '計画」の', '推進']);
    expect(linesAt('（仮称）地域福祉センター', 4)).to.deep.equal(['（仮称）', '地域福祉', 'センター']);
    expect(linesAt('計画（案）について', 6)).to.deep.equal(['計画（案）', 'について']);
    expect(linesAt('計画（案）について', 4)).to.deep.equal(['計画', '（案）', 'について']);
  });

  it('breaks the rules only when nothing else fits', () => {
    // One em per line: 、 cannot go anywhere but the start of a line.
    expect(linesAt('あ、い', 1)).to.deep.equal(['あ', '、', 'い']);
  });
});

describe('wrapText: English', () => {
  const PLAN = 'Community Welfare Plan for Iwaki City';

  it('breaks at spaces and drops them', () => {
    expect(linesAt(PLAN, 6)).to.deep.equal(['Community', 'Welfare', 'Plan for', 'Iwaki City']);
    expect(linesAt(PLAN, 10)).to.deep.equal(['Community Welfare', 'Plan for Iwaki City']);
    expect(linesAt(PLAN, 15)).to.deep.equal(['Community Welfare Plan for', 'Iwaki City']);
    expect(linesAt(PLAN, 30)).to.deep.equal([PLAN]);
  });

  it('breaks after hyphens', () => {
    expect(linesAt('Support for child-rearing households', 8)).to.deep.equal(['Support for', 'child-rearing', 'households']);
    expect(linesAt('child-rearing', 4)).to.deep.equal(['child-', 'rearing']);
  });

  it('collapses whitespace', () => {
    expect(linesAt('  Hello   \t world  ', 10)).to.deep.equal(['Hello world']);
  });

  it('breaks a word wider than the line by characters', () => {
    const word = 'Supercalifragilisticexpialidocious';
    const lines = linesAt(word, 5);
    expect(lines).to.deep.equal(['Supercali', 'fragilistic', 'expialido', 'cious']);
    expect(lines.join('')).to.equal(word);
    expectWithin(word, 5, lines);
    expect(linesAt(`A ${word} plan`, 6)).to.deep.equal(['A', 'Supercalifr', 'agilisticexpi', 'alidocious', 'plan']);
  });
});

describe('wrapText: Latin text and URLs, the same in every browser', () => {
  const URL_TEXT = '詳しくは https://www.city.iwaki.lg.jp/kurashi/fukushi/chiiki.html?id=12&lang=ja をご覧ください';
  const MIXED = [
    URL_TEXT,
    '連絡先：fukushi@city.example.lg.jp（平日9:00〜17:00）',
    '目標値3.5%、人口2025/26年度、事業1-2-3、Wi-Fi環境、ＮＰＯ法人・NPO・ボランティア',
    'www.city.iwaki.lg.jp/shisei：計画．概要版.pdf',
    'See https://example.com/plan/2025/overview.html for the summary (PDF, 3.5 MB).',
  ];

  it('breaks a URL only after / . ? & = and keeps numbers such as 3.5, 2025/26 and 1-2-3 whole', () => {
    for (const em of [6, 9, 12, 16]) {
      const lines = linesAt(URL_TEXT, em);
      expectWithin(URL_TEXT, em, lines);
      const url = 'https://www.city.iwaki.lg.jp/kurashi/fukushi/chiiki.html?id=12&lang=ja';
      // Where the URL is cut, the piece before ends in one of the characters a URL may break after.
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at += line.length;
        const inUrl = URL_TEXT.indexOf(url) + 8;
        if (at > inUrl && at < URL_TEXT.indexOf(url) + url.length) expect('/.?&=', `${JSON.stringify(lines)} at ${em} em`).to.include(URL_TEXT[at - 1]);
        while (URL_TEXT[at] === ' ') at++;
      }
    }
    const numbers = linesAt(MIXED[2]!, 7).join('|');
    for (const whole of ['3.5%', '2025/26', '1-2-3']) expect(numbers).to.include(whole);
    expect(linesAt('Average daily steps (aged 20–64)', 7)).to.deep.equal(['Average daily', 'steps (aged', '20–64)']);
  });

  it("gives the same lines whatever the engine's word segmenter does with Latin text, dots and colons", () => {
    const widths = [4, 6, 8, 11, 15];
    const before = MIXED.map((text) => widths.map((em) => linesAt(text, em)));
    const original = Reflect.get(Intl, 'Segmenter') as typeof Intl.Segmenter;
    const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    // Another engine: every piece without kana or kanji split into single characters (Chromium splits www.city and m：w, Node's ICU does not).
    class SplittingSegmenter {
      private readonly inner: Intl.Segmenter;
      constructor(lang: string, options: Intl.SegmenterOptions) {
        this.inner = new original(lang, options);
      }
      *segment(text: string) {
        for (const s of this.inner.segment(text)) {
          if (japanese.test(s.segment)) yield s;
          else for (let k = 0; k < s.segment.length; k++) yield { segment: s.segment[k]!, index: s.index + k };
        }
      }
    }
    Reflect.set(Intl, 'Segmenter', SplittingSegmenter);
    try {
      const after = MIXED.map((text) => widths.map((em) => linesAt(text, em)));
      expect(after).to.deep.equal(before);
    } finally {
      Reflect.set(Intl, 'Segmenter', original);
    }
  });
});

describe('wrapText: maxLines', () => {
  it('ends the last kept line with … and keeps it within maxWidth', () => {
    const two = wrapEm(VISION, 8, { maxLines: 2 });
    expect(two.lines).to.deep.equal(['住み慣れた地域で', '共に生き…']);
    expect(two.truncated).to.equal(true);
    const one = wrapEm(VISION, 8, { maxLines: 1 });
    expect(one.lines).to.deep.equal(['住み慣れた地域…']);
    expect(measureText(one.lines[0] ?? '', FS)).to.be.at.most(boxEm(8));
    expect(wrapEm(BEARERS, 5, { maxLines: 1 }).lines).to.deep.equal(['地域福祉…']);
    expect(wrapEm('Community Welfare Plan for Iwaki City', 6, { maxLines: 2 }).lines).to.deep.equal(['Community', 'Welfare…']);
  });

  it('leaves text that fits alone', () => {
    const r = wrapEm(TRANSPORT, 10, { maxLines: 2 });
    expect(r).to.deep.equal({ lines: ['交通移動手段や', '住まいの確保'], width: boxEm(7), truncated: false });
  });

  it('truncates across forced line breaks', () => {
    expect(wrapEm('第1章\n計画の概要\n第2章', 10, { maxLines: 2 }).lines).to.deep.equal(['第1章', '計画の概要…']);
  });

  it('gives … alone when not even one character fits beside it', () => {
    expect(wrapEm('あいう', 1, { maxLines: 1 }).lines).to.deep.equal(['…']);
  });
});

describe('wrapText: layout details', () => {
  it('moves a phrase down rather than leaving one or two characters alone', () => {
    // Greedy: 交通移動手段や住まいの|確保
    expect(linesAt(TRANSPORT, 11)).to.deep.equal(['交通移動手段や', '住まいの確保']);
    expect(linesAt(TRANSPORT, 12)).to.deep.equal(['交通移動手段や', '住まいの確保']);
  });

  it('balances lines on request', () => {
    expect(linesAt(VISION, 20, { balance: true })).to.deep.equal(['住み慣れた地域で共に生き、', '支え合い、誰もが安心して、健康で', '自分らしく暮らせるまち いわき']);
    expect(wrapEm(VISION, 20, { balance: true }).width).to.be.below(wrapEm(VISION, 20).width);
  });

  it('treats \\n as a forced break and keeps blank lines in the middle', () => {
    expect(linesAt('第1章\n計画の概要', 10)).to.deep.equal(['第1章', '計画の概要']);
    expect(linesAt('a\r\n\r\nb\n', 10)).to.deep.equal(['a', '', 'b']);
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapEm('', 10)).to.deep.equal({ lines: [], width: 0, truncated: false });
    expect(wrapEm(' \n\t\n ', 10)).to.deep.equal({ lines: [], width: 0, truncated: false });
  });

  it('puts one character per line when even one does not fit', () => {
    expect(linesAt('地域福祉', 0.5)).to.deep.equal(['地', '域', '福', '祉']);
    expect(linesAt('ab', 0)).to.deep.equal(['a', 'b']);
  });

  it('measures bold text with the bold table', () => {
    const regular = wrapEm('Community Welfare Plan', 10);
    const bold = wrapEm('Community Welfare Plan', 10, { bold: true });
    expect(regular.lines).to.deep.equal(['Community Welfare', 'Plan']);
    expect(bold.lines).to.deep.equal(['Community', 'Welfare Plan']);
    for (const line of bold.lines) expect(measureText(line, FS, true)).to.be.at.most(boxEm(10));
  });

  it('never throws on odd input', () => {
    const odd = [
      'あ'.repeat(10000),
      'word '.repeat(2000),
      '\u202e右から左\u202c \u2066isolate\u2069',
      '\u200b\u200c\u200d\ufeff\u2060',
      '👨‍👩‍👧‍👦 家族 🇯🇵 ❤️ 👍🏽',
      '\ud800\udc00\udbff \udc00abc\ud800',
      'e\u0301\u0301\u0301 か\u3099',
      '\u0000\u0001\u007f',
    ];
    for (const text of odd) {
      for (const em of [0, 0.4, 1, 3, 10, 1e6, Number.NaN, -5, Infinity]) {
        const r = wrapText(text, { maxWidth: em * FS, fontSize: FS, maxLines: 3 });
        expect(r.lines.length).to.be.at.most(3);
      }
    }
    const long = wrapEm('あ'.repeat(10000), 20);
    expect(long.lines).to.have.length(500);
    expect(long.lines.every((l) => l.length === 20)).to.equal(true);
  });

  // The time is printed by `node scripts/bench-pure.mjs` (npm run bench), not asserted: shared machines are noisy.
  it('wraps 10,000 distinct titles: each in at most 3 lines of at most 160 px, the text kept or cut with …', () => {
    const titles = IWAKI.concat('Community welfare plan for Iwaki City 2024-2028');
    const problems: string[] = [];
    let lines = 0;
    let truncated = 0;
    for (let i = 0; i < 10000; i++) {
      const title = `${titles[i % titles.length] ?? ''}第${i}`;
      const r = wrapText(title, { maxWidth: 160, fontSize: 14, maxLines: 3 });
      lines += r.lines.length;
      if (r.lines.length < 1 || r.lines.length > 3) problems.push(`${title}: ${r.lines.length} lines`);
      for (const line of r.lines) if (measureText(line, 14) > 160) problems.push(`${title}: "${line}" is ${measureText(line, 14)} px`);
      const joined = r.lines.join('').replace(/\s+/g, '');
      const input = title.replace(/\s+/g, '');
      if (r.truncated) {
        truncated++;
        if (!joined.endsWith('…') || !input.startsWith(joined.slice(0, -1))) problems.push(`${title}: cut as ${JSON.stringify(r.lines)}`);
      } else if (joined !== input) problems.push(`${title}: shown as ${JSON.stringify(r.lines)}`);
    }
    expect(problems.slice(0, 10), `${problems.length} problems`).to.deep.equal([]);
    expect(lines).to.be.greaterThan(10000);
    // The long Iwaki titles need the ellipsis at 3 lines, the short ones not: both paths ran.
    expect(truncated).to.be.within(1, 9999);
  });
});

describe('wrapText: properties over random strings', () => {
  const PIECES = [
    '地域',
    '福祉',
    '支援',
    '充実',
    '子ども',
    'いわき',
    'まち',
    'づくり',
    'の',
    'を',
    'に',
    'が',
    'て',
    'する',
    '、',
    '。',
    '「',
    '」',
    '（',
    '）',
    '・',
    'ー',
    'っ',
    'ゃ',
    'ァ',
    '々',
    'ｱｲｳ',
    'ｯ',
    'コミュニティ',
    'カー',
    ' ',
    '  ',
    '　',
    'Plan',
    'welfare',
    'Iwaki',
    'DV',
    '-',
    '2024',
    '(',
    ')',
    '!',
    '?',
    '.',
    ',',
    '%',
    '～',
    '…',
    'supercalifragilisticexpialidocious',
  ];
  const ODD = ['😀', '❤️', '👍🏽', 'e\u0301', '\u200b', '\u202e', '\ufeff', '\ud800', '\udc00', '\u00a0', '\t', '𠮷', '\n'];

  let seed = 20240401;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 0x100000000;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  it('keeps the text, the width and 禁則 for 4,000 random strings and widths', () => {
    let kinsokuChecked = 0;
    for (let iter = 0; iter < 4000; iter++) {
      const odd = iter % 3 === 0;
      let text = '';
      const pieces = 1 + Math.floor(random() * 14);
      for (let i = 0; i < pieces; i++) text += odd && random() < 0.3 ? pick(ODD) : pick(PIECES);
      const fontSize = pick([10, 12, 13.5, 16, 20]);
      const maxWidth = random() < 0.05 ? random() * fontSize : random() * fontSize * 25;
      const maxLines = random() < 0.3 ? 1 + Math.floor(random() * 3) : undefined;
      const options: WrapOptions = maxLines === undefined ? { maxWidth, fontSize } : { maxWidth, fontSize, maxLines };
      const r = wrapText(text, options);
      const where = JSON.stringify({ text, maxWidth, fontSize, maxLines, lines: r.lines });

      // Text preserved: lines joined equal the input (or a prefix when truncated), ignoring whitespace.
      const lines = r.lines.slice();
      if (r.truncated) {
        const last = lines[lines.length - 1] ?? '';
        expect(last.endsWith('…'), where).to.equal(true);
        lines[lines.length - 1] = last.slice(0, -1);
        expect(r.lines.length, where).to.equal(maxLines);
      }
      const joined = lines.join('').replace(/\s+/g, '');
      const input = text.replace(/\s+/g, '');
      if (r.truncated) expect(input.startsWith(joined), where).to.equal(true);
      else expect(joined, where).to.equal(input);

      // Width: every line fits unless it is a single character.
      for (const line of r.lines) {
        const w = measureText(line, fontSize);
        if (w > maxWidth) expect(graphemeCount(line), `${JSON.stringify(line)} in ${where}`).to.equal(1);
        expect(/^[ \u3000]|[ \u3000]$/.test(line), where).to.equal(false);
      }
      expect(r.width, where).to.equal(Math.max(0, ...r.lines.map((l) => measureText(l, fontSize))));

      // 禁則: a line may start with a forbidden character (or the previous one
      // end with one) only if the previous line offered no legal break at all.
      if (odd) continue;
      for (let i = 1; i < r.lines.length; i++) {
        if (r.truncated && i === r.lines.length - 1) continue;
        const prev = [...(r.lines[i - 1] ?? '')];
        const first = [...(r.lines[i] ?? '')][0] ?? '';
        if (!NO_START.has(first) && !NO_END.has(prev[prev.length - 1] ?? '')) continue;
        kinsokuChecked++;
        const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000';
        for (let p = 1; p < prev.length; p++) {
          let q = p - 1; // spaces before a break are dropped, so look past them
          while (q > 0 && isSpace(prev[q])) q--;
          const legal = !NO_START.has(prev[p] ?? '') && !NO_END.has(prev[q] ?? '') && !isSpace(prev[p]);
          expect(legal, `legal break inside ${JSON.stringify(prev.join(''))} in ${where}`).to.equal(false);
        }
      }
    }
    expect(kinsokuChecked).to.be.greaterThan(0);
  });
});
