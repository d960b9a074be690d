import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanCollaboration, PlanIndicators, PlanTree } from '../../src/index.js';
import { TREE_COLORS, TREE_COLORS_DARK } from '../components/plan-tree/helpers.js';

/**
 * The colour scheme: an element follows the reader's preference, unless the page fixes it with
 * `color-scheme` (a city site with no dark mode keeps its figures light); an exported file is
 * light unless the element is fixed dark.
 */

const IWAKI = '/examples/iwaki-sample-indicators.plan.json';
let plan: unknown;

before(async () => {
  plan = await (await fetch(IWAKI)).json();
});

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
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

async function tree(scheme?: 'light' | 'dark'): Promise<PlanTree> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><plan-tree layout="diagram" color-scheme=${scheme ?? ''} .plan=${plan}></plan-tree></div>`);
  const el = wrapper.firstElementChild as PlanTree;
  if (!scheme) el.removeAttribute('color-scheme');
  await waitUntil(() => el.shadowRoot?.querySelector('svg [part~="node"]'), 'the tree was not drawn');
  await el.updateComplete;
  return el;
}

/** The fill of the vision's box as drawn, and the colour of the element's text. */
function colours(el: PlanTree): { vision: string; text: string } {
  const frame = el.shadowRoot!.querySelector('svg [part~="node"].depth-0 rect.frame, svg [part~="node"] rect.frame')!;
  return { vision: hex(getComputedStyle(frame).fill), text: hex(getComputedStyle(el).color) };
}

describe('color-scheme', () => {
  it('follows the reader: dark colours when the reader prefers dark and nothing is set', async () => {
    const el = await tree();
    expect(colours(el).vision).to.equal(TREE_COLORS.vision);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(el).vision).to.equal(TREE_COLORS_DARK.vision);
    expect(colours(el).text).to.equal('#e6e8eb');
  });

  it('color-scheme="light" keeps the light colours for a reader who prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await tree('light');
    expect(colours(el).vision).to.equal(TREE_COLORS.vision);
    expect(colours(el).text).to.equal('#1b1b1b');
    expect(hex(getComputedStyle(el).backgroundColor), 'no dark box on a light page').to.not.equal(TREE_COLORS_DARK.background);
    await expect(el).to.be.accessible();
  });

  it('color-scheme="dark" draws the dark colours for a reader who prefers light, and reflects the property', async () => {
    const el = await tree('dark');
    expect(colours(el).vision).to.equal(TREE_COLORS_DARK.vision);
    expect(el.colorScheme).to.equal('dark');
    el.colorScheme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('color-scheme')).to.equal('light');
    expect(colours(el).vision).to.equal(TREE_COLORS.vision);
  });

  it('every element honours it (collaboration text, indicator cells)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
      <plan-collaboration .plan=${plan}></plan-collaboration>
      <plan-collaboration color-scheme="light" .plan=${plan}></plan-collaboration>
      <plan-indicators .plan=${plan}></plan-indicators>
      <plan-indicators color-scheme="light" .plan=${plan}></plan-indicators>
    </div>`);
    const [darkCollab, lightCollab, darkIndicators, lightIndicators] = [...wrapper.children] as [PlanCollaboration, PlanCollaboration, PlanIndicators, PlanIndicators];
    for (const el of [darkCollab, lightCollab, darkIndicators, lightIndicators]) await waitUntil(() => el.shadowRoot?.querySelector('svg'), `${el.localName} was not drawn`);
    expect(hex(getComputedStyle(darkCollab).backgroundColor)).to.equal('#17191c');
    expect(hex(getComputedStyle(lightCollab).backgroundColor)).to.not.equal('#17191c');
    expect(hex(getComputedStyle(lightIndicators).color)).to.equal('#1b1b1b');
    expect(hex(getComputedStyle(darkIndicators).color)).to.equal('#e6e8eb');
  });

  it('toSVG() on a dark screen exports the light colours, and leaves the element as it was', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await tree();
    const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const fills = [...file.querySelectorAll('rect')].map((rect) => (rect.getAttribute('fill') ?? '').toLowerCase());
    expect(fills, 'the vision box in its light colour').to.include(TREE_COLORS.vision);
    expect(fills).to.not.include(TREE_COLORS_DARK.vision);
    expect(el.hasAttribute('color-scheme'), 'the attribute is removed again').to.equal(false);
    await el.updateComplete;
    expect(colours(el).vision, 'the page still shows the dark colours').to.equal(TREE_COLORS_DARK.vision);
  });

  it('toSVG() of an element fixed dark exports the dark colours', async () => {
    const el = await tree('dark');
    const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const fills = [...file.querySelectorAll('rect')].map((rect) => (rect.getAttribute('fill') ?? '').toLowerCase());
    expect(fills).to.include(TREE_COLORS_DARK.vision);
    expect(el.getAttribute('color-scheme')).to.equal('dark');
  });
});
