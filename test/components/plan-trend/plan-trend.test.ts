import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/plan-trend/index.js';
import { layoutTrend, type PlanTrend } from '../../../src/components/plan-trend/index.js';
import { clearPlanCache } from '../../../src/core/index.js';
import type { Indicator, PlanDocument } from '../../../src/schema/index.js';
import { edgePlan } from '../../progress/edge-plan.js';

const today = new Date(2025, 5, 1);
const suicide: Indicator = {
  id: 'suicide-trend',
  name: '自殺死亡率',
  unit: '人口10万対',
  direction: 'decrease',
  baseline: { value: 19.8, year: 2019 },
  target: { value: 13.0, year: 2026 },
  current: { value: 16.2, year: 2024 },
  history: [
    { value: 18.9, year: 2021 },
    { value: 17.5, year: 2022 },
  ],
  milestones: [{ value: 16.0, year: 2025 }],
};
const plan: PlanDocument = {
  ...edgePlan,
  evaluation: {
    grades: [
      { label: '順調', min: 1, symbol: '○' },
      { label: '遅れ', min: 0, symbol: '△' },
      { label: '悪化', min: -1e9, symbol: '×' },
    ],
    basis: 'expected',
  },
  indicators: [suicide],
};

describe('layoutTrend', () => {
  it('places every value by fiscal year, the measured line, the dashed expected path through the milestone, the current value in its grade', () => {
    const trend = layoutTrend(suicide, plan, 'ja', today);
    expect(trend.points.map((p) => `${p.year}:${p.kind}:${p.value}`)).to.deep.equal([
      '2019:baseline:19.8',
      '2021:measured:18.9',
      '2022:measured:17.5',
      '2024:current:16.2',
      '2025:milestone:16',
      '2026:target:13',
    ]);
    // Years run left to right, a lower value (better here) lower down.
    const xs = trend.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    expect(trend.points[5]!.y).to.be.greaterThan(trend.points[0]!.y);
    for (const p of trend.points) expect(p.y, `${p.year} ${p.kind}`).to.be.within(18, 200);
    const parts = trend.scene.items.map((item) => item.part).filter(Boolean);
    expect(parts).to.include.members(['line', 'expected', 'current', 'milestone', 'target', 'expected-now']);
    const expectedPath = trend.scene.items.find((item) => item.part === 'expected')!;
    expect((expectedPath as { dash?: readonly number[] }).dash).to.deep.equal([5, 4]);
    // 0.529 of the way against 0.466 expected by the milestone path: 1.14 of the expected → ○ 順調.
    expect(trend.progress.grade).to.include({ label: '順調', symbol: '○' });
    const texts = trend.scene.items.flatMap((item) => (item.type === 'text' ? item.lines.map((l) => l.text) : []));
    expect(texts).to.include('16.2 ○ 順調');
    expect(texts).to.include('目標値 13.0');
    expect(trend.scene.description).to.equal(
      '令和元年度 19.8 人口10万対（基準値）、令和3年度 18.9 人口10万対（実績値）、令和4年度 17.5 人口10万対（実績値）、令和6年度 16.2 人口10万対（現状値、○ 順調）、令和7年度 16.0 人口10万対（中間目標値）、令和8年度 13.0 人口10万対（目標値）、見込み 令和6年度 16.6',
    );
  });

  it('in English, with an indicator that has no years at all: an empty figure, not a crash', () => {
    const bare: Indicator = { id: 'b', name: 'b', direction: 'increase', baseline: { value: 0 }, target: { value: 10 }, current: { value: 1 } };
    const trend = layoutTrend(bare, { ...edgePlan, plan: { id: 'x', title: 'x' } }, 'en', today);
    expect(trend.points).to.deep.equal([]);
    expect(trend.scene.items).to.deep.equal([]);
    expect(trend.scene.title).to.equal('b: trend');
  });
});

describe('<plan-trend>', () => {
  beforeEach(() => clearPlanCache());

  it('draws a named figure with its values in a table, axe clean', async () => {
    const el = await fixture<PlanTrend>(html`<plan-trend .plan=${plan} indicator="suicide-trend" lang="ja" today="2025-06-01"></plan-trend>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('自殺死亡率の推移');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join('|'));
    expect(rows).to.deep.equal([
      '令和元年度|19.8|基準値',
      '令和3年度|18.9|実績値',
      '令和4年度|17.5|実績値',
      '令和6年度|16.2|現状値（○ 順調）',
      '令和7年度|16.0|中間目標値',
      '令和8年度|13.0|目標値',
      '令和6年度|16.6|見込み',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says which indicator it cannot find', async () => {
    const el = await fixture<PlanTrend>(html`<plan-trend .plan=${plan} indicator="nope" lang="en"></plan-trend>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('The plan has no indicator "nope".');
  });
});

describe('<plan-trend> toSVG()', () => {
  it('writes the same scene as a standalone file: colours resolved, title and description, every value label', async () => {
    const el = await fixture<PlanTrend>(html`<plan-trend .plan=${plan} indicator="suicide-trend" lang="ja" today="2025-06-01"></plan-trend>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    const file = await el.toSVG();
    expect(file.startsWith('<?xml')).to.equal(true);
    expect(file).to.match(/<title[^>]*>自殺死亡率の推移<\/title>/);
    expect(file).to.include('16.2 ○ 順調');
    expect(file).to.include('目標値 13.0');
    expect(file).not.to.include('var(');
    // The current value in its grade's colour (the plan's best grade, ○ 順調, takes the 達成 tone's).
    expect(file).to.match(/<circle[^>]*r="6" fill="#1a7f37"/);
    // Every point inside the figure: the value axis reaches past the highest value (19.8 → 20).
    for (const [, y] of file.matchAll(/<circle[^>]* cy="(-?[\d.]+)"/g)) expect(Number(y)).to.be.within(0, 240);
  });
});
