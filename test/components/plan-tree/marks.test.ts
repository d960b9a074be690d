// The marks under a node's text: the roll-up of the grades of the indicators under it (issue 16)
// and its SDGs as numbered squares with a legend (issue 15); in the layout, the DOM, toSVG() and
// what a screen reader gets.
import { expect, html } from '@open-wc/testing';
import '../../../src/components/plan-tree/index.js';
import { layoutTree, VISION_ID, type PlanTree, type TreeLayout } from '../../../src/components/plan-tree/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import type { SceneItem } from '../../../src/scene/types.js';
import { drawTree, layoutProblems, loadPlan } from './helpers.js';

const SAMPLE = '/examples/iwaki-sample-indicators.plan.json';
const DEEP = '/examples/deep-health-plan.plan.json';
const TODAY = new Date(2025, 5, 1);

/** Every scene item under a group, flattened. */
function flat(items: readonly SceneItem[]): SceneItem[] {
  return items.flatMap((i) => (i.type === 'group' ? [i, ...flat(i.children)] : [i]));
}
const texts = (items: readonly SceneItem[]) => flat(items).flatMap((i) => (i.type === 'text' ? i.lines.map((l) => l.text) : []));
const marksOf = (layout: TreeLayout, id: string) => layout.nodes.find((n) => n.item.id === id)?.marks;
const part = (items: readonly SceneItem[], name: string) => flat(items).find((i) => i.type === 'group' && i.part?.split(' ').includes(name));

/** The ids of the nodes with an indicator of their own or under them, and the vision. */
function nodesWithIndicators(plan: PlanDocument): Set<string> {
  const parent = new Map<string, string>();
  const walk = (nodes: PlanDocument['goals'], up: string | undefined) => {
    for (const n of nodes) {
      if (up) parent.set(n.id, up);
      walk(n.children ?? [], n.id);
    }
  };
  walk(plan.goals, undefined);
  const ids = new Set<string>([VISION_ID]);
  for (const indicator of plan.indicators ?? []) for (let id = indicator.node; id; id = parent.get(id)) ids.add(id);
  return ids;
}

const treeitem = (el: PlanTree, id: string) => el.shadowRoot!.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"]`)!;
const drawnNode = (el: PlanTree, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`svg.band [part~="node"][data-id="${CSS.escape(id)}"]`)!;

