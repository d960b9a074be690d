import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PlanCollaboration, PlanGauge, PlanIndicators, PlanTree } from '../../src/index.js';
import { overlappingPairs, type Box } from '../../src/geometry/index.js';

type Drawn = PlanTree | PlanCollaboration | PlanIndicators | PlanGauge;

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';
const SAMPLE = '/examples/iwaki-sample-indicators.plan.json';

async function load(url: string): Promise<unknown> {
  return (await fetch(url)).json();
}

/** An element in a container of the given width, once it has drawn its plan. */
async function draw<T extends Drawn>(content: ReturnType<typeof html>, width = 1000): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${content}</div>`);
  const el = wrapper.firstElementChild as T;
  await waitUntil(() => el.shadowRoot?.querySelector('svg, [role="tree"], [part="error"], [part="message"]'), 'nothing was drawn', { timeout: 5000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/** Parses the file as an SVG document would be opened on its own (no page, no stylesheet). */
function parse(svgText: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the file is well-formed XML').to.equal(null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  return root;
}

/** Puts the file in a fresh document with no stylesheet, so that boxes can be measured as drawn. */
function mount(svgText: string): SVGSVGElement {
  const frame = parse(svgText);
  const host = document.createElement('div');
  document.body.append(host);
  const svg = document.importNode(frame, true);
  host.append(svg);
  return svg;
}

function box(element: SVGGraphicsElement): Box {
  const b = element.getBBox();
  return { x: b.x, y: b.y, width: b.width, height: b.height };
}

describe('toSVG()', () => {
  it('writes the tree as a standalone file: size, title, description, font stack, no stylesheet', async () => {
    const el = await draw<PlanTree>(html`<plan-tree src=${IWAKI}></plan-tree>`);
    const text = await el.toSVG();
    const root = parse(text);
    const vb = el.treeLayout!.viewBox;
    expect(root.getAttribute('viewBox')).to.equal(`${vb.x} ${vb.y} ${vb.width} ${vb.height}`);
    expect(root.getAttribute('width')).to.equal(String(vb.width));
    expect(root.querySelector('title')!.textContent).to.equal('いわき市地域福祉計画 体系図');
    expect(root.querySelector('desc')!.textContent).to.contain('施策 2-4 見守り支援体制の整備');
    expect(root.getAttribute('font-family')).to.contain('Noto Sans CJK JP');
    expect(text).not.to.match(/<style|class=|var\(--|tabindex|aria-level|data-id/);
    // One box per node, each with its text inside it.
    const svg = mount(text);
    const frames = [...svg.querySelectorAll('rect')].filter((r) => Number(r.getAttribute('width')) > 100 && r.getAttribute('stroke'));
    expect(frames.length).to.equal(24);
    for (const t of svg.querySelectorAll('text')) {
      const inside = frames.some((f) => {
        const a = t.getBoundingClientRect();
        const b = f.getBoundingClientRect();
        return a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
      });
      const heading = ['基本理念', '基本目標', '施策'].includes(t.textContent!) || /^〈.*〉$/.test(t.textContent!);
      expect(inside || heading, `"${t.textContent}" sticks out of its box`).to.equal(true);
    }
    svg.parentElement!.remove();
  });

  it('keeps the colours the page set with custom properties', async () => {
    const el = await draw<PlanTree>(html`<plan-tree src=${IWAKI}></plan-tree>`);
    el.style.setProperty('--plan-tree-goal-1-color', '#aa0011');
    const text = await el.toSVG();
    expect(text).to.contain('fill="#aa0011" stroke="#aa0011"');
    expect(text).not.to.contain('#1d5a9e');
  });

  it('leaves out hover and focus: the path highlight, the description callout, the focus ring, the toggles', async () => {
    const el = await draw<PlanTree>(html`<plan-tree src=${IWAKI}></plan-tree>`);
    const plain = await el.toSVG();
    const node = el.shadowRoot!.querySelector<SVGGElement>('[data-id="1-2"]')!;
    node.querySelector('rect')!.scrollIntoView({ block: 'center', inline: 'center' });
    const r = node.querySelector('rect')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => el.shadowRoot!.querySelector('.on-path'), 'hovering highlights the path');
    expect(el.shadowRoot!.querySelector('.toggle')).not.to.equal(null);
    expect(await el.toSVG()).to.equal(plain);
    expect(plain).not.to.contain('stroke-width="3"');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('exports the diagram when a narrow container shows the outline, and the outline stays', async () => {
    const el = await draw<PlanTree>(html`<plan-tree src=${IWAKI}></plan-tree>`, 400);
    expect(el.showsOutline).to.equal(true);
    const text = await el.toSVG();
    expect([...parse(text).querySelectorAll('text')].length).to.be.greaterThan(60);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="outline"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('writes the collaboration figure with its keywords not overlapping, in English with lang="en"', async () => {
    const el = await draw<PlanCollaboration>(html`<plan-collaboration lang="en" src="/examples/six-actor-bilingual.plan.json"></plan-collaboration>`);
    const text = await el.toSVG();
    const svg = mount(text);
    expect(svg.getAttribute('lang')).to.equal('en');
    expect(svg.querySelector('title')!.textContent).to.match(/ — Collaboration$/);
    const circles = svg.querySelectorAll('circle');
    expect(circles.length).to.be.at.least(6);
    const chips = [...svg.querySelectorAll('rect')].filter((r) => r.getAttribute('fill-opacity') === '0.88');
    expect(chips.length).to.be.greaterThan(5);
    expect(overlappingPairs(chips.map(box))).to.deep.equal([]);
    expect(svg.querySelector('desc')!.textContent).to.contain('\n');
    svg.parentElement!.remove();
  });

  it('composes the indicators as one SVG grid: summary, goal headings, a card per gauge, nothing overlapping', async () => {
    const plan = (await load(SAMPLE)) as { indicators: { name: string }[] };
    const el = await draw<PlanIndicators>(html`<plan-indicators today="2026-03-31" .plan=${plan}></plan-indicators>`);
    const text = await el.toSVG();
    const svg = mount(text);
    const texts = [...svg.querySelectorAll('text')];
    const drawn = texts.map((t) => t.textContent).join('');
    for (const indicator of plan.indicators) expect(drawn).to.contain(indicator.name.slice(0, 6));
    expect(svg.querySelector('title')!.textContent).to.equal('いわき市地域福祉計画 成果指標');
    expect(svg.querySelector('desc')!.textContent!.split('\n').length).to.equal(plan.indicators.length);
    // Every text inside the file's frame; card frames do not overlap.
    const frame = svg.getBoundingClientRect();
    for (const t of texts) {
      const b = t.getBoundingClientRect();
      expect(
        b.left >= frame.left - 0.5 && b.top >= frame.top - 0.5 && b.right <= frame.right + 0.5 && b.bottom <= frame.bottom + 0.5,
        `"${t.textContent}" is outside the picture`,
      ).to.equal(true);
    }
    const cards = [...svg.querySelectorAll('rect[rx="8"]')].map((r) => (r as SVGRectElement).getBoundingClientRect());
    expect(cards.length).to.equal(plan.indicators.length);
    expect(overlappingPairs(cards.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })))).to.deep.equal([]);
    svg.parentElement!.remove();
  });

  it('throws a clear error when there is nothing to draw', async () => {
    const el = await draw<PlanTree>(html`<plan-tree src="/examples/broken/duplicate-id.broken.json"></plan-tree>`);
    expect(
      await el.toSVG().then(
        () => 'no error',
        (error: Error) => error.message,
      ),
    ).to.match(/書き出せる図がありません/);
    const gauge = await draw<PlanGauge>(html`<plan-gauge lang="en" indicator="nope" src=${SAMPLE}></plan-gauge>`);
    expect(
      await gauge.toSVG().then(
        () => 'no error',
        (error: Error) => error.message,
      ),
    ).to.match(/no drawing to export/);
  });
});

describe('toPNG()', () => {
  it('draws the SVG at twice its size by default, and at the scale asked for', async () => {
    const el = await draw<PlanTree>(html`<plan-tree src=${IWAKI}></plan-tree>`);
    const vb = el.treeLayout!.viewBox;
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
    const image = await createImageBitmap(blob);
    expect([image.width, image.height]).to.deep.equal([Math.round(vb.width * 2), Math.round(vb.height * 2)]);
    const one = await createImageBitmap(await el.toPNG({ scale: 1 }));
    expect(one.width).to.equal(Math.round(vb.width));
    // Not blank: the vision's dark box is there.
    const canvas = new OffscreenCanvas(one.width, one.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(one, 0, 0);
    const vision = el.treeLayout!.nodes[0]!.box;
    const [r, g, b] = context.getImageData(Math.round(vision.x + 6 - vb.x), Math.round(vision.y + vision.height / 2 - vb.y), 1, 1).data;
    expect([r, g, b]).to.deep.equal([0x23, 0x34, 0x4d]);
  });

  it('rejects with a reason, rather than hanging, on a page whose policy forbids blob: images', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="img-src 'self'"><script type="module" src="/src/index.ts"></script></head><body><plan-tree layout="diagram" src="${IWAKI}"></plan-tree></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const el = doc.querySelector('plan-tree') as PlanTree;
    await waitUntil(() => el.shadowRoot?.querySelector('svg'), 'the tree was not drawn', { timeout: 5000 });
    expect(await el.toSVG()).to.contain('<svg');
    let error: unknown;
    try {
      await el.toPNG();
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('Content Security Policy');
    frame.remove();
  });
});
