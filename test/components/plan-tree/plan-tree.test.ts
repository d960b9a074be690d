import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/plan-tree/index.js';
import { VISION_ID, type PlanTree } from '../../../src/components/plan-tree/index.js';
import { clearPlanCache } from '../../../src/core/index.js';
import { overlappingPairs, type Box } from '../../../src/geometry/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { bandsBuilt, drawTree, generatePlan, loadPlan, TREE_GOAL_PALETTE as GOAL_PALETTE, TREE_COLORS } from './helpers.js';
// @ts-expect-error: a plain ES module of the benchmark, without types
import { syntheticPlan } from '../../../scripts/synthetic-plan.mjs';
import { loadFileWriters } from '../../../src/export/load.js';

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';

/** A <plan-tree> in a container of the given width, once its tree is drawn (every band built). */
const draw = (content: ReturnType<typeof html>, width = 1000): Promise<PlanTree> => drawTree(content, `width: ${width}px`);

const treeitems = (el: PlanTree) => [...el.shadowRoot!.querySelectorAll<SVGGElement | HTMLLIElement>('[role="treeitem"]')];
const item = (el: PlanTree, id: string) => el.shadowRoot!.querySelector<SVGGElement | HTMLLIElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`)!;
/** A node as drawn in the diagram (its box, text and control). */
const node = (el: PlanTree, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`svg [part~="node"][data-id="${CSS.escape(id)}"]`)!;
const drawnNodes = (el: PlanTree) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [part~="node"]')];
const focusedId = (el: PlanTree) => el.shadowRoot!.activeElement?.getAttribute('data-id');

async function press(el: PlanTree, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

function toBox(r: DOMRect): Box {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/** What a reader sees go wrong on screen: boxes on top of each other, text sticking out of its box. */
function screenProblems(el: PlanTree): string[] {
  const problems: string[] = [];
  const nodes = [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [part~="node"]')];
  const boxes = nodes.map((g) => toBox(g.querySelector('rect.frame')!.getBoundingClientRect()));
  const groups = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="group"]')].map((g) => toBox(g.querySelector('rect')!.getBoundingClientRect()));
  for (const [i, j] of overlappingPairs([...boxes, ...groups])) problems.push(`boxes ${i} and ${j} overlap`);
  nodes.forEach((g, i) => {
    const box = boxes[i]!;
    for (const text of g.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      const e = 0.5;
      if (r.width === 0) problems.push(`"${text.textContent}" is not drawn`);
      if (r.left < box.x - e || r.top < box.y - e || r.right > box.x + box.width + e || r.bottom > box.y + box.height + e) {
        problems.push(
          `"${text.textContent}" (${r.left.toFixed(1)}–${r.right.toFixed(1)}, ${r.top.toFixed(1)}–${r.bottom.toFixed(1)}) leaves its box (${box.x.toFixed(1)}–${(box.x + box.width).toFixed(1)}, ${box.y.toFixed(1)}–${(box.y + box.height).toFixed(1)}) in ${g.dataset.id}`,
        );
      }
    }
  });
  return problems;
}

function luminance(color: string): number {
  const hex = color.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  const rgb = color.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  const channels = (hex ? hex.slice(1, 4).map((h) => parseInt(h, 16)) : rgb!.slice(1, 4).map(Number)).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('<plan-tree>: what is drawn', () => {
  beforeEach(() => clearPlanCache());

  it('draws the Iwaki plan as 24 treeitems: the vision, 3 goals and 20 measures', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    const tree = el.shadowRoot!.querySelector('[part="diagram"] [role="tree"]')!;
    expect(tree.getAttribute('aria-label')).to.equal('いわき市地域福祉計画');
    const items = treeitems(el);
    expect(items).to.have.length(24);
    expect(items.map((i) => i.getAttribute('aria-level'))).to.deep.equal(['1', '2', ...Array(7).fill('3'), '2', ...Array(10).fill('3'), '2', ...Array(3).fill('3')]);
    expect(items[0]!.dataset.id).to.equal(VISION_ID);
    expect(items[0]!.getAttribute('aria-label')).to.equal('基本理念 住み慣れた地域で共に生き、支え合い、誰もが安心して、健康で自分らしく暮らせるまち いわき');
    const goal2 = item(el, '2');
    expect([goal2.getAttribute('aria-setsize'), goal2.getAttribute('aria-posinset'), goal2.getAttribute('aria-expanded')]).to.deep.equal(['3', '2', 'true']);
    const measure = item(el, '2-10');
    expect([measure.getAttribute('aria-setsize'), measure.getAttribute('aria-posinset'), measure.hasAttribute('aria-expanded')]).to.deep.equal(['10', '10', false]);
    expect(measure.getAttribute('aria-label')).to.equal('施策 2-10 権利擁護・成年後見の充実');
    expect(measure.getAttribute('aria-description')).to.equal('〈安全・安心〉');
    // Each treeitem lies exactly over its drawn box, so that focus and scrolling go where the node is seen.
    for (const treeitem of items) {
      const frame = node(el, treeitem.dataset.id!).querySelector('rect.frame')!;
      expect(frame, treeitem.dataset.id).to.exist;
      const [a, b] = [treeitem.getBoundingClientRect(), frame.getBoundingClientRect()];
      for (const key of ['left', 'top', 'width', 'height'] as const) expect(a[key], `${treeitem.dataset.id} ${key}`).to.be.closeTo(b[key], 0.5);
    }
    expect(drawnNodes(el)).to.have.length(24);
    expect(el.shadowRoot!.querySelectorAll('[part="link"]')).to.have.length(23);
  });

  it('draws each box’s text where a reader sees it: label and title, pending nodes dashed and marked', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    expect([...node(el, '1-2').querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['施策 1-2', '子ども・子育て支援の充実']);
    const pending = node(el, '1-5');
    expect(pending.classList.contains('pending')).to.equal(true);
    expect(getComputedStyle(pending.querySelector('rect.frame')!).strokeDasharray).to.not.equal('none');
    expect(pending.querySelector('text')!.textContent).to.equal('施策 1-5 （名称未定）');
    expect(item(el, '1-5').getAttribute('aria-label')).to.equal('施策 1-5 （名称未定） （概要版に記載なし）');
    const groups = [...el.shadowRoot!.querySelectorAll('[part="group"] text')].map((t) => t.textContent);
    expect(groups).to.deep.equal(['〈人づくり〉', '〈体制づくり〉', '〈安全・安心〉']);
    expect([...el.shadowRoot!.querySelectorAll('.header text')].map((t) => t.textContent)).to.deep.equal(['基本理念', '基本目標', '施策']);
  });

  for (const [name, attributes] of [
    ['Iwaki', {}],
    ['Iwaki, vision in vertical writing', { 'vision-writing': 'vertical' }],
    ['Iwaki, vertical orientation', { orientation: 'vertical' }],
  ] as const) {
    it(`${name}: no box overlaps another and no text leaves its box on screen`, async () => {
      const el = await draw(
        html`<plan-tree src=${IWAKI} layout="diagram" orientation=${'orientation' in attributes ? attributes.orientation : 'horizontal'} vision-writing=${'vision-writing' in attributes ? attributes['vision-writing'] : 'horizontal'}></plan-tree>`,
      );
      expect(treeitems(el)).to.have.length(24);
      expect(screenProblems(el)).to.deep.equal([]);
    });
  }

  it('draws every level of the deep plan (5 levels under the vision), without overlaps', async () => {
    const el = await draw(html`<plan-tree src="/examples/deep-health-plan.plan.json" layout="diagram"></plan-tree>`, 1400);
    const levels = new Set(treeitems(el).map((i) => i.getAttribute('aria-level')));
    expect([...levels].sort()).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect(treeitems(el)).to.have.length(39);
    expect(screenProblems(el)).to.deep.equal([]);
  });

  it('draws an English plan in English, wrapped at spaces, inside its boxes', async () => {
    const el = await draw(html`<div lang="en"><plan-tree src="/examples/english-sample.plan.json" layout="diagram"></plan-tree></div>`);
    const vision = item(el, VISION_ID);
    expect(vision.getAttribute('aria-label')).to.equal('Vision A riverside city where everyone belongs, looks out for one another and lives a healthy, independent life');
    const lines = [...node(el, '2-2').querySelectorAll('text.title')].map((t) => t.textContent!);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(line.startsWith(' ') || line.endsWith(' ')).to.equal(false);
    expect(lines.join(' ')).to.equal('Early identification of young and adult carers through schools, GP practices and pharmacies');
    expect(screenProblems(el)).to.deep.equal([]);
  });

  it('holds for plans like other cities’ (30+ measures, five levels, 40+ character titles, English)', async () => {
    const plans: PlanDocument[] = [
      generatePlan(101, { goals: 5, depth: 2, children: () => [6, 9] }),
      generatePlan(202, { goals: 3, depth: 5, children: (d) => (d < 3 ? [2, 4] : [0, 2]) }),
      generatePlan(303, { goals: 4, depth: 3, children: () => [1, 5], english: true }),
    ];
    for (const plan of plans) {
      const el = await draw(html`<plan-tree .plan=${plan} layout="diagram" lang=${plan.plan.lang ?? 'ja'}></plan-tree>`, 1200);
      expect(screenProblems(el), plan.plan.id).to.deep.equal([]);
      expect(treeitems(el).length).to.equal(el.treeLayout!.nodes.length);
    }
  });

  it('cuts long titles to max-lines with "…" and keeps the full title in the accessible name', async () => {
    const plan = await loadPlan('deep-health-plan');
    const el = await draw(html`<plan-tree .plan=${plan} layout="diagram" max-lines="1"></plan-tree>`, 1400);
    const titles = [...node(el, '1-1').querySelectorAll('text.title')];
    expect(titles).to.have.length(1);
    expect(titles[0]!.textContent!.endsWith('…')).to.equal(true);
    expect(item(el, '1-1').getAttribute('aria-label')).to.equal(
      '施策 1-1 生活習慣病の発症予防と重症化予防に向けた、かかりつけ医・薬局・医療保険者との連携による切れ目のない保健指導の推進',
    );
    expect(screenProblems(el)).to.deep.equal([]);
  });

  it('shows an error panel, not a blank, for a broken plan', async () => {
    const el = await draw(html`<plan-tree .plan=${{ schemaVersion: 1, plan: { id: 'x', title: 'X' }, goals: [] }}></plan-tree>`);
    const panel = el.shadowRoot!.querySelector('[part="error"][role="alert"]')!;
    expect(panel.textContent).to.contain('/goals');
    expect(el.shadowRoot!.querySelector('[role="tree"]')).to.equal(null);
  });
});

describe('<plan-tree>: large plans', () => {
  it('draws a tall plan in bands: every node once, boxes where the layout puts them, treeitems over them and open to screen readers', async () => {
    const plan = generatePlan(31, { goals: 8, depth: 3, children: () => [4, 7] });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><plan-tree .plan=${plan} layout="diagram"></plan-tree></div>`);
    const el = wrapper.querySelector('plan-tree')!;
    await el.updateComplete;
    const layout = el.treeLayout!;
    const bands = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.band')];
    expect(bands.length).to.be.greaterThan(3);
    // Drawn at once: every treeitem, and the bands of the first screen and a half; the rest come later, at their final size.
    expect(treeitems(el)).to.have.length(layout.nodes.length);
    const screen = innerHeight * 1.5;
    const built = bands.map((band) => band.childElementCount > 0);
    expect(built[0]).to.equal(true);
    expect(built.filter((b) => !b).length, 'bands waiting').to.be.greaterThan(0);
    const canvasTop = el.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect().top;
    bands.forEach((band, i) => {
      if (band.getBoundingClientRect().top - canvasTop < screen - 1) expect(built[i], `band ${i} on the first screen`).to.equal(true);
    });
    const heightsBefore = bands.map((band) => band.getBoundingClientRect().height);
    await bandsBuilt(el);
    expect(bands.map((band) => band.getBoundingClientRect().height)).to.deep.equal(heightsBefore);
    expect(drawnNodes(el).map((g) => g.dataset.id)).to.have.members(layout.nodes.map((n) => n.item.id));
    // Once all are built, a drawing of this size is painted whole, away from the screen too (a full-page screenshot shows all of it).
    await waitUntil(() => bands.every((band) => getComputedStyle(band).contentVisibility === 'visible'), 'bands left unpainted away from the screen', { timeout: 10000 });
    expect(bands.map((band) => band.getBoundingClientRect().height)).to.deep.equal(heightsBefore);
    // Chromium leaves what content-visibility skips out of the accessibility tree: no treeitem may be in a band.
    // Chromium also turns a treeitem into a group when a plain SVG element stands between it and the tree.
    for (const treeitem of treeitems(el)) {
      expect(treeitem.closest('.band, [aria-hidden="true"]'), treeitem.dataset.id).to.equal(null);
      for (let up = treeitem.parentElement; up && up.getAttribute('role') !== 'tree'; up = up.parentElement)
        expect(up.getAttribute('role'), `${treeitem.dataset.id} in ${up.localName}`).to.equal('none');
    }
    // The bands stack into one picture: every box sits where the layout puts it, under its treeitem.
    const canvas = el.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
    const scale = Number(bands[0]!.getAttribute('width')) / layout.viewBox.width;
    const heights = bands.reduce((sum, band) => sum + band.getBoundingClientRect().height, 0);
    expect(heights).to.be.closeTo(layout.viewBox.height * scale, 1);
    for (const n of [layout.nodes[1]!, layout.nodes[Math.floor(layout.nodes.length / 2)]!, layout.nodes[layout.nodes.length - 1]!]) {
      const frame = node(el, n.item.id).querySelector('rect.frame')!.getBoundingClientRect();
      expect(frame.top - canvas.top, n.item.id).to.be.closeTo(n.box.y * scale, 0.5);
      expect(frame.left - canvas.left, n.item.id).to.be.closeTo(n.box.x * scale, 0.5);
      const over = item(el, n.item.id).getBoundingClientRect();
      expect(over.top).to.be.closeTo(frame.top, 0.5);
      expect(over.height).to.be.closeTo(frame.height, 0.5);
    }
    expect(screenProblems(el)).to.deep.equal([]);
    // End goes to the last node and brings it on screen.
    item(el, VISION_ID).focus();
    await press(el, 'End');
    expect(focusedId(el)).to.equal(layout.nodes[layout.nodes.length - 1]!.item.id);
    const last = node(el, focusedId(el)!).getBoundingClientRect();
    expect(last.bottom).to.be.greaterThan(0);
    expect(last.top).to.be.lessThan(window.innerHeight);
  });

  /** A tall tree right after its first update (no task has run since, so nothing was built when idle). */
  async function firstUpdate(): Promise<PlanTree> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('plan-tree');
    el.layout = 'diagram';
    el.plan = generatePlan(31, { goals: 8, depth: 3, children: () => [4, 7] });
    wrapper.append(el);
    await el.updateComplete;
    return el;
  }
  const waiting = (el: PlanTree) => el.shadowRoot!.querySelectorAll('svg.band:empty').length;

  it('builds the band of a node before the keyboard moves to it (End on a tree still being built)', async () => {
    const el = await firstUpdate();
    expect(waiting(el)).to.be.greaterThan(0);
    const last = el.treeLayout!.nodes[el.treeLayout!.nodes.length - 1]!.item.id;
    expect(el.shadowRoot!.querySelector(`svg [part~="node"][data-id="${CSS.escape(last)}"]`)).to.equal(null);
    item(el, VISION_ID).focus();
    item(el, VISION_ID).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(focusedId(el)).to.equal(last);
    expect(node(el, last), 'the last node drawn when focus reaches it').to.not.equal(null);
    expect(node(el, last).textContent).to.have.length.greaterThan(0);
  });

  it('exports and prints the whole tree, though it is still being built', async () => {
    // The file writers loaded first: then toSVG() does not wait, and the page has no idle time to build bands in.
    await loadFileWriters();
    const el = await firstUpdate();
    expect(waiting(el)).to.be.greaterThan(0);
    const titles = el.treeLayout!.nodes.slice(1).flatMap((n) => n.lines.filter((l) => l.kind === 'title' && l.text !== '').map((l) => l.text));
    expect(titles.length).to.be.greaterThan(300);
    const file = await el.toSVG();
    const missing = titles.filter((title) => !file.includes(title.replace(/&/g, '&amp;').replace(/</g, '&lt;')));
    expect(missing, 'titles missing from toSVG()').to.deep.equal([]);
    expect(waiting(el), 'the file is written from the layout: no band is built for it').to.be.greaterThan(0);
    const other = await firstUpdate();
    expect(waiting(other)).to.be.greaterThan(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(waiting(other), 'bands left to build when printing').to.equal(0);
    expect(drawnNodes(other)).to.have.length(other.treeLayout!.nodes.length);
  });

  it('paints a huge drawing only near the screen, however long the page is idle', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('plan-tree');
    el.layout = 'diagram';
    el.plan = syntheticPlan(3200, { seed: 3 }) as PlanDocument;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.treeLayout!.nodes.length).to.be.above(3000);
    await bandsBuilt(el);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bands = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.band')];
    expect(bands.filter((band) => getComputedStyle(band).contentVisibility === 'auto').length, 'bands painted only near the screen').to.equal(bands.length);
    expect(drawnNodes(el)).to.have.length(el.treeLayout!.nodes.length);
  });

  it('builds the bands that scroll into view, and stops building when removed', async () => {
    const el = await firstUpdate();
    const bands = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.band')];
    const lastBand = bands[bands.length - 1]!;
    expect(lastBand.childElementCount).to.equal(0);
    lastBand.scrollIntoView();
    await waitUntil(() => lastBand.childElementCount > 0, 'the band scrolled to was not built', { timeout: 3000 });
    const removed = await firstUpdate();
    const empty = [...removed.shadowRoot!.querySelectorAll('svg.band:empty')];
    expect(empty.length).to.be.greaterThan(0);
    removed.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      empty.filter((band) => band.childElementCount > 0),
      'bands built for a removed tree',
    ).to.have.length(0);
  });
});