describe('<plan-tree> roll-up: layout', () => {
  it('gives every node with indicators under it (and the vision) a roll-up, and no other node', async () => {
    const plan = await loadPlan('iwaki-sample-indicators');
    const layout = layoutTree(plan, { today: TODAY });
    const expected = nodesWithIndicators(plan);
    expect(layout.nodes.filter((n) => n.marks).map((n) => n.item.id)).to.have.members([...expected]);
    expect(texts(marksOf(layout, VISION_ID)!.children)).to.deep.equal(['達成 1', '遅れ 4', '悪化 2', '未計測 1']);
    expect(layout.nodes[0]!.item.accessibleDescription).to.equal('指標 8件：達成 1、遅れ 4、悪化 2、未計測 1');
    // 3-1 has two indicators of its own, and its goal no other.
    expect(texts(marksOf(layout, '3-1')!.children)).to.deep.equal(texts(marksOf(layout, '3')!.children));
  });

  it('reserves the room: nothing overlaps and the marks sit under the text, in every orientation and language', async () => {
    const plan = await loadPlan('iwaki-sample-indicators');
    for (const options of [{}, { orientation: 'vertical' as const }, { visionWriting: 'vertical' as const }, { aspect: 16 / 9 }, { lang: 'en' }, { maxLines: 1 }]) {
      const layout = layoutTree(plan, { today: TODAY, ...options });
      expect(layoutProblems(layout), JSON.stringify(options)).to.deep.equal([]);
    }
    const without = layoutTree(plan, { today: TODAY, rollup: false });
    const withRollup = layoutTree(plan, { today: TODAY });
    for (const id of ['#vision', '2', '2-10']) {
      const a = without.nodes.find((n) => n.item.id === id)!;
      const b = withRollup.nodes.find((n) => n.item.id === id)!;
      expect(b.box.height, id).to.be.greaterThan(a.box.height + 20);
      expect(
        b.lines.map((l) => l.text),
        id,
      ).to.deep.equal(a.lines.map((l) => l.text));
    }
  });

  it('draws nothing and says nothing when the roll-up is off or the plan has no indicators', async () => {
    const sample = await loadPlan('iwaki-sample-indicators');
    const off = layoutTree(sample, { today: TODAY, rollup: false });
    expect(off.nodes.filter((n) => n.marks)).to.deep.equal([]);
    expect(off.nodes.map((n) => n.item.accessibleDescription).join('')).not.to.contain('指標');
    const iwaki = await loadPlan('iwaki-chiiki-fukushi');
    const plain = layoutTree(iwaki);
    expect(plain.nodes.filter((n) => n.marks)).to.deep.equal([]);
    expect(plain.legend).to.equal(undefined);
    // Without indicators the boxes are those of the plan with the roll-up off.
    const { indicators: _, ...bare } = sample;
    expect(layoutTree(bare as PlanDocument).nodes.map((n) => n.box)).to.deep.equal(off.nodes.map((n) => n.box));
  });

  it('says a node whose indicators are all unmeasured is so, with no bar (not 0%)', async () => {
    const plan = await loadPlan('iwaki-sample-indicators');
    const layout = layoutTree(plan, { today: TODAY });
    const marks = marksOf(layout, '2-10')!;
    expect(texts(marks.children)).to.deep.equal(['未計測 1']);
    const rects = flat(marks.children).filter((i) => i.type === 'rect');
    // The panel and the hollow swatch beside the count: no bar.
    expect(rects.map((r) => r.type === 'rect' && r.part)).to.deep.equal(['panel', 'tone-not-measured']);
    expect(layout.nodes.find((n) => n.item.id === '2-10')!.item.accessibleDescription).to.equal('指標 1件：すべて未計測。〈安全・安心〉');
    // Goal 2: five indicators, one unmeasured, which is a fifth of the bar, hollow.
    const bar = flat(marksOf(layout, '2')!.children).filter((i): i is Extract<SceneItem, { type: 'rect' }> => i.type === 'rect' && i.height === 6);
    expect(bar.map((r) => r.part)).to.deep.equal(['tone-achieved', 'tone-behind', 'tone-worsened', 'tone-not-measured']);
    const total = bar[bar.length - 1]!.x + bar[bar.length - 1]!.width - bar[0]!.x;
    expect(bar[3]!.width / total).to.be.closeTo(1 / 5, 0.01);
    expect(bar[3]!.fill).to.equal('--plan-tree-background');
  });

  it("shows the evaluation's own symbols and colours", async () => {
    const plan = await loadPlan('iwaki-sample-indicators');
    plan.evaluation = {
      grades: [
        { label: '達成', symbol: '◎', min: 1, color: '#005a9c' },
        { label: '順調', symbol: '○', min: 0.5 },
        { label: '遅れ', symbol: '△', min: -1e9 },
      ],
    };
    const layout = layoutTree(plan, { today: TODAY });
    expect(texts(marksOf(layout, VISION_ID)!.children)).to.deep.equal(['◎ 1', '○ 1', '△ 5', '未計測 1']);
    expect(layout.nodes[0]!.item.accessibleDescription).to.equal('指標 8件：◎ 達成 1、○ 順調 1、△ 遅れ 5、未計測 1');
    const fills = flat(marksOf(layout, VISION_ID)!.children).flatMap((i) => (i.type === 'rect' && i.height === 6 ? [i.fill] : []));
    expect(fills[0]).to.equal('#005a9c');
  });
});

