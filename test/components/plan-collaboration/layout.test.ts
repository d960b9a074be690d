import { expect } from '@open-wc/testing';
import { collaborationSlotOrder, layoutCollaboration, type CollaborationLayout } from '../../../src/components/plan-collaboration/index.js';
import type { Collaboration, Keyword, PlanDocument } from '../../../src/schema/index.js';
import { validatePlan } from '../../../src/schema/index.js';
import { round } from '../../../src/geometry/index.js';
import { baselineBelowMiddle, measureText } from '../../../src/text/index.js';
import { insideCircle, layoutProblems, outsideCircle } from './invariants.js';

async function example(name: string): Promise<PlanDocument> {
  const response = await fetch(`/examples/${name}.plan.json`);
  return (await response.json()) as PlanDocument;
}

function planWith(collaboration: Collaboration, lang = 'ja'): PlanDocument {
  return {
    schemaVersion: 1,
    plan: { id: 'generated', title: 'Generated', lang },
    vision: { text: 'Vision' },
    goals: [{ id: 'g1', title: 'Goal', children: [{ id: 'g1-1', title: 'Measure' }] }],
    collaboration,
  };
}

function layoutOf(plan: PlanDocument, options: Parameters<typeof layoutCollaboration>[1] = {}): CollaborationLayout {
  const layout = layoutCollaboration(plan, options);
  if (!layout) throw new Error('no layout');
  return layout;
}

/** A small seeded generator (mulberry32), so that the generated plans are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JA_WORDS = [
  '見守り',
  '防犯',
  '住まい',
  '虐待',
  'ひきこもり',
  '社会的孤立',
  '制度の狭間',
  '自殺対策',
  '子育て支援',
  '地域包括ケア',
  '避難行動要支援者',
  '生活困窮者',
  '就労',
  '居場所づくり',
  'ヤングケアラー',
  '認知症',
  '買い物支援',
  '多文化共生',
];
const EN_WORDS = [
  'support',
  'for',
  'people',
  'who',
  'live',
  'alone',
  'community',
  'watch',
  'housing',
  'help',
  'into',
  'work',
  'carers',
  'disaster',
  'preparedness',
  'loneliness',
  'neighbourhood',
  'associations',
  'and',
  'the',
];

function phrase(next: () => number, words: string[], count: number, joiner: string): string {
  return Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(joiner);
}

/** A collaboration of 2–6 actors and 0–30 keywords on random actor subsets, some with long text. */
function generated(seed: number): PlanDocument {
  const next = random(seed);
  const n = 2 + Math.floor(next() * 5);
  const english = next() < 0.5;
  const text = (short: boolean) => {
    const long = !short && next() < 0.25;
    const ja = phrase(next, JA_WORDS, long ? 4 : 1 + Math.floor(next() * 2), long ? 'と' : '');
    const en = phrase(next, EN_WORDS, long ? 8 + Math.floor(next() * 6) : 1 + Math.floor(next() * 3), ' ');
    return english ? { en, ja } : { ja, en };
  };
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: text(true) }));
  const keywords: Keyword[] = Array.from({ length: Math.floor(next() * 31) }, () => {
    const ids = actors.filter(() => next() < 0.35).map((a) => a.id);
    const keyword: Keyword = { text: text(false) };
    if (ids.length > 0) keyword.actors = ids;
    if (next() < 0.2) keyword.node = 'g1-1';
    return keyword;
  });
  const collaboration: Collaboration = { center: text(true), actors, keywords };
  if (next() < 0.7) collaboration.title = text(false);
  if (next() < 0.7) collaboration.ring = Array.from({ length: 1 + Math.floor(next() * 5) }, () => text(true));
  return planWith(collaboration, english ? 'en' : 'ja');
}

