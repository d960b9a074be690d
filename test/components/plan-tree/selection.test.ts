import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/plan-tree/index.js';
import { VISION_ID, type PlanTree } from '../../../src/components/plan-tree/index.js';
import { clearPlanCache } from '../../../src/core/index.js';
import { drawTree as draw, generatePlan, TREE_COLORS, TREE_COLORS_DARK, TREE_GOAL_PALETTE, TREE_GOAL_PALETTE_DARK } from './helpers.js';

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';

const item = (el: PlanTree, id: string) => el.shadowRoot!.querySelector<SVGGElement | HTMLLIElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`)!;
const node = (el: PlanTree, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`svg [part~="node"][data-id="${CSS.escape(id)}"]`)!;
const selectedItems = (el: PlanTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"][aria-selected="true"]')].map((i) => i.dataset.id);
const onPath = (el: PlanTree) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [part~="node"].on-path')].map((g) => g.dataset.id);
const strokeWidth = (el: Element) => parseFloat(getComputedStyle(el).strokeWidth);

async function press(el: PlanTree, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Lets the outline's stroke-width transition finish. */
const transitions = () => new Promise((resolve) => setTimeout(resolve, 250));

function centre(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const r = element.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

describe('<plan-tree>: the selected node', () => {
  beforeEach(async () => {
    clearPlanCache();
    await setViewport({ width: 1200, height: 900 });
  });

  it('marks a clicked measure: aria-selected, a heavier outline, a tick on its corner and its path to the vision', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    expect(selectedItems(el)).to.deep.equal([]);
    const plain = strokeWidth(node(el, '2-5').querySelector('rect.frame')!);
    await sendMouse({ type: 'click', position: centre(node(el, '2-4').querySelector('rect')!) });
    await el.updateComplete;
    await sendMouse({ type: 'move', position: [1, 1] });
    await el.updateComplete;
    expect(el.selected).to.equal('2-4');
    expect(el.getAttribute('selected')).to.equal('2-4');
    expect(selectedItems(el)).to.deep.equal(['2-4']);
    const frame = node(el, '2-4').querySelector('rect.frame')!;
    await transitions();
    expect(strokeWidth(frame)).to.be.at.least(plain + 2);
    // The marker sits on the box's top-left corner, where no other box is.
    const marker = el.shadowRoot!.querySelector('.selection-marker circle')!.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    expect(marker.left + marker.width / 2).to.be.closeTo(box.left, 1.5);
    expect(marker.top + marker.height / 2).to.be.closeTo(box.top, 1.5);
    expect(onPath(el)).to.deep.equal([VISION_ID, '2', '2-4']);
    await expect(el).to.be.accessible();
  });

  it('choosing the selected node again clears the selection (plan-deselect)', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram" selected="2-4"></plan-tree>`);
    expect(selectedItems(el)).to.deep.equal(['2-4']);
    setTimeout(() => void sendMouse({ type: 'click', position: centre(node(el, '2-4').querySelector('rect')!) }));
    await oneEvent(el, 'plan-deselect');
    await sendMouse({ type: 'move', position: [1, 1] });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(selectedItems(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.selection-marker')).to.equal(null);
    expect(node(el, '2-4').classList.contains('selected')).to.equal(false);
    // Focus stays on the node (its path shows while it has focus); once it leaves, nothing is marked.
    (el.shadowRoot!.activeElement as HTMLElement | SVGElement | null)?.blur();
    await el.updateComplete;
    expect(onPath(el)).to.deep.equal([]);
  });

  it('Enter selects, Escape clears; Escape without a selection does nothing', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram"></plan-tree>`);
    let deselected = 0;
    el.addEventListener('plan-deselect', () => deselected++);
    item(el, VISION_ID).focus();
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.selected).to.equal('1');
    expect(selectedItems(el)).to.deep.equal(['1']);
    await press(el, 'Escape');
    expect(el.selected).to.equal(undefined);
    expect(selectedItems(el)).to.deep.equal([]);
    expect(deselected).to.equal(1);
    await press(el, 'Escape');
    expect(deselected).to.equal(1);
  });

  it('follows a selection set from outside, and marks it in the outline too', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="outline"></plan-tree>`);
    el.selected = '3-2';
    await el.updateComplete;
    expect(selectedItems(el)).to.deep.equal(['3-2']);
    expect(item(el, '3-2').querySelector('.selection-marker')).to.not.equal(null);
    expect(getComputedStyle(item(el, '3-2').querySelector('.row')!).boxShadow).to.not.equal('none');
    await expect(el).to.be.accessible();
    el.removeAttribute('selected');
    await el.updateComplete;
    expect(selectedItems(el)).to.deep.equal([]);
  });

  it('stays marked in forced colours, in the system highlight', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} layout="diagram" selected="1-2"></plan-tree>`);
    await emulateMedia({ forcedColors: 'active' });
    try {
      const frame = node(el, '1-2').querySelector('rect.frame')!;
      const other = node(el, '1-3').querySelector('rect.frame')!;
      await transitions();
      expect(getComputedStyle(frame).stroke).to.not.equal(getComputedStyle(other).stroke);
      expect(strokeWidth(frame)).to.be.greaterThan(strokeWidth(other));
      expect(getComputedStyle(el.shadowRoot!.querySelector('.selection-marker circle')!).fill).to.not.equal(getComputedStyle(other).fill);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('<plan-tree>: presentation', () => {
  beforeEach(async () => {
    clearPlanCache();
    await setViewport({ width: 1400, height: 900 });
  });

  it('fits the whole diagram into a 1280 × 720 box, centred, with heavier lines', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} presentation orientation="vertical"></plan-tree>`, 'width: 1280px; height: 720px');
    const host = el.getBoundingClientRect();
    expect([host.width, host.height]).to.deep.equal([1280, 720]);
    expect(el.showsOutline).to.equal(false);
    const frames = [...el.shadowRoot!.querySelectorAll('svg [part~="node"] rect.frame')].map((r) => r.getBoundingClientRect());
    expect(frames).to.have.length(24);
    const left = Math.min(...frames.map((f) => f.left));
    const right = Math.max(...frames.map((f) => f.right));
    const top = Math.min(...frames.map((f) => f.top));
    const bottom = Math.max(...frames.map((f) => f.bottom));
    for (const [edge, inside] of [
      [left, left >= host.left],
      [right, right <= host.right],
      [top, top >= host.top],
      [bottom, bottom <= host.bottom],
    ] as const) {
      expect(inside, `edge ${edge} inside ${JSON.stringify(host)}`).to.equal(true);
    }
    // Fitted: it touches the box top and bottom (or both sides), and is centred across.
    expect(Math.min(top - host.top + host.bottom - bottom, left - host.left + host.right - right)).to.be.below(40);
    expect(left - host.left - (host.right - right)).to.be.closeTo(0, 30);
    const plain = await draw(html`<plan-tree src=${IWAKI} orientation="vertical"></plan-tree>`, 'width: 1280px');
    const ratio = (tree: PlanTree) => strokeWidth(tree.shadowRoot!.querySelector('rect.frame')!);
    expect(ratio(el)).to.be.greaterThan(ratio(plain));
    await expect(el).to.be.accessible();
  });

  it('never switches to the outline, and takes 16:9 of its width when the container has no height', async () => {
    const el = await draw(html`<plan-tree src=${IWAKI} presentation></plan-tree>`, 'width: 480px');
    expect(el.showsOutline).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="outline"]')).to.equal(null);
    const host = el.getBoundingClientRect();
    expect(host.height).to.be.closeTo((480 * 9) / 16, 1);
    const drawn = el.shadowRoot!.querySelector('svg.band')!.getBoundingClientRect();
    expect(drawn.height).to.be.at.most(host.height + 0.5);
    expect(drawn.width).to.be.at.most(host.width + 0.5);
  });
});

describe('<plan-tree>: dark mode', () => {
  beforeEach(() => clearPlanCache());

  it('meets 4.5:1 for every dark default text colour on its background', () => {
    const d = TREE_COLORS_DARK;
    const pairs: [string, string, string][] = [
      ['vision', d.visionText, d.vision],
      ['pending', d.pendingText, d.pending],
      ['heading', d.text, d.background],
    ];
    TREE_GOAL_PALETTE_DARK.forEach(({ color, tint }, i) => {
      pairs.push([`goal ${i + 1}`, d.goalText, color], [`measure ${i + 1}`, d.text, tint], [`label ${i + 1}`, color, tint], [`group ${i + 1}`, color, d.background]);
    });
    for (const [what, text, background] of pairs) expect(contrast(text, background), what).to.be.at.least(4.5);
    expect(TREE_GOAL_PALETTE_DARK).to.have.length(TREE_GOAL_PALETTE.length);
    expect(Object.keys(TREE_COLORS_DARK).sort()).to.deep.equal(Object.keys(TREE_COLORS).sort());
    // The focus ring and the connectors stand out from the dark page (non-text contrast).
    expect(contrast(d.focus, d.background)).to.be.at.least(3);
    expect(contrast(d.link, d.background)).to.be.at.least(3);
  });

  it('draws every box’s text at 4.5:1 or more in dark mode, as computed on screen', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const plan = generatePlan(7, { goals: 7, depth: 3, children: () => [1, 2] });
      const el = await draw(html`<plan-tree .plan=${plan} layout="diagram" selected="1"></plan-tree>`, 'width: 1200px');
      expect(hex(getComputedStyle(el.shadowRoot!.querySelector('.scroller')!).backgroundColor)).to.equal(TREE_COLORS_DARK.background);
      let checked = 0;
      for (const g of el.shadowRoot!.querySelectorAll<SVGGElement>('svg [part~="node"]')) {
        const background = hex(getComputedStyle(g.querySelector('rect.frame')!).fill);
        for (const text of g.querySelectorAll('text')) {
          expect(contrast(hex(getComputedStyle(text).fill), background), `${g.dataset.id} "${text.textContent}"`).to.be.at.least(4.5);
          checked++;
        }
      }
      expect(checked).to.be.greaterThan(20);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

function hex(color: string): string {
  const m = color.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  return m
    ? `#${m
        .slice(1, 4)
        .map((v) => Number(v).toString(16).padStart(2, '0'))
        .join('')}`
    : color;
}

function luminance(color: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