describe('<plan-tree> roll-up: element', () => {
  it('draws the bar in the grades’ colours and tells a screen reader the counts; rollup="off" takes both away', async () => {
    const el = await drawTree(html`<plan-tree src=${SAMPLE} today="2025-06-01" layout="diagram"></plan-tree>`, 'width: 1300px');
    expect(treeitem(el, VISION_ID).getAttribute('aria-description')).to.equal('指標 8件：達成 1、遅れ 4、悪化 2、未計測 1');
    expect(treeitem(el, '2-10').getAttribute('aria-description')).to.equal('指標 1件：すべて未計測。〈安全・安心〉');
    expect(treeitem(el, '1-1').hasAttribute('aria-description')).to.equal(false);
    const goal2 = drawnNode(el, '2');
    const segment = goal2.querySelector('[part~="rollup"] rect.tone-achieved')!;
    expect(getComputedStyle(segment).fill).to.equal('rgb(26, 127, 55)');
    expect(getComputedStyle(goal2.querySelector('[part~="rollup"] text')!).fill, 'count text on the white panel').to.equal('rgb(27, 27, 27)');
    expect(getComputedStyle(goal2.querySelector('[part~="rollup"] .panel')!).fill).to.equal('rgb(255, 255, 255)');
    // The panel lies inside the goal's box, under its text.
    const frame = goal2.querySelector('rect.frame')!.getBoundingClientRect();
    const panel = goal2.querySelector('[part~="rollup"] .panel')!.getBoundingClientRect();
    const lastText = [...goal2.querySelectorAll(':scope > text')].at(-1)!.getBoundingClientRect();
    expect(panel.top).to.be.greaterThan(lastText.bottom - 1);
    expect(panel.bottom).to.be.lessThan(frame.bottom);
    expect(panel.left).to.be.greaterThan(frame.left);
    expect(panel.right).to.be.lessThan(frame.right);
    // Each node its own counts, though nodes of one shape are copies of one drawing.
    expect(drawnNode(el, '2-1').querySelector('[part~="rollup"]')!.textContent).to.equal('悪化 1');
    expect(drawnNode(el, '2-2').querySelector('[part~="rollup"]')!.textContent).to.equal('遅れ 1');
    expect(drawnNode(el, '2-3').querySelector('[part~="rollup"]')).to.equal(null);
    const file = await el.toSVG();
    expect(file).to.contain('<desc id="desc">基本理念 住み慣れた地域で');
    expect(file).to.contain('指標 8件：達成 1、遅れ 4、悪化 2、未計測 1');
    expect(file).to.match(/<rect x="4" y="4" width="[\d.]+" height="6" fill="#1a7f37"\/>/);
    expect(file).to.contain('>未計測 1</text>');

    el.rollup = 'off';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="rollup"]')).to.equal(null);
    expect(treeitem(el, VISION_ID).hasAttribute('aria-description')).to.equal(false);
    expect(await el.toSVG()).not.to.contain('未計測');
  });

  it('shows the roll-up in the outline too, and passes axe there and in the diagram', async function () {
    this.timeout(60000); // two axe runs over the whole tree on a loaded 2-core machine
    const outline = await drawTree(html`<plan-tree src=${SAMPLE} today="2025-06-01"></plan-tree>`, 'width: 360px');
    const vision = treeitem(outline, VISION_ID);
    expect(vision.tagName).to.equal('LI');
    // Under the item, hidden from the tree (its words are in the item's description).
    const marks = vision.nextElementSibling!;
    expect(marks.getAttribute('aria-hidden')).to.equal('true');
    expect(marks.querySelector('svg.marks [part~="rollup"]')!.textContent).to.equal('達成 1遅れ 4悪化 2未計測 1');
    expect(vision.getAttribute('aria-description')).to.equal('指標 8件：達成 1、遅れ 4、悪化 2、未計測 1');
    await expect(outline).to.be.accessible();
    const diagram = await drawTree(html`<plan-tree src=${SAMPLE} today="2025-06-01" layout="diagram" lang="en"></plan-tree>`);
    expect(treeitem(diagram, VISION_ID).getAttribute('aria-description')).to.equal('8 indicators: Achieved 1, Behind 4, Worsened 2, Not measured 1');
    await expect(diagram).to.be.accessible();
  });
});

