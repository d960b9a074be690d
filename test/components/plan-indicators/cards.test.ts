import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/plan-indicators/index.js';
import type { PlanIndicators } from '../../../src/components/plan-indicators/index.js';
import { cardColumns, layoutCards } from '../../../src/components/plan-indicators/cards.js';
import { clearPlanCache } from '../../../src/core/index.js';
import { edgePlan } from '../../progress/edge-plan.js';

describe('the grid of indicator cards (cards.ts)', () => {
  it('counts the columns as the CSS grid does: as many 224 px columns with 16 px gaps as fit, at least one', () => {
    expect([0, 100, 224, 463, 464, 752, 1000, 1183, 1184, 1200].map((w) => cardColumns(w))).to.deep.equal([1, 1, 1, 1, 2, 3, 4, 4, 5, 5]);
    // A page's own column width (--plan-indicators-column-width: 20rem) and a presentation's 14em at 22.4 px.
    expect(cardColumns(1000, 320)).to.equal(3);
    expect(cardColumns(1000, 313.6)).to.equal(3);
  });

  it('places cards in rows as tall as their tallest card, the columns sharing the width after the gaps', () => {
    const heights = [100, 200, 150, 120, 90];
    const grid = layoutCards(752, heights.length, (i, width) => {
      expect(width).to.equal(240);
      return heights[i]!;
    });
    expect(grid.columns).to.equal(3);
    expect(grid.cards.map((c) => [c.x, c.y, c.width, c.height])).to.deep.equal([
      [0, 0, 240, 200],
      [256, 0, 240, 200],
      [512, 0, 240, 200],
      [0, 216, 240, 120],
      [256, 216, 240, 120],
    ]);
    expect(grid.height).to.equal(336);
    // A short list keeps the columns' width (auto-fill keeps the empty tracks); a bar list is one column.
    expect(layoutCards(1000, 1, () => 50).cards[0]!.width).to.equal(238);
    expect(layoutCards(1000, 2, () => 50, { columns: 1 }).cards.map((c) => [c.x, c.y, c.width])).to.deep.equal([
      [0, 0, 1000],
      [0, 66, 1000],
    ]);
  });
});

async function drawn(width: number, variant = 'arc'): Promise<PlanIndicators> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}><plan-indicators .plan=${edgePlan} variant=${variant} today="2025-06-01"></plan-indicators></div>`,
  );
  const el = wrapper.firstElementChild as PlanIndicators;
  await waitUntil(() => el.shadowRoot?.querySelector('.grid'), 'no grid', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The file, in the page (no stylesheet), and each card frame's box. */
function cardsOfFile(svgText: string): { frames: DOMRect[]; svg: SVGSVGElement } {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  document.body.append(svg);
  return { frames: [...svg.querySelectorAll('rect[rx="8"]')].map((r) => r.getBoundingClientRect()), svg };
}

describe('<plan-indicators>: the screen and the file share the grid', () => {
  beforeEach(() => clearPlanCache());

  for (const width of [300, 520, 752, 1000, 1300]) {
    it(`at ${width} px, the screen's grid and the file have the same columns`, async () => {
      const el = await drawn(width);
      const grid = el.shadowRoot!.querySelector('.grid') as HTMLElement;
      const columns = cardColumns(grid.clientWidth);
      expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length, 'the CSS grid').to.equal(columns);
      // Each goal has four indicators: a row holds min(columns, 4) of them, in the file as on screen.
      const onScreen = new Set([...grid.querySelectorAll('.cell')].map((cell) => Math.round(cell.getBoundingClientRect().left))).size;
      const { frames, svg } = cardsOfFile(await el.toSVG());
      try {
        expect(frames.length).to.equal(12);
        const firstGroup = frames.slice(0, 4);
        expect(new Set(firstGroup.map((f) => Math.round(f.left))).size, 'cards in a row of the file').to.equal(onScreen);
        expect(onScreen).to.equal(Math.min(columns, 4));
        const cardWidth = layoutCards(grid.clientWidth, 4, () => 0).cardWidth;
        for (const f of frames) expect(Math.abs(f.width - (cardWidth - 1))).to.be.below(0.6);
        // Every text of a card inside its frame.
        for (const frame of svg.querySelectorAll('rect[rx="8"]')) {
          const box = frame.getBoundingClientRect();
          for (const text of frame.parentElement!.querySelectorAll('text')) {
            const b = text.getBoundingClientRect();
            expect(
              b.left >= box.left - 0.5 && b.right <= box.right + 0.5 && b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5,
              `"${text.textContent}" leaves its card at ${width} px`,
            ).to.equal(true);
          }
        }
      } finally {
        svg.remove();
      }
    });
  }

  it('a bar list is one column of full-width cards in the file, as on screen', async () => {
    const el = await drawn(900, 'bar');
    const { frames, svg } = cardsOfFile(await el.toSVG());
    try {
      expect(frames.length).to.equal(12);
      expect(new Set(frames.map((f) => Math.round(f.left))).size).to.equal(1);
      expect(Math.round(frames[0]!.width)).to.equal(899);
    } finally {
      svg.remove();
    }
  });
});
