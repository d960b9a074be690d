import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/plan-overview/index.js';
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
    const svg = period.toSVG();
    expect(svg).to.match(/^<\?xml/);
    expect(svg).to.contain('<desc id="desc">計画期間は令和3年度（2021年度）から令和8年度（2026年度）までの6年間です。');
    expect(svg).to.contain('#123456');
    expect(svg).to.contain('>延長 +1</text>');
    const overview = await drawn<PlanOverview>(html`<plan-overview src=${IWAKI} lang="en"></plan-overview>`);
    const file = overview.toSVG();
    expect(file).to.contain('>Where the plan stands</text>');
    expect(file).to.contain('>December 2017</text>');
    const png = await overview.toPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
    const none = await drawn<PlanRelations>(html`<plan-relations src="/examples/english-sample.plan.json" lang="en"></plan-relations>`);
    expect(() => none.toSVG()).to.throw('has no drawing to export');
  });
});
