// `src` faults in the browser: 404, 500, a network error, a slow response overtaken by a newer
// `src`, bodies that are not JSON or not a plan, a 20 MB document, a plan nested 20,000 levels
// deep. Every time: an error panel (role=alert, with the reason) and a `plan-error` event, or a
// correct drawing; never an uncaught error, never a stale plan. The server side is
// test/robustness/faults-middleware.mjs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearPlanCache } from '../../src/core/index.js';
import type { PlanErrorDetail } from '../../src/core/index.js';

type PlanViz = HTMLElement & { src?: string; updateComplete: Promise<boolean> };

const TAGS = ['plan-tree', 'plan-collaboration', 'plan-indicators'] as const;

/** Errors nobody caught, anywhere on the page. */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);

/** An element with the given src, and the plan-error events it fires. */
async function element(tag: (typeof TAGS)[number], src: string): Promise<{ el: PlanViz; errors: PlanErrorDetail[] }> {
  const errors: PlanErrorDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as PlanViz;
  el.addEventListener('plan-error', (event) => errors.push(event.detail));
  el.setAttribute('lang', 'en');
  el.setAttribute('src', src);
  wrapper.append(el);
  return { el, errors };
}

const panel = (el: PlanViz) => el.shadowRoot?.querySelector<HTMLElement>('[part="error"][role="alert"]') ?? null;

/** True once the element shows a plan (the drawing, or the outline, or its gauges / no-indicator message). */
function drawn(el: PlanViz): boolean {
  const root = el.shadowRoot;
  return !!root && !panel(el) && !!root.querySelector('svg, [role="tree"], [part="gauge"], [part="message"], [part="empty"], h3, h2');
}

/** What the element shows of its plan: the accessible names of the tree, or its text. */
function shownPlanTitle(el: PlanViz): string {
  const root = el.shadowRoot!;
  const tree = root.querySelector('[role="tree"]');
  if (tree) return tree.getAttribute('aria-label') ?? '';
  const figure = root.querySelector('figure');
  if (figure) return figure.getAttribute('aria-label') ?? '';
  return root.textContent ?? '';
}