describe('<plan-tree>: accessibility', () => {
  it('passes axe as a diagram', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe as an outline, and in vertical orientation with the vision written vertically', async () => {
    const outline = await draw(html`<plan-tree src=${IWAKI} layout="outline"></plan-tree>`, 360);
    await expect(outline).to.be.accessible();
    const vertical = await draw(html`<plan-tree src=${IWAKI} layout="diagram" orientation="vertical" vision-writing="vertical"></plan-tree>`);
    await expect(vertical).to.be.accessible();
  });

  it('names every treeitem with the words its box shows, in order (WCAG 2.5.3 label in name), even when cut with "…"', async () => {
    const words = (text: string) =>
      text
        .normalize('NFKC')
        .replace(/…/g, ' ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const cases = [
      html`<div lang="en"><plan-tree src="/examples/english-sample.plan.json" layout="diagram"></plan-tree></div>`,
      html`<plan-tree src="/examples/deep-health-plan.plan.json" layout="diagram" max-lines="1"></plan-tree>`,
      html`<plan-tree .plan=${generatePlan(303, { goals: 4, depth: 3, children: () => [1, 5], english: true })} layout="diagram" lang="en" max-lines="2"></plan-tree>`,
    ];
    let checked = 0;
    for (const content of cases) {
      const el = await draw(content, 1400);
      for (const node of drawnNodes(el)) {
        // The SDG squares and the roll-up are said in the description (tested apart), not the name.
        const g = node.cloneNode(true) as SVGGElement;
        for (const marks of g.querySelectorAll('[part~=rollup], [part~=sdgs]')) marks.remove();
        const shown = words(g.textContent ?? '');
        const name = words(item(el, g.dataset.id!).getAttribute('aria-label') ?? '');
        // What is cut with "…" may end inside a word: that last word only has to begin one in the name.
        const cut = (g.textContent ?? '').includes('…');
        const whole = cut ? shown.replace(/\S+$/, '').trim() : shown;
        expect(` ${name} `, `${g.dataset.id}: "${shown}"`).to.contain(` ${whole}${cut ? '' : ' '}`.replace(/ {2,}/g, ' '));
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(60);
  });

  it('meets 4.5:1 contrast for every default text colour on its background', () => {
    const pairs: [string, string, string][] = [
      ['vision', TREE_COLORS.visionText, TREE_COLORS.vision],
      ['pending', TREE_COLORS.pendingText, TREE_COLORS.pending],
      ['heading', TREE_COLORS.text, TREE_COLORS.background],
    ];
    GOAL_PALETTE.forEach(({ color, tint }, i) => {
      pairs.push(
        [`goal ${i + 1}`, TREE_COLORS.goalText, color],
        [`measure ${i + 1}`, TREE_COLORS.text, tint],
        [`label ${i + 1}`, color, tint],
        [`group ${i + 1}`, color, TREE_COLORS.background],
      );
    });
    for (const [what, text, background] of pairs) expect(contrast(text, background), what).to.be.at.least(4.5);
  });

  it('draws every box’s text at 4.5:1 or more against the box, as computed on screen', async () => {
    const plan = generatePlan(7, { goals: 7, depth: 3, children: () => [1, 2] });
    const el = await draw(html`<plan-tree .plan=${plan} layout="diagram"></plan-tree>`, 1200);
    let checked = 0;
    for (const g of drawnNodes(el)) {
      const background = getComputedStyle(g.querySelector('rect.frame')!).fill;
      for (const text of g.querySelectorAll('text')) {
        expect(contrast(getComputedStyle(text).fill, background), `${g.dataset.id} "${text.textContent}"`).to.be.at.least(4.5);
        checked++;
      }
    }
    for (const group of el.shadowRoot!.querySelectorAll('[part="group"]')) {
      expect(contrast(getComputedStyle(group.querySelector('text')!).fill, getComputedStyle(group.querySelector('rect')!).fill)).to.be.at.least(4.5);
    }
    expect(checked).to.be.greaterThan(20);
  });

  it('keeps exactly one treeitem in the tab order (roving tabindex)', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    const tabbable = () =>
      treeitems(el)
        .filter((i) => i.getAttribute('tabindex') === '0')
        .map((i) => i.dataset.id);
    expect(tabbable()).to.deep.equal([VISION_ID]);
    item(el, VISION_ID).focus();
    await press(el, 'ArrowDown');
    expect(tabbable()).to.deep.equal(['1']);
    expect(focusedId(el)).to.equal('1');
  });

  it('draws a visible focus ring around the focused box, outside it', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    expect(el.shadowRoot!.querySelector('.ring')).to.equal(null);
    item(el, VISION_ID).focus();
    await press(el, 'ArrowDown');
    const ring = el.shadowRoot!.querySelector('.ring')!.getBoundingClientRect();
    const box = node(el, '1').querySelector('rect.frame')!.getBoundingClientRect();
    expect(ring.left).to.be.lessThan(box.left);
    expect(ring.right).to.be.greaterThan(box.right);
    expect(ring.top).to.be.lessThan(box.top);
    expect(ring.bottom).to.be.greaterThan(box.bottom);
    expect(contrast(getComputedStyle(el.shadowRoot!.querySelector('.ring')!).stroke, TREE_COLORS.background)).to.be.at.least(3);
  });
});

