import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/plan-indicators/index.js';
import type { PlanIndicators } from '../../../src/components/plan-indicators/index.js';
import type { PlanGauge } from '../../../src/components/plan-gauge/index.js';
import { gaugeCard, gaugeView, scaleItems } from '../../../src/components/plan-gauge/index.js';
import type { SceneItem, ScenePath, SceneText } from '../../../src/scene/types.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { measureText } from '../../../src/text/index.js';
import { edgePlan } from '../../progress/edge-plan.js';

const today = new Date(2025, 5, 1);

/** Every text line of some items with its left and right edge, groups' moves and scales applied. */
function textLines(items: readonly SceneItem[], dx = 0, dy = 0, scale = 1): { text: string; left: number; right: number; y: number }[] {
  const out: { text: string; left: number; right: number; y: number }[] = [];
  for (const item of items) {
    if (item.type === 'group') out.push(...textLines(item.children, dx + (item.x ?? 0) * scale, dy + (item.y ?? 0) * scale, scale * (item.scale ?? 1)));
    else if (item.type === 'text') {
      for (const line of (item as SceneText).lines) {
        const width = measureText(line.text, item.fontSize, item.bold) * scale;
        const x = dx + line.x * scale;
        const left = item.anchor === 'middle' ? x - width / 2 : item.anchor === 'end' ? x - width : x;
        out.push({ text: line.text, left, right: left + width, y: dy + line.y * scale });
      }
    }
  }
  return out;
}

describe('the gauge as a scene', () => {
  it('paints the dial with theme tokens and a grade with its own colour as a literal', () => {
    const view = gaugeView(
      edgePlan.indicators!.find((i) => i.id === 'suicide')!,
      edgePlan,
      'ja',
      today,
      'arc',
    );
    const items = scaleItems(view.layout, view.progress.grade, true);
    expect(items[0]).to.include({ type: 'path', part: 'track', fill: '--plan-gauge-track-color', stroke: '--plan-gauge-track-border-color' });
    expect((items.find((i) => i.part === 'value') as ScenePath).fill).to.equal('--plan-gauge-grade-behind-color');
    expect((scaleItems(view.layout, { tone: 'behind', color: '#123456' }, true).find((i) => i.part === 'value') as ScenePath).fill).to.equal('#123456');
    // Each text is data with its own baseline: 基準 19.8 at the left end, 目標 13.0 at the right.
    const ends = items.filter((i): i is SceneText => i.type === 'text' && i.part === 'end-label').map((t) => t.lines[0]!.text);
    expect(ends).to.deep.equal(['基準 19.8', '目標 13.0']);
  });

  for (const width of [200, 240, 320, 700]) {
    it(`lays out every indicator's card at ${width} px with every line inside it`, () => {
      for (const variant of ['arc', 'bar'] as const) {
        for (const indicator of edgePlan.indicators!) {
          for (const lang of ['ja', 'en']) {
            const card = gaugeCard(gaugeView(indicator, edgePlan, lang, today, variant), width, lang);
            const lines = textLines(card.items);
            expect(lines.length, indicator.id).to.be.above(4);
            for (const line of lines)
              expect(
                line.left >= 0 && line.right <= width + 0.5 && line.y <= card.height,
                `${indicator.id} ${variant} ${lang} "${line.text}" at ${width} px: ${line.left}–${line.right}`,
              ).to.equal(true);
          }
        }
      }
    });
  }

  it("draws a grade's symbol before its name when the evaluation gives one (◎ 達成)", () => {
    const plan: PlanDocument = {
      ...edgePlan,
      evaluation: {
        grades: [
          { label: '達成', min: 1, symbol: '◎' },
          { label: '順調', min: 0.5, symbol: '○' },
          { label: '遅れ', min: 0, symbol: '△' },
        ],
      },
    } as PlanDocument;
    const view = gaugeView(
      plan.indicators!.find((i) => i.id === 'suicide')!,
      plan,
      'ja',
      today,
      'arc',
    );
    const texts = textLines(gaugeCard(view, 240, 'ja').items).map((l) => l.text);
    expect(view.progress.grade.symbol).to.equal('○');
    expect(texts).to.include('○ 順調');
  });

  it('shows the symbol in the gauge, the count per grade and both files', async () => {
    const plan = {
      ...edgePlan,
      evaluation: {
        grades: [
          { label: '達成', min: 1, symbol: '◎' },
          { label: '順調', min: 0.5, symbol: '○' },
          { label: '遅れ', min: 0, symbol: '△' },
        ],
      },
    } as PlanDocument;
    const gauge = await fixture<PlanGauge>(html`<plan-gauge .plan=${plan} indicator="suicide" today="2025-06-01" lang="ja"></plan-gauge>`);
    await gauge.updateComplete;
    expect(gauge.shadowRoot!.querySelector('[part="grade"]')!.textContent!.replace(/\s+/g, '')).to.equal('○順調');
    expect(await gauge.toSVG()).to.contain('>○ 順調</text>');
    const list = await fixture<PlanIndicators>(html`<plan-indicators .plan=${plan} today="2025-06-01" lang="ja"></plan-indicators>`);
    await list.updateComplete;
    const counts = [...list.shadowRoot!.querySelectorAll('.grade-count')].map((li) => li.textContent!.replace(/\s+/g, ''));
    expect(counts.slice(0, 3).map((c) => c.replace(/\d+$/, ''))).to.deep.equal(['◎達成', '○順調', '△遅れ']);
    const file = await list.toSVG();
    expect(file).to.match(/>◎ 達成 \d+<\/text>/);
    await expect(gauge).to.be.accessible();
  });

  it('says why a file cannot be written, in the display language, rather than writing an empty one', async () => {
    const list = await fixture<PlanIndicators>(html`<plan-indicators .plan=${edgePlan} node="9-9" lang="ja"></plan-indicators>`);
    await list.updateComplete;
    expect(
      await list.toSVG().then(
        () => 'no error',
        (error: Error) => error.message,
      ),
    ).to.contain('<plan-indicators> には書き出せる図がありません：項目「9-9」はこの計画にありません。');
    const gauge = await fixture<PlanGauge>(html`<plan-gauge .plan=${edgePlan} indicator="nope" lang="en"></plan-gauge>`);
    await gauge.updateComplete;
    expect(
      await gauge.toSVG().then(
        () => 'no error',
        (error: Error) => error.message,
      ),
    ).to.contain('<plan-gauge> has no drawing to export: This plan has no indicator "nope".');
  });
});
