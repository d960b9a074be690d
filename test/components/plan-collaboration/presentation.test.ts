import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/plan-collaboration/index.js';
import {
  COLLABORATION_ACTOR_COLORS,
  COLLABORATION_ACTOR_COLORS_DARK,
  COLLABORATION_COLORS,
  COLLABORATION_COLORS_DARK,
  COLLABORATION_FILL_OPACITY_DARK,
  COLLABORATION_PRESENTATION_FONT_SCALE,
  type PlanCollaboration,
} from '../../../src/components/plan-collaboration/index.js';
import { clearPlanCache } from '../../../src/core/index.js';

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';
const SIX = '/examples/six-actor-bilingual.plan.json';

async function draw(src: string, style: string, presentation: boolean): Promise<PlanCollaboration> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}><plan-collaboration src=${src} ?presentation=${presentation}></plan-collaboration></div>`);
  const el = wrapper.querySelector('plan-collaboration')!;
  await waitUntil(() => el.shadowRoot?.querySelector('svg, [part="error"], [part="message"]'), 'the figure was not drawn', { timeout: 5000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/** Keyword text height on screen, in CSS px. */
function keywordPx(el: PlanCollaboration): number {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const layout = el.collaborationLayout!;
  const scale = svg.getBoundingClientRect().width / layout.width;
  return Math.min(...layout.keywords.map((k) => k.label.fontSize)) * scale;
}

describe('<plan-collaboration>: presentation', () => {
  beforeEach(async () => {
    clearPlanCache();
    await setViewport({ width: 1400, height: 900 });
  });

  for (const src of [IWAKI, SIX]) {
    it(`fills a 1280 × 720 box with the whole figure, its keywords larger (${src})`, async () => {
      const slide = await draw(src, 'width: 1280px; height: 720px', true);
      const host = slide.getBoundingClientRect();
      expect([host.width, host.height]).to.deep.equal([1280, 720]);
      const layout = slide.collaborationLayout!;
      expect(layout.keywords.every((k) => k.label.fontSize <= Math.round(14 * COLLABORATION_PRESENTATION_FONT_SCALE))).to.equal(true);
      expect(Math.max(...layout.keywords.map((k) => k.label.fontSize))).to.be.greaterThan(14);
      // Everything drawn lies inside the box: the figure is scaled to fit.
      const svg = slide.shadowRoot!.querySelector('svg')!;
      const drawn = [...svg.querySelectorAll('text, circle, rect')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
      for (const r of drawn) {
        expect(r.left).to.be.at.least(host.left - 0.5);
        expect(r.right).to.be.at.most(host.right + 0.5);
        expect(r.top).to.be.at.least(host.top - 0.5);
        expect(r.bottom).to.be.at.most(host.bottom + 0.5);
      }
      if (src === IWAKI) {
        // Keywords larger on screen than in the page's figure at its widest. (The dense six-actor
        // figure shrinks its keywords to fit and, with its key, is drawn smaller.)
        const page = await draw(src, 'width: 1280px', false);
        expect(keywordPx(slide)).to.be.at.least(keywordPx(page) * 1.25);
      }
      await expect(slide).to.be.accessible();
    });
  }

  it('takes 16:9 of its width when the container has no height', async () => {
    const el = await draw(IWAKI, 'width: 960px', true);
    expect(el.getBoundingClientRect().height).to.be.closeTo(540, 1);
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().height).to.be.at.most(541);
  });
});

function channel(value: number): number {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}
type Rgb = [number, number, number];
const rgb = (color: string): Rgb => [0, 2, 4].map((i) => parseInt(color.replace('#', '').slice(i, i + 2), 16)) as Rgb;
const over = (top: Rgb, alpha: number, bottom: Rgb): Rgb => top.map((v, i) => v * alpha + bottom[i]! * (1 - alpha)) as Rgb;
function contrast(a: Rgb, b: Rgb): number {
  const l = (c: Rgb) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const [hi, lo] = [l(a), l(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('<plan-collaboration>: dark mode', () => {
  const d = COLLABORATION_COLORS_DARK;
  const page = rgb(d.background);
  const allSix = COLLABORATION_ACTOR_COLORS_DARK.reduce((under, color) => over(rgb(color), COLLABORATION_FILL_OPACITY_DARK, under), page);

  it('has a dark default for every colour and every actor', () => {
    expect(Object.keys(d).sort()).to.deep.equal(Object.keys(COLLABORATION_COLORS).sort());
    expect(COLLABORATION_ACTOR_COLORS_DARK).to.have.length(COLLABORATION_ACTOR_COLORS.length);
  });

  it('keeps 4.5:1 for the centre text where all six circles overlap, and for keywords on their box there', () => {
    expect(contrast(rgb(d.text), allSix)).to.be.at.least(4.5);
    const chip = over(rgb(d.chip), 0.88, allSix);
    expect(contrast(rgb(d.text), chip)).to.be.at.least(4.5);
    expect(contrast(rgb(d.link), chip)).to.be.at.least(4.5);
  });

  it('keeps 4.5:1 for each actor’s name on its own circle and box, ring labels, badges and the title', () => {
    for (const color of COLLABORATION_ACTOR_COLORS_DARK) {
      expect(contrast(rgb(color), over(rgb(color), COLLABORATION_FILL_OPACITY_DARK, page)), color).to.be.at.least(4.5);
      expect(contrast(rgb(color), rgb(d.chip)), color).to.be.at.least(4.5);
      expect(contrast(rgb(d.badgeText), rgb(color)), color).to.be.at.least(4.5);
      expect(contrast(rgb(color), page), color).to.be.at.least(3);
    }
    expect(contrast(rgb(d.ringText), rgb(d.ringLabel))).to.be.at.least(4.5);
    expect(contrast(rgb(d.badgeText), rgb(d.badge))).to.be.at.least(4.5);
    expect(contrast(rgb(d.text), page)).to.be.at.least(4.5);
  });

  it('draws in the dark defaults when the page prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await draw(IWAKI, 'width: 800px', false);
      const fill = getComputedStyle(el.shadowRoot!.querySelector('[part~="center"] text')!).fill;
      expect(fill).to.equal(`rgb(${rgb(d.text).join(', ')})`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('svg')!).backgroundColor).to.equal(`rgb(${page.join(', ')})`);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
