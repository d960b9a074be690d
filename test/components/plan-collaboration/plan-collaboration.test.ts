import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/plan-collaboration/index.js';
import { COLLABORATION_ACTOR_COLORS, COLLABORATION_COLORS, COLLABORATION_FILL_OPACITY, type PlanCollaboration } from '../../../src/components/plan-collaboration/index.js';
import { clearPlanCache } from '../../../src/core/index.js';
import { overlappingPairs, type Box } from '../../../src/geometry/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';
const SIX = '/examples/six-actor-bilingual.plan.json';

/** A <plan-collaboration> in a container of the given width and language, once its figure is drawn. */
async function draw(src: string, width = 800, lang = 'ja'): Promise<PlanCollaboration> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${`width: ${width}px`}><plan-collaboration src=${src}></plan-collaboration></div>`);
  const el = wrapper.querySelector('plan-collaboration')!;
  await waitUntil(() => el.shadowRoot?.querySelector('svg, [part="error"], [part="message"]'), 'the figure was not drawn', { timeout: 8000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGGraphicsElement>(selector)];

function toBox(r: DOMRect): Box {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/** The texts of each drawn label (keyword, actor name, centre, title, ring label), as a reader sees them. */
function drawnLabels(el: PlanCollaboration): { name: string; texts: SVGTextElement[] }[] {
  const groups = all(el, '[part~="keyword"], [part~="actor-name"], [part~="center"], [part~="title"]').map((g) => ({
    name: g.getAttribute('part') ?? '',
    texts: [...g.querySelectorAll('text')],
  }));
  const ring = all(el, '[part~="ring"] .ring-label').map((g) => ({ name: 'ring', texts: [...g.querySelectorAll('text')] }));
  const markers = all(el, '[part~="marker"], .key-badge').map((g) => ({ name: 'badge', texts: [...g.querySelectorAll('text')] }));
  return [...groups, ...ring, ...markers].filter((label) => label.texts.length > 0);
}

/** What a reader sees go wrong: one label's text on another's, or text outside the figure. */
function screenProblems(el: PlanCollaboration): string[] {
  const problems: string[] = [];
  const labels = drawnLabels(el);
  const boxes: Box[] = [];
  const owner: number[] = [];
  labels.forEach((label, i) => {
    for (const text of label.texts) {
      const r = text.getBoundingClientRect();
      if (r.width === 0 && text.textContent !== '') problems.push(`"${text.textContent}" is not drawn`);
      boxes.push(toBox(r));
      owner.push(i);
    }
  });
  for (const [a, b] of overlappingPairs(boxes)) {
    if (owner[a] !== owner[b])
      problems.push(`"${labels[owner[a]!]!.texts.map((t) => t.textContent).join('')}" overlaps "${labels[owner[b]!]!.texts.map((t) => t.textContent).join('')}"`);
  }
  const chips = all(el, 'rect.chip').map((r) => toBox(r.getBoundingClientRect()));
  for (const [a, b] of overlappingPairs(chips)) problems.push(`keyword boxes ${a} and ${b} overlap`);
  const figure = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
  for (const box of boxes) {
    if (box.x < figure.left - 0.5 || box.y < figure.top - 0.5 || box.x + box.width > figure.right + 0.5 || box.y + box.height > figure.bottom + 0.5)
      problems.push(`text at ${box.x.toFixed(0)},${box.y.toFixed(0)} leaves the figure`);
  }
  return problems;
}

/** Every keyword of the plan, as the text drawn in the figure or in its key. */
function drawnKeywords(el: PlanCollaboration): string[] {
  return all(el, '[part~="keyword"]:not(.key-entry)').map((g) =>
    [...g.querySelectorAll('text')]
      .filter((t) => !t.closest('.badge'))
      .map((t) => t.textContent)
      .join(''),
  );
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

async function plan(src: string): Promise<PlanDocument> {
  return (await (await fetch(src)).json()) as PlanDocument;
}

describe('<plan-collaboration>: the Iwaki figure', () => {
  beforeEach(() => clearPlanCache());

  it('draws the four actors, the sixteen keywords around them, the centre, the title and the ring, nothing overlapping', async () => {
    const el = await draw(IWAKI);
    expect(all(el, '[part~="actor"] circle')).to.have.length(4);
    expect(all(el, '[part~="actor-name"]').map((g) => g.textContent?.trim())).to.deep.equal(['個人', '地域', '行政', 'ボランティア']);
    const keywords = (await plan(IWAKI)).collaboration!.keywords!.map((k) => k.text as string);
    expect(drawnKeywords(el).map(squash).sort()).to.deep.equal(keywords.map(squash).sort());
    expect(el.shadowRoot!.querySelector('[part~="center"]')!.textContent!.trim()).to.equal('協働');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('地域福祉の実現');
    expect(all(el, '[part~="ring"] path')).to.have.length(3);
    expect(all(el, '[part~="ring"] .ring-label').map((t) => t.textContent)).to.deep.equal(['社会', '地域', '暮らし']);
    expect(screenProblems(el)).to.deep.equal([]);
    // Around the circles: no keyword is drawn inside one.
    const circles = all(el, '[part~="actor"] circle').map((c) => c.getBoundingClientRect());
    for (const chip of all(el, 'rect.chip')) {
      const r = chip.getBoundingClientRect();
      for (const c of circles) {
        const cx = c.left + c.width / 2;
        const cy = c.top + c.height / 2;
        const near = Math.hypot(Math.max(r.left - cx, 0, cx - r.right), Math.max(r.top - cy, 0, cy - r.bottom));
        expect(near).to.be.at.least(c.width / 2 - 0.5);
      }
    }
  });

  it('is accessible: a named figure and a list a screen reader can walk', async () => {
    const el = await draw(IWAKI);
    await expect(el).to.be.accessible();
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('aria-label')).to.equal('地域福祉の実現（協働の図）');
    const list = el.shadowRoot!.querySelector('.visually-hidden')!;
    expect(list.querySelector('p')!.textContent).to.contain('個人・地域・行政・ボランティア');
    const items = [...list.querySelectorAll(':scope > ul > li')];
    expect(items.map((li) => li.firstElementChild?.textContent?.trim() ?? '')).to.include.members(['個人', '地域', '行政', 'ボランティア']);
    const around = items.find((li) => li.textContent!.includes('取り巻く課題'))!;
    expect(around.querySelectorAll('li')).to.have.length(16);
    expect(around.textContent).to.contain('見守り（関連：');
    expect(list.textContent).to.contain('外側の輪：社会、地域、暮らし');
  });

  it('fires plan-select with the node of a linked keyword on click, Enter and Space', async () => {
    const el = await draw(IWAKI);
    const linked = all(el, '[part~="keyword"][role="button"]');
    expect(linked.length).to.equal(7);
    const watch = linked.find((g) => g.getAttribute('aria-label')!.startsWith('見守り'))!;
    expect(watch.getAttribute('tabindex')).to.equal('0');
    setTimeout(() => watch.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const clicked = await oneEvent(el, 'plan-select');
    expect(clicked.detail.id).to.equal('2-4');
    expect(clicked.detail.node.id).to.equal('2-4');
    watch.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'plan-select')).detail.id).to.equal('2-4');
    setTimeout(() => sendKeys({ press: 'Space' }));
    expect((await oneEvent(el, 'plan-select')).detail.id).to.equal('2-4');
    // Non-linked keywords are not in the tab order.
    expect(all(el, '[part~="keyword"][tabindex]')).to.have.length(7);
  });

  it('marks the keyword of the selected node, whoever selected it', async () => {
    const el = await draw(IWAKI);
    el.selected = '2-8';
    await el.updateComplete;
    const current = all(el, '[part~="keyword"][aria-current="true"]');
    expect(current.map((g) => g.getAttribute('aria-label'))).to.deep.equal(['防犯（関連：防犯対策の充実）']);
    const watch = all(el, '[part~="keyword"][role="button"]').find((g) => g.getAttribute('aria-label')!.startsWith('見守り'))!;
    watch.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).to.equal('2-4');
    expect(watch.getAttribute('aria-current')).to.equal('true');
    expect(all(el, '[part~="keyword"][aria-current="true"]')).to.have.length(1);
  });
});

describe('<plan-collaboration>: six actors, 24 keywords, two languages side by side', () => {
  beforeEach(() => clearPlanCache());

  for (const lang of ['ja', 'en']) {
    it(`draws every actor and keyword in ${lang}, nothing overlapping, accessibly`, async () => {
      const el = await draw(SIX, 800, lang);
      const data = (await plan(SIX)).collaboration!;
      const names = [...all(el, '[part~="actor-name"]'), ...all(el, '.key-entry')].map((g) =>
        squash(
          [...g.querySelectorAll('text')]
            .filter((t) => !t.closest('.badge'))
            .map((t) => t.textContent)
            .join(''),
        ),
      );
      for (const actor of data.actors) expect(names).to.include(squash((actor.label as Record<string, string>)[lang]!));
      expect(drawnKeywords(el).map(squash).sort()).to.deep.equal(data.keywords!.map((k) => squash((k.text as Record<string, string>)[lang]!)).sort());
      expect(screenProblems(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('shows Japanese and English figures side by side, each in its own language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: flex; width: 1400px">
      <div lang="ja" style="width: 700px"><plan-collaboration src=${SIX}></plan-collaboration></div>
      <div lang="en" style="width: 700px"><plan-collaboration src=${SIX}></plan-collaboration></div>
    </div>`);
    const [ja, en] = [...wrapper.querySelectorAll('plan-collaboration')];
    for (const el of [ja!, en!]) await waitUntil(() => el.shadowRoot?.querySelector('svg'), 'not drawn', { timeout: 8000 });
    expect(ja!.shadowRoot!.querySelector('[part~="center"]')!.textContent).to.contain('協働');
    expect(squash(en!.shadowRoot!.querySelector('[part~="center"]')!.textContent!)).to.equal('Workingtogether');
    expect(ja!.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.equal('地域共生社会の実現（協働の図）');
    expect(en!.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.equal('Towards an inclusive community (who works together)');
    expect(screenProblems(ja!)).to.deep.equal([]);
    expect(screenProblems(en!)).to.deep.equal([]);
  });

  it('gives a screen reader each actor with its own keywords, then the shared ones', async () => {
    const el = await draw(SIX, 800, 'ja');
    const items = [...el.shadowRoot!.querySelectorAll('.visually-hidden > ul > li')];
    expect(items[0]!.firstElementChild!.textContent).to.equal('住民');
    expect([...items[0]!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['ひきこもり']);
    const pair = items.find((li) => li.textContent!.startsWith('住民・自治会・町内会が共に取り組むこと'))!;
    expect([...pair.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['ごみ出し支援']);
    const everyone = items.find((li) => li.textContent!.startsWith('全員が共に取り組むこと（協働）'))!;
    expect([...everyone.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['地域共生社会', '支え合い（関連：見守りネットワークの強化）']);
    expect(items.indexOf(everyone)).to.be.above(items.indexOf(pair));
    expect(items[items.length - 1]!.textContent).to.contain('取り巻く課題');
  });

  it('highlights an actor’s circle and its keywords while the pointer is over it', async () => {
    const el = await draw(SIX, 800, 'ja');
    const residents = el.shadowRoot!.querySelector<SVGGElement>('[part~="actor"][data-actor="residents"]')!;
    residents.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(residents.classList.contains('highlighted')).to.equal(true);
    expect(all(el, '[part~="actor"].highlighted')).to.have.length(1);
    const lit = all(el, '[part~="keyword"].highlighted').map((g) => squash(g.textContent ?? ''));
    expect(lit).to.include.members(['ひきこもり', 'ごみ出し支援', '相談支援', 'ヤングケアラー', '生活困窮', '地域共生社会']);
    expect(lit).not.to.include('防災訓練');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(getComputedStyle(residents.querySelector('circle')!).strokeWidth).to.equal('3px');
    residents.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(all(el, '.highlighted')).to.have.length(0);
  });
});

describe('<plan-collaboration>: containers and states', () => {
  beforeEach(() => clearPlanCache());

  it('fits a narrow container: the figure takes its width, labels that do not fit are numbered in a key', async () => {
    const el = await draw(SIX, 320, 'en');
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(svg.width).to.be.at.most(320);
    expect(el.collaborationLayout!.width).to.equal(320);
    expect(el.collaborationLayout!.fontSize).to.be.at.least(11.9);
    expect(all(el, '[part~="marker"]').length).to.be.above(0);
    expect(drawnKeywords(el)).to.have.length(24);
    expect(screenProblems(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lays the figure out again when the container narrows', async () => {
    const el = await draw(IWAKI, 800);
    expect(el.collaborationLayout!.width).to.equal(800);
    (el.parentElement as HTMLElement).style.width = '500px';
    await waitUntil(() => el.collaborationLayout?.width === 496, 'not laid out again', { timeout: 3000 });
    expect(screenProblems(el)).to.deep.equal([]);
  });

  it('says so when the plan has no collaboration', async () => {
    const data = await plan(IWAKI);
    delete data.collaboration;
    const el = await fixture<PlanCollaboration>(html`<plan-collaboration lang="en" .plan=${data}></plan-collaboration>`);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('This plan has no collaboration data to draw.');
    await expect(el).to.be.accessible();
  });

  it('shows the error panel for a plan whose keyword names an unknown actor', async () => {
    const el = await draw('/examples/broken/dangling-keyword-actor.broken.json');
    expect(el.shadowRoot!.querySelector('[part="error"][role="alert"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('stays legible in forced colours: outlines without fills, text in the system colour', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await draw(IWAKI);
      const circle = el.shadowRoot!.querySelector('[part~="actor"] circle')!;
      expect(getComputedStyle(circle).fill).to.equal('none');
      expect(getComputedStyle(circle).stroke).to.not.equal('none');
      const text = el.shadowRoot!.querySelector('[part~="keyword"]:not(.linked) text')!;
      expect(getComputedStyle(text).fill).to.equal(getComputedStyle(el.shadowRoot!.querySelector('[part~="center"] text')!).fill);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

function channel(value: number): number {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function rgb(color: string): [number, number, number] {
  const hex = color.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function over(top: [number, number, number], alpha: number, bottom: [number, number, number]): [number, number, number] {
  return top.map((v, i) => v * alpha + bottom[i]! * (1 - alpha)) as [number, number, number];
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const l = (c: [number, number, number]) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const [hi, lo] = [l(a), l(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<plan-collaboration>: default colours', () => {
  const c = COLLABORATION_COLORS;
  const white = rgb(c.background);
  /** Where all six circles overlap: the darkest background any label sits on. */
  const allSix = COLLABORATION_ACTOR_COLORS.reduce((under, color) => over(rgb(color), COLLABORATION_FILL_OPACITY, under), white);

  it('keeps 4.5:1 for the centre text where all six circles overlap, and for keywords on their box there', () => {
    expect(contrast(rgb(c.text), allSix)).to.be.at.least(4.5);
    const chip = over(rgb(c.chip), 0.88, allSix);
    expect(contrast(rgb(c.text), chip)).to.be.at.least(4.5);
    expect(contrast(rgb(c.link), chip)).to.be.at.least(4.5);
  });

  it('keeps 4.5:1 for each actor’s name on its own circle and on its box', () => {
    for (const color of COLLABORATION_ACTOR_COLORS) {
      expect(contrast(rgb(color), over(rgb(color), COLLABORATION_FILL_OPACITY, white)), color).to.be.at.least(4.5);
      expect(contrast(rgb(color), rgb(c.chip)), color).to.be.at.least(4.5);
    }
  });

  it('keeps 4.5:1 for ring labels, badges and the title', () => {
    expect(contrast(rgb(c.ringText), rgb(c.ringLabel))).to.be.at.least(4.5);
    expect(contrast(rgb(c.badgeText), rgb(c.badge))).to.be.at.least(4.5);
    // An actor whose name stands in the key is numbered on its own colour.
    for (const color of COLLABORATION_ACTOR_COLORS) expect(contrast(rgb(c.badgeText), rgb(color)), color).to.be.at.least(4.5);
    expect(contrast(rgb(c.text), white)).to.be.at.least(4.5);
    // The outlines of the circles stand out from the page (non-text contrast).
    for (const color of COLLABORATION_ACTOR_COLORS) expect(contrast(rgb(color), white)).to.be.at.least(3);
  });
});