describe('layoutCollaboration: numbers', () => {
  const three = planWith({
    center: '協働',
    actors: [
      { id: 'a', label: '個人' },
      { id: 'b', label: '地域' },
      { id: 'c', label: '行政' },
    ],
  });

  it('centres three equal circles on the figure, the first at 12 o’clock, and the centre label on the shared centre', () => {
    const layout = layoutOf(three, { width: 400 });
    expect([layout.width, layout.height, layout.cx, layout.cy]).to.deep.equal([400, 400, 200, 200]);
    expect(layout.actors.map((a) => [a.cx, a.cy, a.r, a.angle])).to.deep.equal([
      [200, 130.29, 111.54, 0],
      [260.37, 234.86, 111.54, 2.09],
      [139.63, 234.86, 111.54, 4.19],
    ]);
    // The baseline: half of Noto Sans CJK JP's ascent less descent below the middle (21 px: (24 − 6) / 2).
    expect(layout.center.lines).to.deep.equal([{ text: '協働', x: 200, y: 200, baseline: 209 }]);
    expect(layout.center.fontSize).to.equal(21);
    // The names sit in each circle's own part, mirrored left and right.
    expect(layout.actors[0]!.label.lines[0]!.x).to.equal(200);
    expect(round(layout.actors[1]!.label.lines[0]!.x - 200)).to.equal(round(200 - layout.actors[2]!.label.lines[0]!.x));
    expect(layout.misplaced).to.deep.equal([]);
  });

  it('draws one annulus segment per ring label, the first centred at the top, and puts the title above', () => {
    const plan = planWith({ title: '地域福祉の実現', center: '協働', actors: three.collaboration!.actors, ring: ['社会', '地域', '暮らし'] });
    const layout = layoutOf(plan, { width: 720 });
    expect(layout.ring.map((s) => [s.startAngle, s.endAngle, s.innerRadius, s.outerRadius])).to.deep.equal([
      [-1.05, 1.05, 315.55, 348.8],
      [1.05, 3.14, 315.55, 348.8],
      [3.14, 5.24, 315.55, 348.8],
    ]);
    expect(layout.ring[0]!.path.startsWith('M-300.65,-176.84A348.8,348.8,0,0,1,300.6')).to.equal(true);
    expect(layout.ring[0]!.label.lines).to.deep.equal([{ text: '社会', x: 360, y: 60.6, baseline: 67.6 }]);
    expect(layout.title!.lines).to.deep.equal([{ text: '地域福祉の実現', x: 360, y: 23.01, baseline: 31.51 }]);
    expect(layout.title!.box.y + layout.title!.box.height).to.be.below(layout.cy - layout.ringOuterRadius);
  });

  it('is deterministic', () => {
    expect(layoutOf(generated(7), { width: 600 })).to.deep.equal(layoutOf(generated(7), { width: 600 }));
  });

  it('orders the circles so that actors named together are neighbours', () => {
    expect(collaborationSlotOrder(4, [])).to.deep.equal([0, 1, 2, 3]);
    // Actors 0 and 2 share a keyword: 2 moves next to 0.
    expect(collaborationSlotOrder(4, [[0, 2]])).to.deep.equal([0, 1, 3, 2]);
    const slots = collaborationSlotOrder(6, [
      [0, 3],
      [1, 4],
    ]);
    const neighbours = (a: number, b: number) => [1, 5].includes((slots[a]! - slots[b]! + 6) % 6);
    expect(neighbours(0, 3) && neighbours(1, 4)).to.equal(true);
  });

  it('has no layout for a plan without a collaboration', () => {
    const plan = planWith(three.collaboration!);
    delete plan.collaboration;
    expect(layoutCollaboration(plan)).to.equal(undefined);
  });

  it('breaks a word wider than the figure so that it stays inside it', () => {
    const layout = layoutOf(
      planWith({
        center: '12345678901234567890123456789012345678',
        actors: [
          { id: 'a', label: '市民' },
          { id: 'b', label: '事業者' },
          { id: 'c', label: '行政' },
        ],
      }),
      { width: 300 },
    );
    const box = layout.center.box;
    expect(layout.center.lines.length).to.be.greaterThan(1);
    expect(box.x).to.be.at.least(0);
    expect(box.x + box.width).to.be.at.most(300);
    expect(layout.center.lines.map((line) => line.text).join('')).to.equal('12345678901234567890123456789012345678');
  });

  const LONG_CENTER = '地域住民・関係機関・行政が一体となって誰もが住み慣れた地域で安心して暮らし続けることのできる地域共生社会の実現をめざして';
  const longCenter = () =>
    planWith({
      title: '協働のイメージ',
      center: LONG_CENTER,
      actors: [
        { id: 'a', label: '住民' },
        { id: 'b', label: '地域団体' },
        { id: 'c', label: '行政' },
      ],
      keywords: [{ text: '見守り活動', actors: ['a'] }, { text: 'ひきこもり', actors: ['b', 'c'] }, { text: 'ヤングケアラー支援' }],
      ring: ['自助', '互助', '共助', '公助'],
    });

  it('sets a centre label with no room where the circles overlap whole, in a band between the title and the circles', () => {
    expect(LONG_CENTER).to.have.length(60);
    const layout = layoutOf(longCenter(), { width: 280 });
    const center = layout.center;
    expect(layout.centerInRegion).to.equal(false);
    expect(center.truncated).to.equal(false);
    expect(center.lines.map((l) => l.text).join('')).to.equal(LONG_CENTER);
    // Bold at 1.15 × the keywords' size, in four lines, centred on the figure, just under the title.
    const f = layout.fontSize;
    expect(center.fontSize).to.equal(round(f * 1.15));
    expect(center.lines).to.have.length(4);
    for (const line of center.lines) expect(line.x).to.equal(140);
    const margin = 11.2;
    const titleBottom = margin + 18.9 * 1.25;
    expect(layout.title!.box.y + layout.title!.box.height).to.be.closeTo(titleBottom, 0.01);
    expect(center.box.y).to.be.closeTo(titleBottom + 8.4, 0.01);
    const bandHeight = 4 * round(f * 1.15) * 1.25 + 2 * f * 0.2;
    expect(center.box.height).to.be.closeTo(bandHeight, 0.01);
    expect(center.box.width).to.be.at.most(280 - 2 * margin);
    // The circles and the ring start 8.4 px below it.
    expect(layout.cy).to.be.closeTo(titleBottom + 8.4 + bandHeight + 8.4 + (140 - margin), 0.01);
    expect(center.box.y + center.box.height).to.be.at.most(layout.cy - layout.ringOuterRadius - 8.4 + 0.01);
    expect(layoutProblems(layout)).to.deep.equal([]);
  });

  it('writes a long centre label whole above the circles rather than cut short in them', () => {
    const layout = layoutOf(longCenter(), { width: 720 });
    expect(layout.centerInRegion).to.equal(false);
    expect(layout.center.truncated).to.equal(false);
    expect(layout.center.lines.map((l) => l.text)).to.deep.equal([
      '地域住民・関係機関・行政が一体となって誰もが住み慣れた地域で',
      '安心して暮らし続けることのできる地域共生社会の実現をめざして',
    ]);
    expect(layoutProblems(layout)).to.deep.equal([]);
    // A short one stays where all circles overlap, the figure no taller for it.
    const short = longCenter();
    short.collaboration!.center = '協働';
    const inside = layoutOf(short, { width: 720 });
    expect(inside.centerInRegion).to.equal(true);
    expect(inside.center.lines).to.deep.equal([{ text: '協働', x: 360, y: inside.cy, baseline: round(inside.cy + baselineBelowMiddle(inside.center.fontSize)) }]);
    expect(inside.cy).to.be.closeTo(layout.cy - layout.center.box.height - 14 * 0.6, 0.01);
  });

  it('fits the text of the key in its column at large type on a narrow figure, breaking a word wider than the column', () => {
    const plan = planWith({
      center: '協働',
      actors: [
        { id: 'a', label: '住民' },
        { id: 'b', label: '地域団体' },
        { id: 'c', label: '行政' },
      ],
      keywords: [{ text: '避難行動要支援者の個別避難計画づくり', actors: ['a', 'b'] }, { text: 'neighbourhood befriending', actors: ['b', 'c'] }, { text: 'ヤングケアラー支援' }],
    });
    for (const [width, fontSize] of [
      [300, 40],
      [240, 48],
      [280, 40],
    ] as const) {
      const layout = layoutOf(plan, { width, fontSize });
      const keyed = [...layout.actors.filter((a) => a.key).map((a) => a.label), ...layout.keywords.filter((k) => k.key).map((k) => k.label)];
      expect(keyed.length, `${width} px`).to.be.greaterThan(2);
      const margin = round(fontSize * 0.8);
      for (const label of keyed) {
        expect(label.box.x, label.text).to.be.at.least(margin - 0.01);
        expect(label.box.x + label.box.width, label.text).to.be.at.most(width - margin + 0.01);
        for (const line of label.lines) expect(measureText(line.text, label.fontSize, label.bold), `${line.text} at ${width} px`).to.be.at.most(label.box.width + 0.02);
        expect(
          label.lines
            .map((l) => l.text)
            .join('')
            .replace(/ /g, ''),
          `${width} px`,
        ).to.equal(label.text.replace(/ /g, ''));
      }
      expect(layoutProblems(layout), `${width} px, ${fontSize} px`).to.deep.equal([]);
    }
  });

  it('sets the ring smaller on a narrow figure in large type, so that the circles inside it keep a positive size', () => {
    const plan = planWith({
      center: '協働',
      actors: [
        { id: 'a', label: '住民' },
        { id: 'b', label: '行政' },
        { id: 'c', label: '企業' },
      ],
      ring: ['自助', '互助', '共助', '公助'],
    });
    // 240 px at 48 px: the ring's outer radius is 120 − 38.4 px; its band takes half of that, not 117 px.
    const layout = layoutOf(plan, { width: 240, fontSize: 48 });
    expect([layout.ringOuterRadius, layout.ringInnerRadius]).to.deep.equal([81.6, 40.8]);
    for (const actor of layout.actors) expect(actor.r).to.be.greaterThan(0);
    expect(layout.ring.map((s) => s.label.lines.map((l) => l.text).join(''))).to.deep.equal(['自助', '互助', '共助', '公助']);
    expect(layoutProblems(layout)).to.deep.equal([]);
    // Where the type leaves room, the ring is as before: 720 px at 14 px.
    expect(layoutOf(plan, { width: 720 }).ringInnerRadius).to.equal(round(348.8 - (round(14 * 1.1) * 1.25 + 14 * 0.4 + 2 * 14 * 0.3)));
  });

  it('numbers a keyword too long to be written whole in its region in the key instead of dropping it', () => {
    const long = '地域福祉'.repeat(50);
    const plan = planWith({
      center: '協働',
      actors: [
        { id: 'a', label: '住民' },
        { id: 'b', label: '行政' },
      ],
      keywords: [
        { text: long, actors: ['a'] },
        { text: '見守り', actors: ['a'] },
      ],
    });
    const layout = layoutOf(plan, { width: 320 });
    const [dropped, shown] = layout.keywords;
    expect([dropped!.inRegion, dropped!.key?.number]).to.deep.equal([false, 1]);
    expect(dropped!.label.lines.map((l) => l.text).join('')).to.equal(long);
    expect(layout.misplaced).to.deep.equal([0]);
    expect(shown!.inRegion).to.equal(true);
    expect(layoutProblems(layout)).to.deep.equal([]);
  });

  it('wraps a keyword of supplementary-plane kanji (𠮷) or Hangul like other CJK text, in its region, not as one unbreakable word sent to the key', () => {
    const plan = planWith({
      center: '協働',
      actors: [
        { id: 'a', label: '住民' },
        { id: 'b', label: '行政' },
      ],
      keywords: [
        { text: '지역복지계획의추진과돌봄', actors: ['a'] },
        { text: '𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷', actors: ['b'] },
      ],
    });
    const layout = layoutOf(plan, { width: 360, fontSize: 14 });
    for (const keyword of layout.keywords) {
      expect(keyword.key, keyword.label.text).to.equal(undefined);
      expect(keyword.inRegion, keyword.label.text).to.equal(true);
      expect(keyword.label.lines.length, keyword.label.text).to.be.greaterThan(1);
      expect(keyword.label.lines.map((line) => line.text).join('')).to.equal(keyword.label.text);
    }
  });

  it('lays out a huge width and font size at their largest (2400 px, 48 px), and a tiny font at 8 px', () => {
    const plan = planWith({
      center: '地域共生社会',
      actors: [
        { id: 'a', label: '市民' },
        { id: 'b', label: '行政' },
      ],
    });
    expect(layoutOf(plan, { width: 100_000, fontSize: 1_000 })).to.include({ width: 2400 });
    expect(layoutOf(plan, { width: 100_000, fontSize: 1_000 }).fontSize).to.be.at.most(48);
    expect(layoutOf(plan, { width: 100_000, fontSize: 1 }).fontSize).to.equal(8);
  });
});

