import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PlanElement, clearPlanCache } from '../../src/core/index.js';
import type { PlanDocument } from '../../src/schema/index.js';

class TestPlanView extends PlanElement {
  protected renderPlan(plan: PlanDocument) {
    return litHtml`<p class="drawn">${this.text(plan.plan.title)}</p>`;
  }
}
customElements.define('test-plan-view', TestPlanView);

const valid = { schemaVersion: 1, plan: { id: 'x', title: { ja: '計画', en: 'Plan' } }, vision: { text: 'V' }, goals: [{ id: '1', title: 'G' }] };

const drawn = (el: Element) => el.shadowRoot!.querySelector('.drawn')?.textContent;
const panel = (el: Element) => el.shadowRoot!.querySelector('[part="error"][role="alert"]');

describe('PlanElement: loading a plan', () => {
  beforeEach(() => clearPlanCache());

  it('draws a valid plan given as a property, in the language of the page', async () => {
    const el = await fixture<TestPlanView>(html`<div lang="en"><test-plan-view .plan=${valid}></test-plan-view></div>`);
    const view = el.querySelector('test-plan-view') as TestPlanView;
    await view.updateComplete;
    expect(drawn(view)).to.equal('Plan');
  });

  it('shows an error panel with pointers and fires plan-error for an invalid plan', async () => {
    const el = document.createElement('test-plan-view') as TestPlanView;
    el.lang = 'ja';
    el.plan = { ...valid, goals: [] };
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.problems[0].pointer).to.equal('/goals');
    expect(panel(el)!.textContent).to.contain('/goals');
    expect(panel(el)!.textContent).to.contain('計画データに問題があります');
    el.remove();
  });

  it('fetches src, and shares one request between elements', async () => {
    const before = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('iwaki-chiiki-fukushi.plan.json')).length;
    const el = await fixture<HTMLElement>(html`<div>
      <test-plan-view src="/examples/iwaki-chiiki-fukushi.plan.json"></test-plan-view>
      <test-plan-view src="/examples/iwaki-chiiki-fukushi.plan.json"></test-plan-view>
    </div>`);
    const views = [...el.querySelectorAll('test-plan-view')];
    // Until both have drawn (a fixed 300 ms wait failed on a loaded machine), then count the requests.
    await waitUntil(() => views.every((view) => drawn(view) !== undefined), 'the plan was not drawn', { timeout: 10_000 });
    for (const view of views) expect(drawn(view)).to.equal('いわき市地域福祉計画');
    const after = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('iwaki-chiiki-fukushi.plan.json')).length;
    expect(after - before).to.equal(1);
  });

  it('names the URL and the HTTP status when src fails', async () => {
    const el = document.createElement('test-plan-view') as TestPlanView;
    el.lang = 'en';
    el.src = '/examples/does-not-exist.json';
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(el, 'plan-error');
    expect(event.detail.src).to.equal('/examples/does-not-exist.json');
    expect(panel(el)!.textContent).to.contain('HTTP 404');
    expect(panel(el)!.textContent).to.contain('/examples/does-not-exist.json');
    el.remove();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<TestPlanView>(html`<test-plan-view lang="ja"><script type="application/json">${JSON.stringify(valid)}</script></test-plan-view>`);
    await el.updateComplete;
    expect(drawn(el)).to.equal('計画');
  });

  it('reports inline text that is not JSON', async () => {
    const el = await fixture<TestPlanView>(html`<test-plan-view lang="en"><script type="application/json">{ not json</script></test-plan-view>`);
    await el.updateComplete;
    expect(panel(el)!.textContent).to.contain('not valid JSON');
  });
});
