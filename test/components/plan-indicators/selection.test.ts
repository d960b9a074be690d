import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/plan-indicators/index.js';
import type { PlanIndicators } from '../../../src/components/plan-indicators/index.js';
import { GAUGE_COLORS, GAUGE_COLORS_DARK } from '../../../src/components/plan-gauge/index.js';
import { clearPlanCache } from '../../../src/core/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { edgePlan } from '../../progress/edge-plan.js';

const SAMPLE = '/examples/iwaki-sample-indicators.plan.json';
let sample: PlanDocument;

async function indicators(plan: PlanDocument, attributes: { node?: string; selected?: string } = {}): Promise<PlanIndicators> {
  const el = await fixture<PlanIndicators>(
    html`<plan-indicators .plan=${plan} node=${attributes.node ?? ''} selected=${attributes.selected ?? ''} lang="ja" today="2025-06-01"></plan-indicators>`,
  );
  if (!attributes.node) el.removeAttribute('node');
  if (!attributes.selected) el.removeAttribute('selected');
  await el.updateComplete;
  return el;
}

const root = (el: PlanIndicators) => el.shadowRoot!;
const gaugeNames = (el: PlanIndicators) => [...root(el).querySelectorAll('[part~="gauge"] [part~="label"]')].map((l) => l.textContent);
const filterTitle = (el: PlanIndicators) => root(el).querySelector('[part~="filter"] [role="status"]')?.textContent?.trim();
const showAll = (el: PlanIndicators) => root(el).querySelector<HTMLButtonElement>('[part~="filter"] button');

describe('<plan-indicators>: following a selection', () => {
  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as PlanDocument;
  });
  beforeEach(() => clearPlanCache());

  it('shows only the selected node’s indicators, headed by its name and count, with a button to show all', async () => {
    const el = await indicators(sample);
    expect(gaugeNames(el)).to.have.length(8);
    expect(root(el).querySelector('[part~="filter"]')).to.equal(null);
    el.selected = '2-4';
    await el.updateComplete;
    expect(gaugeNames(el)).to.deep.equal(['見守り活動協力事業者数']);
    expect(filterTitle(el)).to.equal('施策 2-4 見守り支援体制の整備 の指標（1件）');
    expect(showAll(el)!.textContent).to.equal('すべての指標を表示');
    el.selected = '3';
    await el.updateComplete;
    expect(filterTitle(el)).to.equal('基本目標３ 健康で自分らしい暮らしをつくるために の指標（2件）');
    expect(gaugeNames(el)).to.deep.equal(['自殺死亡率', '特定健康診査受診率']);
    await expect(el).to.be.accessible();
  });

  it('the button shows all indicators again and clears the selection (plan-deselect)', async () => {
    const el = await indicators(sample, { selected: '2-4' });
    const cleared = oneEvent(el, 'plan-deselect');
    showAll(el)!.click();
    await cleared;
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(gaugeNames(el)).to.have.length(8);
    expect(root(el).querySelector('[part~="filter"]')).to.equal(null);
  });

  it('a selected node without indicators gets the empty message and the same button', async () => {
    const el = await indicators(sample, { selected: '3-3' });
    const message = root(el).querySelector('[part~="filter"] [part="message"]')!;
    expect(message.textContent).to.equal('「施策 3-3 （概要版に記載なし）」とその下の項目には成果指標がありません。');
    expect(message.getAttribute('role')).to.equal('status');
    expect(showAll(el)!.textContent).to.equal('すべての指標を表示');
    expect(gaugeNames(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    const unknown = await indicators(sample, { selected: '9-9' });
    expect(root(unknown).querySelector('[part="message"]')!.textContent).to.equal('項目「9-9」はこの計画にありません。');
    expect(showAll(unknown)).to.not.equal(null);
  });

  it('the tree’s vision stands for the whole plan: everything, no filter', async () => {
    const el = await indicators(sample, { selected: '#vision' });
    expect(gaugeNames(el)).to.have.length(8);
    expect(root(el).querySelector('[part~="filter"]')).to.equal(null);
  });

  it('keeps node as a fixed filter: a selection takes its place, clearing it goes back', async () => {
    const el = await indicators(edgePlan, { node: '2' });
    expect(gaugeNames(el)).to.have.length(4);
    expect(root(el).querySelector('[part~="filter"]')).to.equal(null);
    el.selected = '1-2';
    await el.updateComplete;
    expect(gaugeNames(el)).to.deep.equal(['見守り協定の締結率', '乳幼児健康診査の未受診率']);
    el.clearSelection();
    await el.updateComplete;
    expect(gaugeNames(el)).to.have.length(4);
  });

  it('in English', async () => {
    const el = await fixture<PlanIndicators>(html`<plan-indicators .plan=${sample} selected="2-4" lang="en" today="2025-06-01"></plan-indicators>`);
    expect(filterTitle(el)).to.equal('Indicators of 施策 2-4 見守り支援体制の整備 (1)');
    expect(showAll(el)!.textContent).to.equal('Show all indicators');
  });
});