describe('<plan-tree>: keyboard', () => {
  beforeEach(() => clearPlanCache());

  it('walks the whole tree with the arrow keys, Home and End', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    const order = treeitems(el).map((i) => i.dataset.id);
    item(el, VISION_ID).focus();
    const visited = [focusedId(el)];
    for (let i = 1; i < order.length; i++) {
      await press(el, 'ArrowDown');
      visited.push(focusedId(el));
    }
    expect(visited).to.deep.equal(order);
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('3-3');
    await press(el, 'ArrowUp');
    expect(focusedId(el)).to.equal('3-2');
    await press(el, 'Home');
    expect(focusedId(el)).to.equal(VISION_ID);
    await press(el, 'End');
    expect(focusedId(el)).to.equal('3-3');
  });

  it('collapses and expands with Left and Right, moving to parent and first child', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    item(el, '2-3').focus();
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('2');
    await press(el, 'ArrowLeft');
    expect(item(el, '2').getAttribute('aria-expanded')).to.equal('false');
    expect(treeitems(el)).to.have.length(14);
    expect(item(el, '2-1')).to.equal(null);
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('3');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowRight');
    expect(item(el, '2').getAttribute('aria-expanded')).to.equal('true');
    expect(treeitems(el)).to.have.length(24);
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('2-1');
    expect(screenProblems(el)).to.deep.equal([]);
  });

  it('expands all siblings with *, and jumps by first letter', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram" expand-depth="1"></plan-tree>`);
    expect(treeitems(el)).to.have.length(4);
    item(el, '3').focus();
    await press(el, '*');
    expect(treeitems(el)).to.have.length(24);
    // Goals 1 and 2 opened above it: focus stays on goal 3, not on whatever took its place.
    expect(focusedId(el)).to.equal('3');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal(item(el, '3').getAttribute('aria-label'));
    const english = await draw(html`<div lang="en"><plan-tree src="/examples/english-sample.plan.json" layout="diagram"></plan-tree></div>`);
    item(english, VISION_ID).focus();
    await press(english, 'm');
    expect(focusedId(english)).to.equal('1-1');
  });

  it('fires plan-select with the node on Enter and Space', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    item(el, '1-2').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const enter = await oneEvent(el, 'plan-select');
    expect(enter.detail.id).to.equal('1-2');
    expect(enter.detail.node.title).to.equal('子ども・子育て支援の充実');
    await press(el, 'ArrowDown');
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const space = await oneEvent(el, 'plan-select');
    expect(space.detail.id).to.equal('1-3');
  });
});