describe('<plan-tree> SDGs', () => {
  it('draws each node’s goals as numbered squares in their official colours and names them for a screen reader', async function () {
    this.timeout(60000); // axe over the deep plan's 40 nodes
    const el = await drawTree(html`<plan-tree src=${DEEP} today="2025-06-01" layout="diagram"></plan-tree>`, 'width: 1400px');
    const g = drawnNode(el, '1-3');
    const squares = [...g.querySelectorAll<SVGRectElement>('[part~="sdgs"] rect')];
    expect(squares.map((r) => getComputedStyle(r).fill)).to.deep.equal(['rgb(221, 166, 58)', 'rgb(76, 159, 56)']);
    const numbers = [...g.querySelectorAll('[part~="sdgs"] text')];
    expect(numbers.map((t) => t.textContent)).to.deep.equal(['2', '3']);
    // Near-black on goal 2's yellow and goal 3's green: white would not reach 4.5:1 on either.
    expect(numbers.map((t) => getComputedStyle(t).fill)).to.deep.equal(['rgb(27, 27, 27)', 'rgb(27, 27, 27)']);
    expect(getComputedStyle(drawnNode(el, '4-2').querySelector('[part~="sdgs"] text:last-of-type')!).fill, 'white on goal 17').to.equal('rgb(255, 255, 255)');
    expect(treeitem(el, '1-3').getAttribute('aria-description')).to.match(/^SDGs 目標2、目標3。指標 1件：/);
    expect(treeitem(el, '2').getAttribute('aria-description')).to.match(/^SDGs 目標3。指標 2件：/);
    // The legend: every goal named, once, in number order, under the diagram.
    const bands = el.shadowRoot!.querySelectorAll('svg.band');
    const legend = bands[bands.length - 1]!.querySelector('[part~="legend"]')!;
    expect([...legend.querySelectorAll('text')].map((t) => t.textContent).join(' ')).to.equal(
      'SDGs 2 飢餓 3 保健 4 教育 5 ジェンダー 8 経済成長と雇用 10 不平等 11 持続可能な都市 17 実施手段',
    );
    const file = await el.toSVG();
    expect(file).to.contain('fill="#DDA63A"');
    expect(file).to.contain('SDGs: 目標2 飢餓、目標3 保健、目標4 教育');
    expect(file).to.contain('>持続可能な都市</text>');
    await expect(el).to.be.accessible();
  });

  it('names the goals in English, and keeps the legend and squares in the layout’s room', async () => {
    const plan = await loadPlan('deep-health-plan');
    for (const options of [{ lang: 'en' }, { orientation: 'vertical' as const }, { aspect: 16 / 9 }]) {
      const layout = layoutTree(plan, { today: TODAY, ...options });
      expect(layoutProblems(layout), JSON.stringify(options)).to.deep.equal([]);
      expect(layout.legend).not.to.equal(undefined);
    }
    const en = layoutTree(plan, { lang: 'en', today: TODAY });
    expect(texts([en.legend!.item])).to.include.members(['SDGs', 'Zero hunger', 'Good health and well-being', 'Partnerships for the goals']);
    expect(en.nodes.find((n) => n.item.id === '4-2')!.item.accessibleDescription).to.match(/^SDGs: Goal 11, Goal 17\. /);
    expect(part(marksOf(en, '1-3')!.children, 'sdgs')).to.not.equal(undefined);
    // Only the goals of nodes shown: with goal 4 collapsed, 17 (named by its measure 4-2 alone) leaves the legend.
    const collapsed = layoutTree(plan, { today: TODAY, collapsed: new Set(['4']) });
    expect(texts([collapsed.legend!.item])).to.include('経済成長と雇用');
    expect(texts([collapsed.legend!.item])).not.to.include('実施手段');
  });
});
