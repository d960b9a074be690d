// Keyboard only, as a person without a mouse meets the page: Tab in from a control before the
// element, walk with the keys the element announces, choose with Enter, Tab out again. The
// Iwaki tree (diagram and outline, starting collapsed) and the collaboration figure.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearPlanCache } from '../../src/core/index.js';
import type { PlanSelectDetail } from '../../src/core/index.js';
import type { PlanDocument, PlanNode } from '../../src/schema/index.js';

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';

type Viz = HTMLElement & { updateComplete: Promise<boolean> };

async function iwaki(): Promise<PlanDocument> {
  return (await (await fetch(IWAKI)).json()) as PlanDocument;
}

/** Every node id of the plan, in reading order, with the vision first. */
function allIds(plan: PlanDocument): string[] {
  const out = ['#vision'];
  const walk = (nodes: PlanNode[]) => {
    for (const n of nodes) {
      out.push(n.id);
      walk(n.children ?? []);
    }
  };
  walk(plan.goals);
  return out;
}

/** A button, the element, a button: the page around the element, for Tab in and Tab out. */
async function page(content: ReturnType<typeof html>, width: number): Promise<{ el: Viz; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><button id="before">前</button>${content}<button id="after">後</button></div>`);
  const el = wrapper.querySelector<Viz>('plan-tree, plan-collaboration')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[role="tree"], svg [part~="keyword"]'), 'not drawn', { timeout: 8000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return { el, before: wrapper.querySelector<HTMLButtonElement>('#before')!, after: wrapper.querySelector<HTMLButtonElement>('#after')! };
}

async function press(el: Viz, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The element inside `el` that has focus (through its shadow root). */
const focused = (el: Viz): Element | null => el.shadowRoot!.activeElement;

/** True when the focused treeitem shows a focus indicator a sighted keyboard user can see. */
function focusShown(el: Viz, item: Element): string | null {
  const root = el.shadowRoot!;
  const itemBox = item.getBoundingClientRect();
  const ring = root.querySelector('.ring');
  if (ring) {
    const r = ring.getBoundingClientRect();
    const style = getComputedStyle(ring);
    if (style.stroke === 'none' || style.visibility === 'hidden' || Number(style.strokeWidth.replace('px', '')) < 2) return 'the focus ring is not drawn';
    // The ring surrounds the focused box.
    if (!(r.left <= itemBox.left + 1 && r.right >= itemBox.right - 1 && r.top <= itemBox.top + 1 && r.bottom >= itemBox.bottom - 1))
      return `the ring (${r.left},${r.top}) is not around the focused node (${itemBox.left},${itemBox.top})`;
    return null;
  }
  // The outline: a CSS outline on the row.
  const row = item.querySelector(':scope > .row') ?? item;
  const style = getComputedStyle(row);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 'no focus outline on the row';
  return null;
}

/** The visible part of the element: the focused item must be scrolled into it. */
function inView(el: Viz, item: Element): boolean {
  const r = item.getBoundingClientRect();
  const scroller = el.shadowRoot!.querySelector('.scroller') ?? el;
  const view = scroller.getBoundingClientRect();
  return r.right > view.left && r.left < view.right && r.bottom > Math.max(0, view.top) - 1 && r.top < Math.min(window.innerHeight, view.bottom) + 1;
}

describe('keyboard only: the Iwaki tree', function () {
  this.timeout(60_000);
  beforeEach(() => clearPlanCache());

  for (const mode of ['diagram', 'outline'] as const) {
    it(`${mode}: Tab in, open and visit every node with the arrow keys, choose with Enter, Tab out`, async () => {
      const plan = await iwaki();
      const expected = allIds(plan);
      const { el, before, after } = await page(html`<plan-tree src=${IWAKI} layout=${mode} expand-depth="0"></plan-tree>`, mode === 'diagram' ? 1100 : 480);
      before.focus();
      await press(el, 'Tab');
      const start = focused(el);
      expect(start?.getAttribute('role'), 'Tab lands on a treeitem').to.equal('treeitem');
      expect(start?.getAttribute('data-id')).to.equal('#vision');

      // Right opens a closed node, then goes to its first child; Down goes on; at the end of a
      // branch Down reaches the next one. Every node is met, with focus shown and scrolled to.
      const visited: string[] = [];
      const problems: string[] = [];
      for (let step = 0; step < 400; step++) {
        const item = focused(el)!;
        const id = item.getAttribute('data-id')!;
        if (!visited.includes(id)) {
          visited.push(id);
          const shown = focusShown(el, item);
          if (shown) problems.push(`${id}: ${shown}`);
          if (!inView(el, item)) problems.push(`${id}: focused but scrolled out of view`);
        }
        if (item.getAttribute('aria-expanded') === 'false') {
          await press(el, 'ArrowRight');
          expect(focused(el)!.getAttribute('aria-expanded'), `Right opens ${id}`).to.equal('true');
          continue;
        }
        await press(el, 'ArrowDown');
        if (focused(el)!.getAttribute('data-id') === id) break;
      }
      expect(visited, 'every node, in reading order').to.deep.equal(expected);
      expect(problems).to.deep.equal([]);

      // Home, choose a measure by keyboard, and leave the tree with one Tab.
      await press(el, 'Home');
      expect(focused(el)!.getAttribute('data-id')).to.equal('#vision');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowRight');
      const measure = focused(el)!.getAttribute('data-id')!;
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const selected = (await oneEvent(el, 'plan-select')) as CustomEvent<PlanSelectDetail>;
      expect(selected.detail.id).to.equal(measure);
      expect(selected.detail.node.title).to.equal(plan.goals[0]!.children![0]!.title);
      await press(el, 'Tab');
      expect(document.activeElement, 'one Tab leaves the tree').to.equal(after);
      // Shift+Tab comes back to the node last focused.
      await press(el, 'Shift+Tab');
      expect(focused(el)?.getAttribute('data-id')).to.equal(measure);
    });
  }
});

describe('keyboard only: the Iwaki collaboration figure', function () {
  this.timeout(60_000);
  beforeEach(() => clearPlanCache());

  it('Tab reaches every keyword that links to a measure, with a visible ring; Enter and Space choose it', async () => {
    const plan = await iwaki();
    const linked = (plan.collaboration?.keywords ?? []).filter((k) => k.node !== undefined);
    expect(linked.length, 'the Iwaki figure has keywords linked to measures').to.be.greaterThan(0);
    const { el, before, after } = await page(html`<plan-collaboration src=${IWAKI}></plan-collaboration>`, 800);
    before.focus();
    const reached: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 100; i++) {
      await press(el, 'Tab');
      if (document.activeElement === after) break;
      const item = focused(el);
      expect(item, 'Tab stays in the figure until it leaves it').to.not.equal(null);
      expect(item!.getAttribute('role')).to.equal('button');
      reached.push(item!.getAttribute('aria-label') ?? '');
      const ring = item!.querySelector('.focus-ring');
      const style = ring ? getComputedStyle(ring) : undefined;
      if (!ring || !style || style.stroke === 'none' || parseFloat(style.strokeWidth) < 2) problems.push(`${item!.getAttribute('aria-label')}: no visible focus ring`);
      else {
        const r = ring.getBoundingClientRect();
        const chip = (item!.querySelector('rect.chip') ?? item!.querySelector('text'))!.getBoundingClientRect();
        if (!(r.left <= chip.left && r.right >= chip.right && r.top <= chip.top && r.bottom >= chip.bottom))
          problems.push(`${item!.getAttribute('aria-label')}: the ring is not around the keyword`);
      }
    }
    expect(document.activeElement, 'Tab leaves the figure at the end').to.equal(after);
    expect(problems).to.deep.equal([]);
    expect(reached, 'one Tab stop per linked keyword').to.have.length(linked.length);
    // Each is named by its text and the measure it links to.
    const titleOf = (id: string) => {
      const stack = [...plan.goals];
      for (let n = stack.pop(); n; n = stack.pop()) {
        if (n.id === id) return typeof n.title === 'string' ? n.title : Object.values(n.title)[0]!;
        stack.push(...(n.children ?? []));
      }
      return '';
    };
    linked.forEach((keyword, i) => {
      const text = typeof keyword.text === 'string' ? keyword.text : Object.values(keyword.text)[0]!;
      expect(
        reached.some((name) => name.startsWith(text) && name.includes(titleOf(keyword.node!))),
        `keyword ${i} "${text}"`,
      ).to.equal(true);
    });

    // Back with Shift+Tab to the last keyword; Enter and Space fire plan-select with its measure.
    await press(el, 'Shift+Tab');
    for (const key of ['Enter', ' ']) {
      const label = focused(el)!.getAttribute('aria-label')!;
      setTimeout(() => void sendKeys({ press: key === ' ' ? 'Space' : key }));
      const event = (await oneEvent(el, 'plan-select')) as CustomEvent<PlanSelectDetail>;
      expect(label).to.include(typeof event.detail.node.title === 'string' ? event.detail.node.title : Object.values(event.detail.node.title)[0]!);
      expect(linked.map((k) => k.node)).to.include(event.detail.id);
      await el.updateComplete;
    }
  });
});
