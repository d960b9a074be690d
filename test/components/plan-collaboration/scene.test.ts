import { expect } from '@open-wc/testing';
import { collaborationSceneOf, collaborationSVG } from '../../../src/components/plan-collaboration/file.js';
import { layoutCollaboration } from '../../../src/components/plan-collaboration/index.js';
import type { SceneItem, SceneText } from '../../../src/scene/types.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { baselineBelowMiddle } from '../../../src/text/index.js';

async function example(name: string): Promise<PlanDocument> {
  return (await (await fetch(`/examples/${name}.plan.json`)).json()) as PlanDocument;
}

function texts(items: readonly SceneItem[]): SceneText[] {
  return items.flatMap((item) => (item.type === 'text' ? [item] : item.type === 'group' ? texts(item.children) : []));
}

/** The file as a reader gets it, in this page: Chromium draws it as the file says. */
function mount(file: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  document.body.append(svg);
  return svg;
}

describe('the collaboration scene and its file', () => {
  it('places every line at the baseline the layout gave it, and the file never asks a reader for dominant-baseline', async () => {
    const plan = await example('six-actor-bilingual');
    const layout = layoutCollaboration(plan, { width: 360, lang: 'en' })!;
    const scene = collaborationSceneOf(plan, { width: 360, lang: 'en' })!;
    const baselines = new Set(
      [layout.title, layout.center, ...layout.actors.map((a) => a.label), ...layout.keywords.map((k) => k.label), ...layout.ring.map((s) => s.label)].flatMap(
        (label) => label?.lines.map((line) => `${line.x},${line.baseline}`) ?? [],
      ),
    );
    const lines = texts(scene.items).flatMap((text) => text.lines);
    expect(lines.length).to.be.greaterThan(40);
    // Every label line is where the layout put it; the rest are the badges' numbers.
    const numbers = lines.filter((line) => !baselines.has(`${line.x},${line.y}`));
    expect(
      numbers.every((line) => /^\d+$/.test(line.text)),
      numbers.map((l) => l.text).join(' '),
    ).to.equal(true);
    expect(collaborationSVG(plan, { width: 360, lang: 'en' })).not.to.contain('dominant-baseline');
  });

  it('sets each badge number in the middle of its badge, and each keyword in the middle of its box', async () => {
    const plan = await example('six-actor-bilingual');
    const svg = mount(collaborationSVG(plan, { width: 360, lang: 'en' }));
    try {
      let badges = 0;
      for (const group of svg.querySelectorAll('g')) {
        const circle = group.querySelector(':scope > circle');
        const number = group.querySelector(':scope > text');
        if (!circle || !number || !/^\d+$/.test(number.textContent ?? '')) continue;
        badges++;
        const box = (number as SVGTextElement).getBBox();
        const cy = Number(circle.getAttribute('cy'));
        // The glyph box (ascent to descent of the font) is centred on the circle, to a pixel.
        expect(Math.abs(box.y + box.height / 2 - cy), `badge ${number.textContent}`).to.be.below(1.01);
      }
      expect(badges).to.be.greaterThan(20);
    } finally {
      svg.remove();
    }
    const iwaki = mount(collaborationSVG(await example('iwaki-chiiki-fukushi')));
    try {
      const chips = [...iwaki.querySelectorAll('rect')].filter((r) => r.getAttribute('fill-opacity') === '0.88');
      expect(chips.length).to.be.greaterThan(10);
      for (const chip of chips) {
        const text = chip.nextElementSibling as SVGTextElement;
        const middle = Number(chip.getAttribute('y')) + Number(chip.getAttribute('height')) / 2;
        const box = text.getBBox();
        expect(Math.abs(box.y + box.height / 2 - middle), text.textContent ?? '').to.be.below(1.01);
      }
    } finally {
      iwaki.remove();
    }
  });

  it('draws heavier lines for a slide (presentation), the same shapes otherwise', async () => {
    const plan = await example('iwaki-chiiki-fukushi');
    const circles = (presentation: boolean) =>
      collaborationSceneOf(plan, { presentation })!
        .items.flatMap((item) => (item.type === 'group' && item.part === 'circles' ? item.children : []))
        .flatMap((actor) => (actor.type === 'group' ? actor.children : []));
    expect(circles(false).map((c) => (c.type === 'circle' ? c.strokeWidth : 0))).to.deep.equal([1.5, 1.5, 1.5, 1.5]);
    expect(circles(true).map((c) => (c.type === 'circle' ? c.strokeWidth : 0))).to.deep.equal([3, 3, 3, 3]);
    expect(circles(true).map((c) => (c.type === 'circle' ? [c.cx, c.cy, c.r] : []))).to.deep.equal(circles(false).map((c) => (c.type === 'circle' ? [c.cx, c.cy, c.r] : [])));
  });

  it('puts the baseline where Chromium put dominant-baseline central with the font stack', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('style', "font-family: 'Noto Sans CJK JP', sans-serif");
    document.body.append(svg);
    try {
      for (const size of [10, 12.65, 14, 16.1, 21, 33]) {
        const central = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        central.setAttribute('y', '100');
        central.setAttribute('font-size', String(size));
        central.setAttribute('dominant-baseline', 'central');
        central.textContent = '協働 12';
        const placed = central.cloneNode(true) as SVGTextElement;
        placed.removeAttribute('dominant-baseline');
        placed.setAttribute('y', String(100 + baselineBelowMiddle(size)));
        svg.append(central, placed);
        expect(Math.abs(placed.getBBox().y - central.getBBox().y), `${size} px`).to.be.below(0.51);
      }
    } finally {
      svg.remove();
    }
  });
});