describe('<plan-tree>: pointer', () => {
  beforeEach(async () => {
    clearPlanCache();
    await setViewport({ width: 1200, height: 900 });
  });

  const centre = (element: Element): [number, number] => {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const r = element.getBoundingClientRect();
    return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  };

  it('fires plan-select when a node is clicked', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    const target = node(el, '2-4').querySelector('rect')!;
    setTimeout(() => void sendMouse({ type: 'click', position: centre(target) }));
    const event = await oneEvent(el, 'plan-select');
    expect(event.detail).to.deep.include({ id: '2-4' });
    expect(event.detail.node.title).to.equal('見守り支援体制の整備');
    expect(focusedId(el)).to.equal('2-4');
  });

  it('highlights the hovered node’s path to the vision and shows its description', async () => {
    const el = await draw(html`<div lang="en"><plan-tree src="/examples/english-sample.plan.json" layout="diagram"></plan-tree></div>`);
    await sendMouse({ type: 'move', position: centre(node(el, '1-3').querySelector('rect')!) });
    await el.updateComplete;
    const onPath = drawnNodes(el)
      .filter((i) => i.classList.contains('on-path'))
      .map((i) => i.dataset.id);
    expect(onPath).to.deep.equal([VISION_ID, '1', '1-3']);
    expect([...el.shadowRoot!.querySelectorAll('[part~="link"].on-path')]).to.have.length(2);
    const callout = [...el.shadowRoot!.querySelectorAll('.callout text')].map((t) => t.textContent).join(' ');
    expect(callout).to.equal('School and college students volunteer alongside retired residents in gardens, libraries and repair cafés.');
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.callout')).to.equal(null);
  });

  it('collapses and expands a node from its control', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    await sendMouse({ type: 'click', position: centre(node(el, '1').querySelector('.toggle circle')!) });
    await el.updateComplete;
    expect(item(el, '1').getAttribute('aria-expanded')).to.equal('false');
    expect(treeitems(el)).to.have.length(17);
    await sendMouse({ type: 'click', position: centre(node(el, '1').querySelector('.toggle circle')!) });
    await el.updateComplete;
    expect(treeitems(el)).to.have.length(24);
  });
});

