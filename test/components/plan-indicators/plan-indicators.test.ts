import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/plan-indicators/index.js';
import { selectIndicators, type PlanIndicators } from '../../../src/components/plan-indicators/index.js';
import { clearPlanCache } from '../../../src/core/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { edgePlan, NOT_A_NUMBER } from '../../progress/edge-plan.js';
// @ts-expect-error: a plain ES module of the benchmark, without types
import { syntheticPlan } from '../../../scripts/synthetic-plan.mjs';

async function indicators(attributes: { node?: string; lang?: string; variant?: string; plan?: PlanDocument } = {}): Promise<PlanIndicators> {
  const el = await fixture<PlanIndicators>(
    html`<plan-indicators .plan=${attributes.plan ?? edgePlan} node=${attributes.node ?? ''} lang=${attributes.lang ?? 'ja'} variant=${attributes.variant ?? 'arc'} today="2025-06-01"></plan-indicators>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: PlanIndicators) => el.shadowRoot!;
const headings = (el: PlanIndicators) => [...root(el).querySelectorAll('[role="heading"]')].map((h) => h.textContent);
const gaugeNames = (el: PlanIndicators) => [...root(el).querySelectorAll('[part~="gauge"] [part~="label"]')].map((l) => l.textContent);
const gradeCounts = (el: PlanIndicators) => [...root(el).querySelectorAll('.grade-count')].map((li) => (li.textContent ?? '').replace(/\s+/g, ''));
const message = (el: PlanIndicators) => root(el).querySelector('[part="message"]')?.textContent;

describe('<plan-indicators>', () => {
  beforeEach(() => clearPlanCache());

  it('shows every indicator as a gauge, grouped under its goal', async () => {
    const el = await indicators();
    expect(headings(el)).to.deep.equal(['基本目標１ 支え合う地域', '基本目標２ 安心な暮らし', '基本目標３ 健康づくり']);
    const groups = [...root(el).querySelectorAll('[part~="group"]')].map((g) => g.querySelectorAll('[part~="gauge"]').length);
    expect(groups).to.deep.equal([4, 4, 4]);
    expect(gaugeNames(el)[0]).to.equal('ゲートキーパー養成者数');
    await expect(el).to.be.accessible();
  });

  it('heads the grid with the count in each grade', async () => {
    const el = await indicators();
    expect(root(el).querySelector('.count')!.textContent).to.equal('成果指標 12件');
    // 達成: flat-increase, over-achieved, maintain-held; 順調: on-track; 遅れ: zero-baseline, negative, millions, suicide;
    // 悪化: flat-decrease, worse, maintain-below; 未計測: not-measured.
    expect(gradeCounts(el)).to.deep.equal(['達成3', '順調1', '遅れ4', '悪化3', '未計測1']);
  });

  it('filters to a node and its descendants', async () => {
    const goal = await indicators({ node: '1' });
    expect(gaugeNames(goal)).to.deep.equal(['ゲートキーパー養成者数', '地域サロンの数', '見守り協定の締結率', '乳幼児健康診査の未受診率']);
    expect(root(goal).querySelector('.count')!.textContent).to.equal('成果指標 4件');
    const measure = await indicators({ node: '1-2' });
    expect(gaugeNames(measure)).to.deep.equal(['見守り協定の締結率', '乳幼児健康診査の未受診率']);
    expect(headings(measure)).to.deep.equal(['基本目標１ 支え合う地域']);
  });

  it('follows a change of the node attribute', async () => {
    const el = await indicators();
    el.setAttribute('node', '2-1');
    await el.updateComplete;
    expect(gaugeNames(el)).to.have.length(3);
    el.removeAttribute('node');
    await el.updateComplete;
    expect(gaugeNames(el)).to.have.length(12);
  });

  it('says so when a node has no indicators, or is not in the plan', async () => {
    expect(message(await indicators({ node: '3-1' }))).to.equal('「指標のない施策」とその下の項目には成果指標がありません。');
    expect(message(await indicators({ node: '9-9' }))).to.equal('項目「9-9」はこの計画にありません。');
    expect(message(await indicators({ node: '9-9', lang: 'en' }))).to.equal('This plan has no item "9-9".');
  });

  it('says so for a plan without indicators (the Iwaki plan)', async () => {
    const el = await fixture<PlanIndicators>(html`<plan-indicators src="/examples/iwaki-chiiki-fukushi.plan.json" lang="ja"></plan-indicators>`);
    for (let i = 0; i < 50 && !message(el); i++) await new Promise((r) => setTimeout(r, 20));
    expect(message(el)).to.equal('この計画には成果指標がありません。');
    await expect(el).to.be.accessible();
  });

  it('the sample indicators: node 3-3 has none, 3 has two', async () => {
    const plan = (await (await fetch('/examples/iwaki-sample-indicators.plan.json')).json()) as PlanDocument;
    expect(message(await indicators({ plan, node: '3-3' }))).to.contain('とその下の項目には成果指標がありません。');
    expect(gaugeNames(await indicators({ plan, node: '3' }))).to.deep.equal(['自殺死亡率', '特定健康診査受診率']);
  });

  it('summarises the plan’s own grades (deep-health-plan)', async () => {
    const plan = (await (await fetch('/examples/deep-health-plan.plan.json')).json()) as PlanDocument;
    const el = await indicators({ plan });
    const labels = gradeCounts(el).map((c) => c.replace(/\d+$/, ''));
    expect(labels).to.deep.equal(['A', 'B', 'C', 'D', '未計測']);
    const total = gradeCounts(el).reduce((sum, c) => sum + Number(/\d+$/.exec(c)![0]), 0);
    expect(total).to.equal(plan.indicators!.length);
  });

  it('in English, with the bar variant', async () => {
    const el = await indicators({ lang: 'en', variant: 'bar' });
    expect(headings(el)[0]).to.equal('基本目標１ Communities that support each other');
    expect(root(el).querySelector('.count')!.textContent).to.equal('12 indicators');
    expect(gradeCounts(el)).to.deep.equal(['Achieved3', 'Ontrack1', 'Behind4', 'Worsened3', 'Notmeasured1']);
    expect(root(el).querySelectorAll('.gauge.bar')).to.have.length(12);
    expect(root(el).textContent).not.to.match(NOT_A_NUMBER);
    await expect(el).to.be.accessible();
  });

  it('lays the dials out in columns that never overflow the element', async () => {
    const el = await fixture<PlanIndicators>(html`<div style="width: 760px"><plan-indicators .plan=${edgePlan} today="2025-06-01"></plan-indicators></div>`);
    const host = el.querySelector('plan-indicators')!;
    await host.updateComplete;
    const cells = [...host.shadowRoot!.querySelectorAll('.cell')].map((c) => c.getBoundingClientRect());
    const hostBox = host.getBoundingClientRect();
    expect(new Set(cells.slice(0, 4).map((c) => Math.round(c.top))).size).to.be.below(4);
    for (const cell of cells) expect(cell.right).to.be.at.most(hostBox.right + 0.5);
  });

  it('draws the 30-indicator example (fictional) as 30 gauges in four goals, with nothing for axe to find', async () => {
    const el = await fixture<PlanIndicators>(html`<plan-indicators src="/examples/thirty-indicators.plan.json" lang="ja" today="2025-06-01"></plan-indicators>`);
    for (let i = 0; i < 100 && root(el).querySelectorAll('[part~="gauge"]').length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(root(el).querySelectorAll('[part~="gauge"]')).to.have.length(30);
    expect(headings(el)).to.have.length(4);
    expect(root(el).textContent).not.to.match(NOT_A_NUMBER);
    await expect(el).to.be.accessible();
  });

  it('a thousand cards: those off screen are drawn when the page is idle, every gauge named and described for a screen reader from the start, every card drawn in print', async function () {
    // A thousand cards drawn, then printed: more than the default 20 s on a loaded 2-core machine.
    this.timeout(60_000);
    const plan = syntheticPlan(10000, { seed: 5 }) as PlanDocument;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('plan-indicators');
    el.today = '2025-06-01';
    el.plan = plan;
    wrapper.append(el);
    await el.updateComplete;
    // Right after the first update (no task has run since, so nothing was drawn when idle).
    const gauges = [...root(el).querySelectorAll<HTMLElement>('[part~="gauge"]')];
    expect(gauges).to.have.length(plan.indicators!.length).and.to.have.length.above(900);
    // The browser skips what is inside a gauge, never the gauge: the meter (or image) with its name
    // and sentence is what Chromium keeps in the accessibility tree.
    const waitingNow = () => gauges.filter((g) => !g.firstElementChild!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)).length;
    for (const gauge of gauges) {
      expect(gauge.getAttribute('role')).to.be.oneOf(['meter', 'img']);
      expect(gauge.getAttribute('aria-label'), gauge.textContent!).to.have.length.above(3);
      if (gauge.getAttribute('role') === 'meter') expect(gauge.getAttribute('aria-valuetext')).to.have.length.above(20);
      for (let up = gauge.parentElement; up; up = up.parentElement) expect(getComputedStyle(up).contentVisibility, up.className).to.equal('visible');
    }
    expect(waitingNow(), 'cards whose content waits').to.be.above(800);
    // Printed, every card is drawn.
    await emulateMedia({ media: 'print' });
    try {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(waitingNow(), 'cards not drawn in print').to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // When the page is idle every card is drawn, a few at a time: the last one whole, inside its card, without scrolling to it.
    await waitUntil(() => waitingNow() === 0, 'cards left waiting', { timeout: 15000, interval: 50 });
    expect(root(el).querySelectorAll('.cell.waiting')).to.have.length(0);
    const last = gauges[gauges.length - 1]!;
    const name = last.querySelector('[part~="label"]')!.getBoundingClientRect();
    const dial = last.querySelector('svg.scale')!.getBoundingClientRect();
    const cell = last.parentElement!.getBoundingClientRect();
    expect(cell.top, 'the last card is far below the screen').to.be.above(innerHeight * 5);
    expect(name.height).to.be.above(10);
    expect(dial.height).to.be.above(60);
    for (const box of [name, dial]) {
      expect(box.left).to.be.at.least(cell.left);
      expect(box.right).to.be.at.most(cell.right + 0.5);
      expect(box.bottom).to.be.at.most(cell.bottom + 0.5);
    }
  });

  it('stops drawing cards when removed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('plan-indicators');
    el.plan = syntheticPlan(10000, { seed: 6 }) as PlanDocument;
    wrapper.append(el);
    await el.updateComplete;
    const waiting = [...root(el).querySelectorAll('.cell.waiting')];
    expect(waiting.length).to.be.above(900);
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(
      waiting.filter((cell) => !cell.classList.contains('waiting')),
      'cards drawn for a removed element',
    ).to.have.length(0);
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<PlanIndicators>(html`<plan-indicators .plan=${edgePlan} heading-level="2"></plan-indicators>`);
    expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });
});

describe('selectIndicators', () => {
  it('puts indicators tied to no node last, without a goal', () => {
    const plan: PlanDocument = { ...edgePlan, indicators: [{ ...edgePlan.indicators![0]!, id: 'loose', node: undefined }, ...edgePlan.indicators!] };
    delete plan.indicators![0]!.node;
    const selection = selectIndicators(plan);
    if (selection.kind !== 'groups') throw new Error('expected groups');
    expect(selection.groups.map((g) => g.goal?.id ?? null)).to.deep.equal(['1', '2', '3', null]);
    expect(selection.groups[3]!.indicators.map((i) => i.id)).to.deep.equal(['loose']);
  });
});
