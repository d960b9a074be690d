import { expect } from '@open-wc/testing';
import { FONT_FAMILY, measureText } from '../../src/text/index.js';
import { SNAP_ALLOWANCE_PX } from '../../src/text/measure.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FS = 16;

/** Rendered width of `text` in an SVG <text>: the larger of advance and box. */
function rendered(text: string, fontSize: number, bold = false): number {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '6000');
  svg.setAttribute('height', '200');
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', '10');
  node.setAttribute('y', '100');
  node.setAttribute('font-family', FONT_FAMILY);
  node.setAttribute('font-size', String(fontSize));
  if (bold) node.setAttribute('font-weight', 'bold');
  node.textContent = text;
  svg.append(node);
  document.body.append(svg);
  try {
    return Math.max(node.getComputedTextLength(), node.getBBox().width, node.getBoundingClientRect().width);
  } finally {
    svg.remove();
  }
}

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

const SAMPLES = [
  '住み慣れた地域で共に生き、支え合い、誰もが安心して、健康で自分らしく暮らせるまち いわき',
  '支え合い、誰もが安心できる地域をつくるために',
  '子ども・子育て支援の充実',
  '交通移動手段や住まいの確保',
  '権利擁護・成年後見の充実',
  '地域福祉の担い手づくり',
  'コミュニティソーシャルワーカーの配置',
  'ｲﾜｷｼ ﾁｲｷﾌｸｼ ｹｲｶｸ',
  'Community Welfare Plan for Iwaki City',
  'Support for child-rearing households',
  'WWW MMM mmm www @@@ %%%',
  'illicit jiffy lilt fill little',
  'The quick brown fox jumps over the lazy dog.',
  'THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG',
  '0123456789',
  '2024年度から2028年度までの5か年',
  '第5次いわき市地域福祉計画（2024-2028）',
  '令和6年4月1日 施行 No.12 (Rev. 3)',
  'NPO法人・社会福祉協議会との協働 100%',
  'Café Niño Ærø façade naïve Übersicht',
  '“Quotes” – dashes — and ‘apostrophes’ … €100',
  ASCII,
  ASCII.split('').reverse().join(''),
];

describe('measureText against Chromium', () => {
  before(async () => {
    await document.fonts.ready;
  });

  it('renders with Noto Sans CJK JP (the calibrated font; Debian package fonts-noto-cjk)', () => {
    // Noto Sans CJK JP draws digits 0.555 em wide; DejaVu Sans 0.636 em.
    const digits = rendered('0000000000', 100) / 1000;
    expect(digits, 'digit width in em: is fonts-noto-cjk installed?').to.be.closeTo(0.555, 0.005);
  });

  it('is an upper bound, and within 15% for strings of 10+ characters', () => {
    for (const text of SAMPLES) {
      for (const bold of [false, true]) {
        const real = rendered(text, FS, bold);
        const estimate = measureText(text, FS, bold);
        expect(estimate, `${bold ? 'bold ' : ''}${JSON.stringify(text)}: real ${real}`).to.be.at.least(real);
        if ([...text].length >= 10) {
          expect(estimate, `${bold ? 'bold ' : ''}${JSON.stringify(text)}: real ${real}`).to.be.at.most(real * 1.15);
        }
      }
    }
  });

  it('is an upper bound for every printable ASCII and Latin-1 character alone', () => {
    const chars = [...ASCII.slice(1)];
    for (let cp = 0xa1; cp <= 0xff; cp++) if (cp !== 0xad) chars.push(String.fromCharCode(cp));
    for (const ch of chars) {
      for (const bold of [false, true]) {
        for (const size of [10, 13, 16, 24]) {
          const real = rendered(ch, size, bold);
          expect(measureText(ch, size, bold), `${JSON.stringify(ch)} ${bold ? 'bold' : ''} at ${size}px`).to.be.at.least(real);
        }
      }
    }
  });

  it('is an upper bound for kana, CJK punctuation and full-width forms alone', () => {
    const chars = [...'あいうアイウ漢字、。「」（）・ー…～々〒※○●■□△▲→①Ⅰ℃％＆＠ＡＢＣ１２３　ｱｲｳﾞﾟ'];
    for (const ch of chars) {
      const real = rendered(ch, FS);
      expect(measureText(ch, FS), JSON.stringify(ch)).to.be.at.least(real);
    }
  });
});

describe('measureText (pure)', () => {
  /** Width in em from the table, without the constant snapping allowance. */
  const em = (text: string, bold = false) => (measureText(text, 1000, bold) - SNAP_ALLOWANCE_PX) / 1000;

  it('adds the snapping allowance once per non-empty string', () => {
    expect(measureText('漢字', FS)).to.equal(2 * FS + SNAP_ALLOWANCE_PX);
    expect(measureText('', FS)).to.equal(0);
    expect(measureText('\u200b', FS)).to.equal(0);
  });

  it('gives 1 em to CJK ideographs, kana, CJK punctuation and full-width forms', () => {
    for (const ch of ['漢', 'あ', 'ア', '、', '。', '「', '・', 'ー', '　', 'Ａ', '１', '！', '𠮷']) {
      expect(em(ch), ch).to.equal(1);
    }
  });

  it('gives 0.5 em to half-width katakana', () => {
    expect(em('ｲﾜｷ')).to.equal(1.5);
  });

  it('uses proportional widths for ASCII', () => {
    expect(em('i')).to.be.within(0.25, 0.3);
    expect(em('l')).to.be.within(0.25, 0.3);
    expect(em('m')).to.be.within(0.85, 1);
    expect(em('W')).to.be.within(0.85, 1);
    expect(em('0')).to.be.within(0.56, 0.62);
    expect(em(' ')).to.be.within(0.22, 0.26);
    expect(em('A')).to.be.within(0.6, 0.76);
  });

  it('gives accented Latin-1 letters the width of their base letter, or a little more', () => {
    expect(em('é')).to.equal(em('e'));
    expect(em('Ü')).to.equal(em('U'));
    expect(em('ñ')).to.be.within(em('n'), em('n') * 1.05);
  });

  it('counts zero-width characters and combining marks as 0', () => {
    expect(measureText('\u200b\u200c\u200d\u200e\u200f\u2028\u202a\u202e\u2060\u2064\ufeff', FS)).to.equal(0);
    expect(em('e\u0301')).to.equal(em('e'));
    expect(em('か\u3099')).to.equal(1);
  });

  it('iterates by code point, and survives lone surrogates', () => {
    expect(em('𠮷野家')).to.equal(3);
    expect(em('\ud800')).to.equal(1);
    expect(em('a\udc00b')).to.equal(em('ab') + 1);
  });

  it('gives emoji more than 1 em, a skin tone or VS16 nothing extra', () => {
    expect(em('😀')).to.be.greaterThan(1);
    expect(em('👍🏽')).to.equal(em('👍'));
    expect(em('❤️')).to.equal(em('😀'));
  });

  it('is linear in the font size (beyond the allowance) and deterministic', () => {
    const text = '第5次いわき市地域福祉計画 Community Welfare Plan 2024';
    expect(measureText(text, 32) - SNAP_ALLOWANCE_PX).to.equal(2 * (measureText(text, 16) - SNAP_ALLOWANCE_PX));
    expect(measureText(text, 16)).to.equal(measureText(text, 16));
  });

  it('is wider in bold for Latin text, the same for CJK', () => {
    expect(em('Welfare', true)).to.be.greaterThan(em('Welfare'));
    expect(em('地域福祉', true)).to.equal(em('地域福祉'));
  });
});