async function settled(el: PlanViz, what: () => boolean, message: string, timeout = 10_000): Promise<void> {
  await waitUntil(what, message, { timeout, interval: 10 });
  await el.updateComplete;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Fault {
  name: string;
  src: string;
  /** The error panel's first problem, in English. */
  message: RegExp;
  code: string;
}

const FAULTS: Fault[] = [
  { name: '404', src: '/__faults/404', message: /Could not load .*__faults\/404.*404/i, code: 'load-http' },
  { name: '500', src: '/__faults/500', message: /Could not load .*__faults\/500.*500/i, code: 'load-http' },
  { name: 'connection reset', src: '/__faults/reset', message: /Could not load .*__faults\/reset.*network/i, code: 'load-network' },
  { name: 'closed port', src: 'http://127.0.0.1:9/plan.json', message: /Could not load http:\/\/127\.0\.0\.1:9\/plan\.json.*network/i, code: 'load-network' },
  { name: 'HTML instead of JSON', src: '/__faults/not-json', message: /__faults\/not-json.*JSON/i, code: 'not-json' },
  { name: 'empty body', src: '/__faults/empty', message: /__faults\/empty.*JSON/i, code: 'not-json' },
  { name: 'truncated JSON', src: '/__faults/truncated', message: /__faults\/truncated.*JSON/i, code: 'not-json' },
  { name: 'JSON that is no plan', src: '/__faults/not-a-plan', message: /object/i, code: 'type' },
  { name: 'a plan nested 20,000 levels deep', src: '/__faults/deep', message: /deep|nest/i, code: 'too-deep' },
  { name: 'a 20 MB document with a problem in every node', src: '/__faults/big-invalid', message: /string/i, code: 'type' },
];

describe('src faults: an error panel or a correct drawing, never an uncaught error or a stale plan', function () {
  this.timeout(60_000);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    clearPlanCache();
    uncaught.length = 0;
  });
  afterEach(async () => {
    // Late rejections (an aborted fetch, a request finishing after the test) would show up here.
    await sleep(50);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: every element shows why, and fires plan-error once`, async () => {
      const elements = await Promise.all(TAGS.map((tag) => element(tag, fault.src)));
      for (const { el, errors } of elements) {
        await settled(el, () => panel(el) !== null && errors.length > 0, `${el.localName} showed no error panel for ${fault.name}`, 20_000);
        const text = panel(el)!.textContent!.replace(/\s+/g, ' ');
        expect(text, el.localName).to.match(fault.message);
        expect(text, `${el.localName} names the source`).to.contain(fault.src.replace(/^\//, ''));
        expect(errors, `${el.localName} plan-error events`).to.have.length(1);
        expect(errors[0]!.src).to.equal(fault.src);
        expect(
          errors[0]!.problems.map((p) => p.code),
          el.localName,
        ).to.include(fault.code);
        for (const p of errors[0]!.problems) expect(p.pointer === '' || p.pointer.startsWith('/'), p.pointer).to.equal(true);
        expect(el.shadowRoot!.querySelector('svg:not(.shape), [role="tree"]'), `${el.localName} draws nothing`).to.equal(null);
      }
    });
  }

  it('a valid 20 MB plan is drawn: 2,000 measures in the tree', async () => {
    const { el, errors } = await element('plan-tree', '/__faults/big');
    await settled(el, () => drawn(el) || panel(el) !== null, 'the 20 MB plan was not drawn', 30_000);
    expect(errors).to.deep.equal([]);
    expect(panel(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[role="treeitem"]').length).to.equal(1 + 20 + 2000);
  });

  it('a slow response overtaken by a newer src never replaces the newer plan', async () => {
    const { el, errors } = await element('plan-tree', '/__faults/plan?file=english-sample&delay=1500');
    await sleep(100);
    el.setAttribute('src', '/__faults/plan?file=iwaki-chiiki-fukushi');
    await settled(el, () => drawn(el), 'the newer plan was not drawn');
    const newer = shownPlanTitle(el);
    expect(newer).to.contain('いわき市地域福祉計画');
    // Well after the slow response would have arrived.
    await sleep(1800);
    await el.updateComplete;
    expect(shownPlanTitle(el)).to.equal(newer);
    expect(errors).to.deep.equal([]);
  });

  it('a slow failure overtaken by a good src leaves no error panel behind', async () => {
    const { el, errors } = await element('plan-collaboration', '/__faults/500?delay=1200');
    await sleep(100);
    el.setAttribute('src', '/__faults/plan?file=iwaki-chiiki-fukushi');
    await settled(el, () => drawn(el), 'the newer plan was not drawn');
    await sleep(1500);
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(shownPlanTitle(el)).to.contain('地域福祉');
  });

  it('a slow good plan overtaken by a failing src: the error stays, the old plan never appears', async () => {
    const { el, errors } = await element('plan-indicators', '/__faults/plan?file=iwaki-sample-indicators&delay=1200');
    await sleep(100);
    el.setAttribute('src', '/__faults/404');
    await settled(el, () => panel(el) !== null, 'no error panel for the newer src');
    await sleep(1500);
    await el.updateComplete;
    expect(panel(el), 'the error panel was replaced by the stale plan').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="gauge"]')).to.equal(null);
    expect(errors.map((e) => e.src)).to.deep.equal(['/__faults/404']);
  });

  it('three quick src changes: only the last plan is drawn, whatever order the responses come in', async () => {
    const { el, errors } = await element('plan-tree', '/__faults/plan?file=deep-health-plan&delay=900');
    await sleep(50);
    el.setAttribute('src', '/__faults/plan?file=english-sample&delay=600');
    await sleep(50);
    el.setAttribute('src', '/__faults/plan?file=six-actor-bilingual&delay=200');
    await settled(el, () => drawn(el), 'the last plan was not drawn');
    const last = shownPlanTitle(el);
    await sleep(1100);
    await el.updateComplete;
    expect(shownPlanTitle(el)).to.equal(last);
    expect(last).to.match(/Minatodai|みなと台/);
    expect(errors).to.deep.equal([]);
  });

  it('a failed src followed by a good one draws the plan (failures are not cached)', async () => {
    const { el, errors } = await element('plan-tree', '/__faults/500');
    await settled(el, () => panel(el) !== null, 'no error panel');
    el.setAttribute('src', '/__faults/plan?file=english-sample');
    await settled(el, () => drawn(el), 'the good plan was not drawn after a failure');
    expect(panel(el)).to.equal(null);
    expect(errors).to.have.length(1);
  });

  it('removed while loading: no error, no event, nothing thrown', async () => {
    const { el, errors } = await element('plan-tree', '/__faults/plan?file=english-sample&delay=500');
    await sleep(50);
    el.remove();
    await sleep(700);
    expect(errors).to.deep.equal([]);
  });
});