describe('layoutCollaboration: the Iwaki figure', () => {
  for (const width of [760, 560, 360]) {
    it(`places all 16 keywords around the four circles, inside the ring, without overlap (${width} px)`, async () => {
      const plan = await example('iwaki-chiiki-fukushi');
      const layout = layoutOf(plan, { width });
      expect(layoutProblems(layout)).to.deep.equal([]);
      expect(layout.actors.map((a) => a.label.text)).to.deep.equal(['個人', '地域', '行政', 'ボランティア']);
      expect(layout.keywords).to.have.length(16);
      expect(layout.center.text).to.equal('協働');
      if (width >= 560) {
        expect(layout.misplaced).to.deep.equal([]);
        if (width >= 760) expect(layout.actors.every((a) => a.inRegion)).to.equal(true);
        for (const keyword of layout.keywords) {
          for (const actor of layout.actors) expect(outsideCircle(actor, keyword.label.box), keyword.label.text).to.equal(true);
        }
      }
    });
  }
});

describe('layoutCollaboration: six actors, 24 keywords, two languages', () => {
  for (const lang of ['ja', 'en']) {
    for (const width of [800, 640]) {
      it(`keeps every label in its region or numbered in the key, none overlapping (${lang}, ${width} px)`, async () => {
        const plan = await example('six-actor-bilingual');
        const layout = layoutOf(plan, { width, lang });
        expect(layoutProblems(layout)).to.deep.equal([]);
        expect(layout.keywords).to.have.length(24);
        expect(layout.keywords[0]!.label.text).to.equal(lang === 'ja' ? 'ひきこもり' : 'Social withdrawal');
        // In Japanese at 800 px every label finds its region; English needs more room and numbers some.
        const limits: Record<string, number> = { 'ja 800': 0, 'ja 640': 3, 'en 800': 10, 'en 640': 20 };
        expect(layout.misplaced.length).to.be.at.most(limits[`${lang} ${width}`]!);
      });
    }
  }

  it('puts a keyword shared by three neighbours inside all three circles and outside the other three', async () => {
    const plan = await example('six-actor-bilingual');
    const layout = layoutOf(plan, { width: 800 });
    const keyword = layout.keywords.find((k) => k.label.text === '虐待・DV')!;
    expect(keyword.inRegion).to.equal(true);
    for (const actor of layout.actors) {
      const named = ['commissioners', 'volunteers', 'businesses'].includes(actor.id);
      expect(named ? insideCircle(actor, keyword.label.box) : outsideCircle(actor, keyword.label.box), actor.id).to.equal(true);
    }
  });
});

