// The demo page's three linked elements: choosing a measure in the tree marks its keyword in
// the collaboration figure and filters the indicators; clearing the selection anywhere undoes both.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanCollaboration, PlanIndicators, PlanTree } from '../../src/index.js';
import { clearPlanCache } from '../../src/core/index.js';

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';
const SAMPLE = '/examples/iwaki-sample-indicators.plan.json';

async function page() {
  const root = await fixture<HTMLElement>(html`<main style="width: 1100px">
    <plan-tree id="iwaki-tree" src=${IWAKI} layout="diagram"></plan-tree>
    <plan-collaboration src=${IWAKI}></plan-collaboration>
    <plan-indicators for="iwaki-tree" src=${SAMPLE} today="2025-06-01"></plan-indicators>
  </main>`);
  const tree = root.querySelector<PlanTree>('plan-tree')!;
  const collaboration = root.querySelector<PlanCollaboration>('plan-collaboration')!;
  const indicators = root.querySelector<PlanIndicators>('plan-indicators')!;
  await waitUntil(
    () =>
      tree.shadowRoot?.querySelector('[role="treeitem"]') &&
      collaboration.shadowRoot?.querySelector('[part~="keyword"]') &&
      indicators.shadowRoot?.querySelector('[part~="gauge"]'),
    'the three elements were not drawn',
    { timeout: 8000 },
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const state = async () => {
    await Promise.all([tree.updateComplete, collaboration.updateComplete, indicators.updateComplete]);
    return {
      tree: [...tree.shadowRoot!.querySelectorAll<SVGElement>('[role="treeitem"][aria-selected="true"]')].map((i) => i.dataset.id),
      keywords: [...collaboration.shadowRoot!.querySelectorAll('[part~="keyword"][aria-current="true"]')].map((k) => k.getAttribute('aria-label')),
      gauges: [...indicators.shadowRoot!.querySelectorAll('[part~="gauge"] [part~="label"]')].map((l) => l.textContent),
      filter: indicators.shadowRoot!.querySelector('[part~="filter"] [role="status"]')?.textContent?.trim(),
    };
  };
  return { tree, collaboration, indicators, state };
}

function centre(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const r = element.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

describe('linked tree, collaboration figure and indicators', () => {
  beforeEach(async () => {
    clearPlanCache();
    await setViewport({ width: 1200, height: 900 });
  });

  it('clicking a measure in the tree marks its keyword and filters the indicators; the show-all button clears all three', async () => {
    const { tree, indicators, state } = await page();
    expect(await state()).to.deep.include({ tree: [], keywords: [], filter: undefined });
    expect((await state()).gauges).to.have.length(8);

    const measure = tree.shadowRoot!.querySelector('svg [part~="node"][data-id="2-4"] rect')!;
    await sendMouse({ type: 'click', position: centre(measure) });
    const chosen = await state();
    expect(chosen.tree).to.deep.equal(['2-4']);
    expect(chosen.keywords).to.have.length(1);
    expect(chosen.keywords[0]).to.match(/^見守り/);
    expect(chosen.gauges).to.deep.equal(['見守り活動協力事業者数']);
    expect(chosen.filter).to.equal('施策 2-4 見守り支援体制の整備 の指標（1件）');

    indicators.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
    const cleared = await state();
    expect(cleared).to.deep.include({ tree: [], keywords: [], filter: undefined });
    expect(cleared.gauges).to.have.length(8);
  });

  it('a keyword chosen in the collaboration figure selects its measure in the tree; Escape in the tree clears everything', async () => {
    const { tree, collaboration, state } = await page();
    const keyword = [...collaboration.shadowRoot!.querySelectorAll('[part~="keyword"][role="button"]')].find((k) => k.getAttribute('aria-label')?.startsWith('健康づくり'))!;
    await sendMouse({ type: 'click', position: centre(keyword) });
    const chosen = await state();
    expect(chosen.tree).to.deep.equal(['3-1']);
    expect(chosen.gauges).to.deep.equal(['自殺死亡率', '特定健康診査受診率']);
    expect(chosen.filter).to.equal('施策 3-1 健康づくりの推進 の指標（2件）');

    tree.shadowRoot!.querySelector<SVGGElement>('[role="treeitem"][data-id="3-1"]')!.focus();
    await sendKeys({ press: 'Escape' });
    const cleared = await state();
    expect(cleared).to.deep.include({ tree: [], keywords: [], filter: undefined });
    expect(cleared.gauges).to.have.length(8);
  });
});
