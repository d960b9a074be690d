import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/plan-gauge/index.js';
import type { PlanGauge } from '../../../src/components/plan-gauge/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { edgePlan, NOT_A_NUMBER } from '../../progress/edge-plan.js';

async function gauge(indicator: string, options: { lang?: string; variant?: string; plan?: PlanDocument } = {}): Promise<PlanGauge> {
  const el = await fixture<PlanGauge>(
    html`<plan-gauge .plan=${options.plan ?? edgePlan} indicator=${indicator} today="2025-06-01" lang=${options.lang ?? 'ja'} variant=${options.variant ?? 'arc'}></plan-gauge>`,
  );
  await el.updateComplete;
  return el;
}

const part = (el: PlanGauge, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const box = (el: PlanGauge) => part(el, 'gauge') as HTMLElement;
/** What a sighted reader sees, whitespace collapsed. */
const visible = (el: PlanGauge) => (box(el).textContent ?? '').replace(/\s+/g, ' ');
/** What a screen reader gets. */
const spoken = (el: PlanGauge) => box(el).getAttribute('aria-valuetext') ?? box(el).getAttribute('aria-label') ?? '';
const facts = (el: PlanGauge) =>
  [...el.shadowRoot!.querySelectorAll('.fact')].map((f) => `${f.querySelector('dt')!.textContent} ${(f.querySelector('dd')!.textContent ?? '').trim()}`);
const svgTexts = (el: PlanGauge, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((t) => t.textContent);

describe('<plan-gauge>', () => {
  it('shows an indicator as a meter whose value text is a full sentence', async () => {
    const el = await gauge('suicide');
    const meter = box(el);
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-label')).to.equal('自殺死亡率');
    expect([meter.getAttribute('aria-valuemin'), meter.getAttribute('aria-valuemax'), meter.getAttribute('aria-valuenow')]).to.deep.equal(['0', '100', '53']);
    expect(spoken(el)).to.equal(
      '自殺死亡率 16.2（人口10万対、令和6年度）。目標 13.0（令和8年度）、基準 19.8（令和元年度）。進捗 53%、遅れ。推移 19.1（令和2年度） → 18.3（令和3年度） → 17.6（令和4年度） → 16.9（令和5年度） → 16.2（令和6年度）。',
    );
    await expect(el).to.be.accessible();
  });

  it('draws the scale, the fill, both marks, the name and the grade as parts', async () => {
    const el = await gauge('suicide');
    for (const name of ['track', 'value', 'baseline', 'target', 'label', 'grade']) expect(part(el, name), name).to.exist;
    expect(part(el, 'label')!.textContent).to.equal('自殺死亡率');
    expect(part(el, 'grade')!.textContent!.trim()).to.equal('遅れ');
    expect(part(el, 'grade')!.querySelector('svg path')).to.exist;
  });

  it('labels the ends with the baseline and the target, and the middle with the value and unit', async () => {
    const el = await gauge('suicide');
    expect(svgTexts(el, '.end-label')).to.deep.equal(['基準 19.8', '目標 13.0']);
    expect(svgTexts(el, '.center-value')).to.deep.equal(['16.2']);
    expect(svgTexts(el, '.center-unit')).to.deep.equal(['人口10万対']);
    expect(visible(el)).to.contain('遅れ 進捗 53%');
    // A unit written apart from its number gets its own row instead of repeating on each.
    expect(facts(el)).to.deep.equal(['現状値 16.2（令和6年度）', '基準値 19.8（令和元年度）', '目標値 13.0（令和8年度）', '単位 人口10万対']);
    const counted = await gauge('zero-baseline');
    expect(facts(counted)).to.deep.equal(['現状値 640人（令和6年度）', '基準値 0人（令和2年度）', '目標値 3,000人（令和8年度）']);
  });

  it('fills a decrease indicator from the left as its value goes down', async () => {
    const el = await gauge('suicide');
    const track = (part(el, 'track') as SVGPathElement).getBBox();
    const fill = (part(el, 'value') as SVGPathElement).getBBox();
    expect(fill.x).to.be.closeTo(track.x, 0.01);
    // 53% of the half ring from the left passes 12 o'clock: the fill reaches past the centre.
    expect(fill.x + fill.width).to.be.above(track.x + track.width / 2);
    expect(fill.x + fill.width).to.be.below(track.x + track.width);
  });

  it('baseline 0', async () => {
    const el = await gauge('zero-baseline');
    expect(svgTexts(el, '.end-label')).to.deep.equal(['基準 0', '目標 3,000']);
    expect(visible(el)).to.contain('進捗 21%');
    expect(spoken(el)).to.equal('ゲートキーパー養成者数 640（人、令和6年度）。目標 3,000（令和8年度）、基準 0（令和2年度）。進捗 21%、遅れ。');
  });

  it('target equal to baseline, better: centred on the target, and says by how much it is above', async () => {
    const el = await gauge('flat-increase');
    expect(visible(el)).to.contain('目標を5%上回る');
    expect(visible(el)).to.contain('達成');
    expect(visible(el)).not.to.contain('進捗');
    expect(svgTexts(el, '.end-label')).to.deep.equal(['40', '60']);
    expect(svgTexts(el, '.mark-label')).to.deep.equal(['目標']);
    expect(box(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(spoken(el)).to.equal('見守り協定の締結率 55（%、令和6年度）。目標 50（令和8年度）、基準 50（令和2年度）。目標を5%上回る、達成。');
  });

  it('target equal to baseline, worse (decrease): 悪化, and by how much it is below', async () => {
    const el = await gauge('flat-decrease');
    expect(visible(el)).to.contain('目標を0.4%下回る');
    expect(part(el, 'grade')!.textContent!.trim()).to.equal('悪化');
    expect(svgTexts(el, '.end-label')).to.deep.equal(['3.5', '2.5']);
    expect(box(el).getAttribute('aria-valuenow')).to.equal('0');
  });

  it('over-achieved: the fill stops at the end of the scale, the text says 220%', async () => {
    const el = await gauge('over-achieved');
    expect(visible(el)).to.contain('進捗 220%');
    expect(visible(el)).to.contain('210回');
    expect(spoken(el)).to.contain('進捗 220%、達成');
    expect(box(el).getAttribute('aria-valuenow')).to.equal('100');
    const track = (part(el, 'track') as SVGPathElement).getBBox();
    const fill = (part(el, 'value') as SVGPathElement).getBBox();
    expect(fill.width).to.be.closeTo(track.width, 0.01);
  });

  it('worse than the baseline: an empty fill, a negative progress and 悪化', async () => {
    const el = await gauge('worse');
    expect(part(el, 'value')).to.equal(null);
    // The current value is off the scale: its dot sits at the baseline end, on the left.
    const dot = (part(el, 'current') as SVGCircleElement).getBBox();
    const track = (part(el, 'track') as SVGPathElement).getBBox();
    expect(dot.x + dot.width / 2).to.be.closeTo(track.x + 8, 0.5);
    expect(visible(el)).to.contain('進捗 -36%');
    expect(spoken(el)).to.equal('刑法犯認知件数 2,610（件、令和6年度）。目標 2,000（令和8年度）、基準 2,450（令和元年度）。進捗 -36%、悪化。');
    expect(box(el).getAttribute('aria-valuenow')).to.equal('0');
  });

  it('negative values on the indicator’s own scale: marks labelled where they fall', async () => {
    const el = await gauge('negative');
    expect(svgTexts(el, '.end-label')).to.deep.equal(['-2,000', '500']);
    expect(svgTexts(el, '.mark-label')).to.deep.equal(['基準', '目標']);
    expect(svgTexts(el, '.center-value')).to.deep.equal(['-850人']);
    expect(svgTexts(el, '.center-unit')).to.deep.equal([]);
    expect(spoken(el)).to.contain('人口の社会増減 -850（人、令和6年度）。目標 0（令和8年度）、基準 -1,200（令和2年度）。進捗 29%');
    // The target mark lies right of the baseline mark, at 80% against 32% of the dial.
    const baseline = (part(el, 'baseline')!.querySelector('line') as SVGLineElement).getBBox();
    const target = (part(el, 'target')!.querySelector('line') as SVGLineElement).getBBox();
    expect(target.x).to.be.above(baseline.x + baseline.width);
  });

  it('values in the millions, grouped, and fitting inside the dial', async () => {
    const el = await gauge('millions');
    expect(svgTexts(el, '.center-value')).to.deep.equal(['1,318,000人']);
    expect(visible(el)).to.contain('進捗 45%');
    const value = (el.shadowRoot!.querySelector('.center-value') as SVGTextElement).getBBox();
    const track = (part(el, 'track') as SVGPathElement).getBBox();
    expect(value.x).to.be.above(track.x + 16);
    expect(value.x + value.width).to.be.below(track.x + track.width - 16);
  });

  it('maintain: below the level is 悪化, at or above it 達成', async () => {
    const below = await gauge('maintain-below');
    expect(visible(below)).to.contain('目標を2.5%下回る');
    expect(spoken(below)).to.contain('目標を2.5%下回る、悪化');
    const held = await gauge('maintain-held');
    expect(visible(held)).to.contain('目標を1.2%上回る');
    expect(part(held, 'grade')!.textContent!.trim()).to.equal('達成');
  });

  it('no current value: an empty gauge that says 未計測', async () => {
    const el = await gauge('not-measured');
    expect(box(el).getAttribute('role')).to.equal('img');
    expect(part(el, 'value')).to.equal(null);
    expect(part(el, 'current')).to.equal(null);
    expect(svgTexts(el, '.center-value')).to.deep.equal(['未計測']);
    expect(part(el, 'grade')!.textContent!.trim()).to.equal('未計測');
    expect(spoken(el)).to.equal('市民後見人の登録者数：未計測。目標 40（人、令和8年度）、基準 12（令和2年度）。');
    await expect(el).to.be.accessible();
  });

  it('never shows NaN, Infinity, undefined or null, in either variant or language', async () => {
    for (const indicator of edgePlan.indicators!) {
      for (const variant of ['arc', 'bar']) {
        for (const lang of ['ja', 'en']) {
          const el = await gauge(indicator.id, { variant, lang });
          expect(el.shadowRoot!.textContent, `${indicator.id} ${variant} ${lang}`).not.to.match(NOT_A_NUMBER);
          expect(spoken(el), `${indicator.id} ${variant} ${lang}`).not.to.match(NOT_A_NUMBER);
          for (const attribute of ['d', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'viewBox', 'aria-valuenow']) {
            for (const node of el.shadowRoot!.querySelectorAll(`[${attribute}]`)) expect(node.getAttribute(attribute), `${indicator.id} ${attribute}`).not.to.match(NOT_A_NUMBER);
          }
        }
      }
    }
  });

  it('speaks English: FY years, English grades and sentence', async () => {
    const el = await gauge('suicide', { lang: 'en' });
    expect(spoken(el)).to.equal(
      '自殺死亡率 16.2 (人口10万対, FY2024). Target 13.0 (FY2026), baseline 19.8 (FY2019). Progress 53%, Behind. Trend: 19.1 (FY2020) → 18.3 (FY2021) → 17.6 (FY2022) → 16.9 (FY2023) → 16.2 (FY2024).',
    );
    expect(visible(el)).to.contain('Progress 53%');
    expect(svgTexts(el, '.end-label')).to.deep.equal(['Baseline 19.8', 'Target 13.0']);
    const notMeasured = await gauge('not-measured', { lang: 'en' });
    expect(spoken(notMeasured)).to.equal('市民後見人の登録者数: not measured. Target 40 (人, FY2026), baseline 12 (FY2020).');
  });

  it('the bar variant: a compact horizontal bar with the same meter', async () => {
    const el = await gauge('suicide', { variant: 'bar' });
    expect(box(el).classList.contains('bar')).to.equal(true);
    expect(part(el, 'track')!.getAttribute('d')).to.equal('M0,0H240V12H0Z');
    expect(box(el).getAttribute('aria-valuenow')).to.equal('53');
    expect(svgTexts(el, '.center-value')).to.deep.equal([]);
    expect(facts(el)[0]).to.equal('現状値 16.2（令和6年度）');
    await expect(el).to.be.accessible();
  });

  it('shows the grade by colour as well as text and shape, and lets CSS choose the colours', async () => {
    const behind = await gauge('suicide');
    const achieved = await gauge('over-achieved');
    const fill = (el: PlanGauge) => getComputedStyle(part(el, 'value')!).fill;
    expect(fill(behind)).to.equal('rgb(154, 103, 0)');
    expect(fill(achieved)).to.equal('rgb(26, 127, 55)');
    achieved.style.setProperty('--plan-gauge-grade-achieved-color', 'rgb(1, 2, 3)');
    expect(fill(achieved)).to.equal('rgb(1, 2, 3)');
  });

  it('uses the plan’s own grades and their colours (deep-health-plan)', async () => {
    const plan = (await (await fetch('/examples/deep-health-plan.plan.json')).json()) as PlanDocument;
    const c = await gauge('ind-unscreened-rate', { plan });
    expect(part(c, 'grade')!.textContent!.trim()).to.equal('C');
    expect(spoken(c)).to.contain('進捗 29%、評価 C。');
    const a = await gauge('ind-cancer-followup', { plan });
    expect(part(a, 'grade')!.textContent!.trim()).to.equal('A');
    expect(part(a, 'value')!.getAttribute('fill')).to.equal('#1a7f37');
    expect(getComputedStyle(part(a, 'value')!).fill).to.equal('rgb(26, 127, 55)');
  });

  it('draws the history as a sparkline only when there is one', async () => {
    const withHistory = await gauge('suicide');
    expect(withHistory.shadowRoot!.querySelectorAll('.sparkline .spark-point')).to.have.length(5);
    const without = await gauge('zero-baseline');
    expect(without.shadowRoot!.querySelector('.sparkline')).to.equal(null);
  });

  it('says so, in the page language, when the indicator is not in the plan or not named', async () => {
    const unknown = await gauge('nope');
    expect(part(unknown, 'message')!.textContent).to.equal('指標「nope」はこの計画にありません。');
    const english = await gauge('nope', { lang: 'en' });
    expect(part(english, 'message')!.textContent).to.equal('This plan has no indicator "nope".');
    const unnamed = await fixture<PlanGauge>(html`<plan-gauge .plan=${edgePlan}></plan-gauge>`);
    expect(part(unnamed, 'message')!.textContent).to.contain('indicator 属性');
  });

  it('reads right for untidy indicators from other plans', async () => {
    const messy: PlanDocument = {
      ...edgePlan,
      indicators: [
        { id: 'no-name', name: '', direction: 'increase', baseline: { value: 1 }, target: { value: 2 }, current: { value: 1.5 } },
        {
          id: 'dated',
          name: '待機児童数',
          unit: '人',
          direction: 'decrease',
          baseline: { value: 37, date: '2023-04-01' },
          target: { value: 0, year: 2026 },
          current: { value: 12, date: '2024-04-01' },
        },
        {
          id: 'long-unit',
          name: 'あ'.repeat(200),
          unit: '人口10万人当たりの年間救急搬送件数（軽症を除く）',
          direction: 'decrease',
          baseline: { value: 4210.5 },
          target: { value: 3900 },
          current: { value: 4011.25 },
        },
        { id: 'quirk', name: '目標が基準より低い増加指標', direction: 'increase', baseline: { value: 50 }, target: { value: 40 }, current: { value: 45 } },
        {
          id: 'off-scale',
          name: '目盛りの外',
          unit: '%',
          direction: 'increase',
          baseline: { value: 120 },
          target: { value: 150 },
          current: { value: -5 },
          scale: { min: 0, max: 100 },
        },
        {
          id: 'huge',
          name: '歳出総額',
          unit: '円',
          direction: 'decrease',
          baseline: { value: 123456789012345 },
          target: { value: 100000000000000 },
          current: { value: 110000000000000 },
          history: [{ value: 1.3e14 }, { value: 1.2e14 }],
        },
      ],
    };
    for (const indicator of messy.indicators!) {
      for (const variant of ['arc', 'bar']) {
        const el = await gauge(indicator.id, { plan: messy, variant });
        expect(el.shadowRoot!.textContent, indicator.id).not.to.match(NOT_A_NUMBER);
        expect(spoken(el), indicator.id).not.to.match(NOT_A_NUMBER);
        expect(part(el, 'label')!.textContent, indicator.id).not.to.equal('');
      }
    }
    const unnamed = await gauge('no-name', { plan: messy });
    expect(box(unnamed).getAttribute('aria-label')).to.equal('no-name');
    await expect(unnamed).to.be.accessible();
    const dated = await gauge('dated', { plan: messy });
    expect(visible(dated)).to.contain('12人（令和6年4月1日）');
    expect(spoken(dated)).to.contain('基準 37（令和5年4月1日）');
    const huge = await gauge('huge', { plan: messy });
    expect(svgTexts(huge, '.center-value')).to.deep.equal(['110兆円']);
    expect(svgTexts(huge, '.end-label')).to.deep.equal(['基準 123兆', '目標 100兆']);
    expect(facts(huge)[0]).to.equal('現状値 110,000,000,000,000円');
    const offScale = await gauge('off-scale', { plan: messy });
    expect(svgTexts(offScale, '.end-label')).to.deep.equal(['0', '150']);
    const long = await gauge('long-unit', { plan: messy });
    expect(svgTexts(long, '.center-unit').join('')).to.match(/…$/);
    expect(long.getBoundingClientRect().width).to.be.at.most(document.body.getBoundingClientRect().width + 0.5);
  });

  it('follows a change of indicator', async () => {
    const el = await gauge('suicide');
    el.indicator = 'millions';
    await el.updateComplete;
    expect(part(el, 'label')!.textContent).to.equal('市民交流センターの年間来館者数');
  });
});