describe('layoutCollaboration: plans it has never seen', () => {
  for (let seed = 1; seed <= 24; seed++) {
    it(`generated collaboration #${seed}`, () => {
      const plan = generated(seed);
      expect(validatePlan(plan).valid).to.equal(true);
      const width = 280 + ((seed * 97) % 640);
      const layout = layoutOf(plan, { width, lang: plan.plan.lang ?? 'ja' });
      expect(layoutProblems(layout), JSON.stringify(plan.collaboration)).to.deep.equal([]);
      expect(layout.keywords).to.have.length(plan.collaboration!.keywords!.length);
    });
  }

  it('survives empty strings, a 200-character title and keyword, and actors named together that are not neighbours', () => {
    const long = '地域福祉'.repeat(50);
    const plan = planWith({
      title: long,
      center: '',
      actors: [
        { id: 'a', label: '' },
        { id: 'b', label: 'B' },
        { id: 'c', label: long },
        { id: 'd', label: 'D' },
      ],
      keywords: [{ text: '' }, { text: long, actors: ['a'] }, { text: 'x', actors: ['a', 'c'] }, { text: 'y', actors: ['b', 'd'] }, { text: 'z', actors: ['a', 'b', 'c', 'd'] }],
      ring: ['', long],
    });
    const layout = layoutOf(plan, { width: 320 });
    expect(layoutProblems(layout)).to.deep.equal([]);
    expect(layout.title!.truncated).to.equal(true);
  });

  it('falls back to a sane width and font for nonsense options', () => {
    const layout = layoutOf(generated(3), { width: Number.NaN, fontSize: -4 });
    expect(layout.width).to.equal(720);
    expect(layoutProblems(layout)).to.deep.equal([]);
  });
});