describe('<plan-indicators>: presentation, print, dark mode', () => {
  before(async () => {
    sample ??= (await (await fetch(SAMPLE)).json()) as PlanDocument;
  });

  it('presentation: larger type, filling the container’s width and 16:9 of it without a height', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px">
      <plan-indicators .plan=${sample} today="2025-06-01"></plan-indicators>
      <plan-indicators .plan=${sample} today="2025-06-01" presentation selected="3"></plan-indicators>
    </div>`);
    const [plain, slide] = [...wrapper.querySelectorAll('plan-indicators')] as PlanIndicators[];
    await slide!.updateComplete;
    const size = (el: PlanIndicators) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="label"]')!).fontSize);
    expect(size(slide!) / size(plain!)).to.be.within(1.3, 1.5);
    const box = slide!.getBoundingClientRect();
    expect(box.width).to.equal(1280);
    expect(box.height).to.be.closeTo(720, 1);
    await expect(slide!).to.be.accessible();
  });

  it('printed, no card is split and no heading left at the foot of a page (pages as columns)', async () => {
    const plan = (await (await fetch('/examples/deep-health-plan.plan.json')).json()) as PlanDocument;
    // A multi-column box breaks its content as pages do: a card split between pages would have
    // a box in each column.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1500px; height: 430px; columns: 3 480px; column-gap: 20px; column-fill: auto">
      <plan-indicators .plan=${plan} today="2025-06-01" variant="bar"></plan-indicators>
    </div>`);
    const el = wrapper.querySelector('plan-indicators')!;
    await el.updateComplete;
    const split = () => [...el.shadowRoot!.querySelectorAll('.cell, .summary')].filter((card) => card.getClientRects().length > 1).length;
    const strandedHeadings = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('.heading')].filter((heading) => {
        const first = heading.nextElementSibling?.querySelector('.cell')?.getClientRects()[0];
        const own = heading.getClientRects()[0];
        return own && first && Math.abs(first.left - own.left) > 1;
      }).length;
    // On screen nothing stops the breaks (the control), in print everything does.
    expect(split() + strandedHeadings(), 'cards or headings broken on screen').to.be.greaterThan(0);
    await emulateMedia({ media: 'print' });
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(split(), 'cards split in print').to.equal(0);
      expect(strandedHeadings(), 'headings apart from their first card in print').to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('dark mode: grade and mark colours keep 4.5:1 on the dark page and 3:1 against the track', async () => {
    for (const [name, colors] of [
      ['light', GAUGE_COLORS],
      ['dark', GAUGE_COLORS_DARK],
    ] as const) {
      for (const key of ['achieved', 'onTrack', 'behind', 'worsened', 'notMeasured', 'baseline', 'target', 'label'] as const) {
        expect(contrast(colors[key], colors.background), `${name} ${key}`).to.be.at.least(4.5);
      }
      for (const key of ['achieved', 'onTrack', 'behind', 'worsened'] as const) expect(contrast(colors[key], colors.track), `${name} ${key} on track`).to.be.at.least(3);
      expect(contrast(colors.check, colors.achieved), `${name} tick`).to.be.at.least(3);
    }
  });

  it('dark mode: drawn in the dark defaults, text light on the dark page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await indicators(sample);
      const grade = el.shadowRoot!.querySelector('.tone-achieved .grade')!;
      expect(rgbHex(getComputedStyle(grade).borderTopColor)).to.equal(GAUGE_COLORS_DARK.achieved);
      expect(rgbHex(getComputedStyle(el.shadowRoot!.querySelector('.track')!).fill)).to.equal(GAUGE_COLORS_DARK.track);
      const text = rgbHex(getComputedStyle(el.shadowRoot!.querySelector('[part~="label"]')!).color);
      // The element paints its own dark background, so that its light text stays legible on a page that stays white.
      expect(rgbHex(getComputedStyle(el).backgroundColor)).to.equal(GAUGE_COLORS_DARK.background);
      expect(contrast(text, GAUGE_COLORS_DARK.background)).to.be.at.least(4.5);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

function rgbHex(color: string): string {
  const m = color.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  if (!m) return color;
  return `#${m
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