describe('<plan-tree>: narrow containers and attributes', () => {
  beforeEach(() => clearPlanCache());

  it('switches to an indented outline below 600 px of container width, and back', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI}></plan-tree>`, 360);
    await waitUntil(() => el.shadowRoot!.querySelector('ul[role="tree"]'), 'no outline at 360 px');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(treeitems(el)).to.have.length(24);
    expect(item(el, '2-1').getAttribute('aria-level')).to.equal('3');
    expect(item(el, '2-1').getBoundingClientRect().left).to.be.greaterThan(item(el, '2').getBoundingClientRect().left);
    // Readable on a phone: nothing wider than the container, text at least 12 px.
    for (const row of el.shadowRoot!.querySelectorAll('.row')) {
      expect(row.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(parseFloat(getComputedStyle(row.querySelector('.title')!).fontSize)).to.be.at.least(12);
    }
    el.parentElement!.style.width = '900px';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="diagram"] [role="tree"]'), 'no diagram at 900 px');
    expect(treeitems(el)).to.have.length(24);
  });

  it('walks the outline with the keyboard and fires plan-select', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="outline"></plan-tree>`, 360);
    item(el, VISION_ID).focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('1-1');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(item(el, '1').getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'plan-select');
    expect(event.detail.id).to.equal('1');
  });

  it('follows its lang attribute', async () => {
    const el = await draw(html`<plan-tree src="/examples/six-actor-bilingual.plan.json" layout="diagram" lang="ja"></plan-tree>`);
    expect(item(el, '1').getAttribute('aria-label')).to.equal('基本目標１ つながりを育む');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(item(el, '1').getAttribute('aria-label')).to.equal('Goal 1 Nurturing connections');
    expect([...el.shadowRoot!.querySelectorAll('.header text')].map((t) => t.textContent)).to.deep.equal(['Vision', 'Goal', 'Measure']);
    expect(screenProblems(el)).to.deep.equal([]);
  });

  it('draws again when moved to another place in the page', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    const other = document.createElement('div');
    other.style.width = '1000px';
    el.parentElement!.after(other);
    other.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg.band').length).to.be.at.least(1);
    expect(drawnNodes(el)).to.have.length(24);
    expect(screenProblems(el)).to.deep.equal([]);
    other.remove();
  });

  it('opens only expand-depth levels', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram" expand-depth="1"></plan-tree>`);
    expect(treeitems(el).map((i) => i.dataset.id)).to.deep.equal([VISION_ID, '1', '2', '3']);
    expect(
      treeitems(el)
        .slice(1)
        .map((i) => i.getAttribute('aria-expanded')),
    ).to.deep.equal(['false', 'false', 'false']);
    el.expandDepth = 0;
    await el.updateComplete;
    expect(treeitems(el).map((i) => i.dataset.id)).to.deep.equal([VISION_ID]);
    expect(item(el, VISION_ID).getAttribute('aria-expanded')).to.equal('false');
  });

  it('scales the drawing to its container within limits and scrolls a wide one', async () => {
    const el = await draw(html`<plan-tree src="/examples/deep-health-plan.plan.json" layout="diagram"></plan-tree>`, 800);
    const svg = el.shadowRoot!.querySelector('svg')!;
    const viewBoxWidth = svg.viewBox.baseVal.width;
    // Too wide to fit at a legible size: kept at 80 % and scrolled, not shrunk to fit.
    expect(Number(svg.getAttribute('width'))).to.equal(Math.round(viewBoxWidth * 0.8));
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="diagram"]')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
  });
});
