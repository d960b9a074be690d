import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/plan-overview/index.js';
import '../../../src/components/plan-tree/index.js';
import '../../../src/components/plan-collaboration/index.js';
import type { PlanOverview, PlanPeriod, PlanRelations, PlanTimeline } from '../../../src/components/plan-overview/index.js';
import type { PlanElement } from '../../../src/core/index.js';

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';

async function drawn<T extends PlanElement>(template: unknown): Promise<T> {
  const el = await fixture<T>(template as never);
  await waitUntil(() => el.shadowRoot!.querySelector('svg, ol, [part="error"], [part="empty"]'), 'not drawn', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('plan-overview', function () {
  // axe over the whole overview takes seconds on a busy 2-core machine.
  this.timeout(60_000);
  for (const lang of ['ja', 'en']) {
    it(`is accessible in ${lang}: headings in order, figures named, the timeline a list`, async () => {
      const el = await drawn<PlanOverview>(html`<plan-overview src=${IWAKI} lang=${lang} today="2026-06-01"></plan-overview>`);
      await expect(el).to.be.accessible();
      const root = el.shadowRoot!;
      const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5')].filter((h) => !h.closest('[hidden]')).map((h) => Number(h.tagName[1]));
      expect(levels[0]).to.equal(2);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).to.be.at.most(1);
      const figures = [...root.querySelectorAll('.fig.screen svg[role="img"]')].map((svg) => svg.getAttribute('aria-label'));
      expect(figures).to.have.length(2);
      expect(figures[0]).to.contain(lang === 'ja' ? '1年延長' : 'extended by 1 year');
      expect(figures[1]).to.contain(lang === 'ja' ? '連携・協働する計画：市社会福祉協議会の地域福祉活動計画' : 'Works together with');
      const events = root.querySelectorAll('ol.timeline > li');
      expect(events).to.have.length(4);
      expect(events[3]!.textContent).to.contain(lang === 'ja' ? '施行予定' : 'Planned');
      expect(events[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2017-12');
      expect(root.querySelectorAll('section.section')).to.have.length(5);
    });
  }

  it('shows the tree and collaboration panels only when the page fills their slots', async () => {
    const el = await drawn<PlanOverview>(html`<plan-overview src=${IWAKI}><p slot="tree">体系図の代わり</p></plan-overview>`);
    await waitUntil(() => !el.shadowRoot!.querySelector('section.tree')!.hasAttribute('hidden'));
    expect(el.shadowRoot!.querySelector('section.collaboration')!.hasAttribute('hidden')).to.equal(true);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="tree"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('体系図の代わり');
  });

  it('lays each figure out for its own panel: nothing wider than the element on a phone', async () => {
    const el = await drawn<PlanOverview>(html`<plan-overview style="width: 360px" src="/examples/deep-health-plan.plan.json"></plan-overview>`);
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    for (const svg of el.shadowRoot!.querySelectorAll('.fig.screen svg')) {
      const box = svg.getBoundingClientRect();
      expect(box.right).to.be.at.most(host.right + 0.5);
      // Laid out for the panel, not scaled down from a wider figure: the drawn width is the layout's.
      expect(Number(svg.getAttribute('width'))).to.be.closeTo(box.width, 2);
    }
    for (const li of el.shadowRoot!.querySelectorAll('li')) expect(li.scrollWidth).to.be.at.most(li.clientWidth + 1);
  });

  it('shows a readable error for a broken plan', async () => {
    const el = await drawn<PlanOverview>(html`<plan-overview src="/examples/broken/original-end-not-before-end.broken.json"></plan-overview>`);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('/plan/period/originalTo');
  });
});

describe('the parts alone', () => {
  it('plan-period marks today only inside the period', async () => {
    const el = await drawn<PlanPeriod>(html`<plan-period src=${IWAKI} today="2025-05-01"></plan-period>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelectorAll('rect.today')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('今年度（令和7年度（2025年度））は5年目です。');
    el.today = '2027-04-01';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('rect.today')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('計画期間の外');
    // Fiscal years start in April: 31 March 2027 is still fiscal 2026.
    el.today = '2027-03-31';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('rect.today')).to.have.length(1);
  });

  it('plan-relations says where the plan stands, and what is missing when nothing is given', async () => {
    const el = await drawn<PlanRelations>(html`<plan-relations src=${IWAKI} lang="en"></plan-relations>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('Based on: 社会福祉法第107条');
    const none = await drawn<PlanRelations>(html`<plan-relations src="/examples/english-sample.plan.json"></plan-relations>`);
    expect(none.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('relatedPlans');
  });

  it('plan-timeline lists 20 events oldest first, the planned ones marked', async () => {
    const el = await drawn<PlanTimeline>(html`<plan-timeline src="/examples/deep-health-plan.plan.json" heading-level="4"></plan-timeline>`);
    await expect(el).to.be.accessible();
    const items = [...el.shadowRoot!.querySelectorAll('ol > li')];
    expect(items).to.have.length(20);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort()).to.deep.equal(dates);
    expect(items.filter((li) => li.classList.contains('planned')).map((li) => li.querySelector('time')!.dateTime)).to.deep.equal(['2026-04', '2026-10', '2027-03', '2030-04']);
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(20);
  });
});

describe('exported files', () => {
  it('toSVG writes each part from its scene with its text alternative, in the page colours', async () => {
    const period = await drawn<PlanPeriod>(html`<plan-period src=${IWAKI} today="2026-06-01" style="--plan-overview-period-color: #123456"></plan-period>`);
    const svg = await period.toSVG();
    expect(svg).to.match(/^<\?xml/);
    expect(svg).to.contain('<desc id="desc">計画期間は令和3年度（2021年度）から令和8年度（2026年度）までの6年間です。');
    expect(svg).to.contain('#123456');
    expect(svg).to.contain('>延長 +1</text>');
    const overview = await drawn<PlanOverview>(html`<plan-overview src=${IWAKI} lang="en"></plan-overview>`);
    const file = await overview.toSVG();
    expect(file).to.contain('>Where the plan stands</text>');
    expect(file).to.contain('>December 2017</text>');
    const png = await overview.toPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
    const none = await drawn<PlanRelations>(html`<plan-relations src="/examples/english-sample.plan.json" lang="en"></plan-relations>`);
    expect(
      await none.toSVG().then(
        () => 'no error',
        (error: Error) => error.message,
      ),
    ).to.contain('has no drawing to export');
  });

  it('the overview file holds the slotted tree and collaboration figure, from their scenes, in the colours the page gave them', async () => {
    const el = await drawn<PlanOverview>(html`<plan-overview src=${IWAKI} today="2026-06-01">
      <plan-tree slot="tree" src=${IWAKI} orientation="vertical" style="--plan-tree-goal-1-color: #123456"></plan-tree>
      <plan-collaboration slot="collaboration" src=${IWAKI}></plan-collaboration>
    </plan-overview>`);
    await waitUntil(() => (el as unknown as { figures?: unknown }).figures, 'the figures module did not load', { timeout: 4000 });
    const file = await el.toSVG();
    const texts = [...file.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const heading of ['計画期間', '計画の位置づけ', '体系図', '計画策定の背景・動向', '協働の図']) expect(texts, heading).to.include(heading);
    expect(texts.join('')).to.contain('本人の意思の尊重');
    expect(file).to.contain('#123456');
    expect(file.match(/<circle /g)?.length ?? 0).to.be.at.least(4);
    expect(file).not.to.contain('var(');
    // Without a tree in the slot, the file has none either.
    const alone = await drawn<PlanOverview>(html`<plan-overview src=${IWAKI} today="2026-06-01"></plan-overview>`);
    expect(await alone.toSVG()).not.to.contain('>体系図</text>');
  });
});

describe('lang', () => {
  it('changing lang draws every part again in the new language', async () => {
    const el = await drawn<PlanOverview>(html`<plan-overview src=${IWAKI} today="2026-06-01"></plan-overview>`);
    const parts = await Promise.all([
      drawn<PlanPeriod>(html`<plan-period src=${IWAKI} today="2026-06-01"></plan-period>`),
      drawn<PlanRelations>(html`<plan-relations src=${IWAKI}></plan-relations>`),
      drawn<PlanTimeline>(html`<plan-timeline src=${IWAKI}></plan-timeline>`),
    ]);
    const text = (part: PlanElement) =>
      part.shadowRoot!.textContent!.replace(/\s+/g, ' ') + [...part.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ');
    expect(text(el)).to.contain('計画の位置づけ');
    for (const part of [el, ...parts]) part.setAttribute('lang', 'en');
    for (const part of [el, ...parts]) await part.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(text(el)).to.contain('Where the plan stands').and.contain('December 2017').and.not.contain('計画の位置づけ');
    expect(text(parts[0])).to.contain('FY2026').and.not.contain('令和8年度');
    expect(text(parts[1])).to.contain('Legal basis').and.not.contain('根拠');
    expect(text(parts[2])).to.contain('December 2017').and.not.contain('平成29年12月');
    expect(await el.toSVG()).to.contain('>Where the plan stands</text>');
  });
});

describe('Japanese line breaks', () => {
  it('on a phone, event titles break between phrases: 施行 and 検討会 are never split across lines, at any width from 300 to 400 px', async () => {
    const el = await drawn<PlanTimeline>(html`<plan-timeline style="display: block; width: 340px" src="/examples/deep-health-plan.plan.json"></plan-timeline>`);
    const split = new Set<string>();
    let wrapped = 0;
    for (let width = 300; width <= 400; width += 4) {
      el.style.width = `${width}px`;
      for (const heading of el.shadowRoot!.querySelectorAll('.event h3')) {
        const node = [...heading.childNodes].find((child): child is Text => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '')!;
        const text = node.data;
        const top = (i: number) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return Math.round(range.getBoundingClientRect().top);
        };
        if (top(0) !== top(text.length - 1)) wrapped++;
        for (const word of ['施行', '検討会']) {
          const at = text.indexOf(word);
          if (at >= 0 && top(at) !== top(at + word.length - 1)) split.add(`${width}px: ${text}`);
        }
      }
    }
    expect(wrapped, 'titles wrapped at these widths').to.be.at.least(100);
    expect([...split]).to.deep.equal([]);
  });
});
