import { expect, html } from '@open-wc/testing';
import '../../../src/components/plan-tree/index.js';
import type { PlanTree } from '../../../src/components/plan-tree/index.js';
import { layoutTree, planItems, visibleItems } from '../../../src/components/plan-tree/layout.js';
import { overlappingPairs } from '../../../src/geometry/index.js';
import type { PlanDocument } from '../../../src/schema/index.js';
import { drawTree as draw, loadPlan } from './helpers.js';

/**
 * One goal per slide: `node` shows the way from the vision down to a node and everything under
 * it, with the numbering, colours and positions of the whole plan.
 */

let iwaki: PlanDocument;
before(async () => {
  iwaki = await loadPlan('iwaki-chiiki-fukushi');
});

const ids = (el: PlanTree) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [part~="node"]')].map((g) => g.dataset.id);

describe('plan-tree: one branch (node)', () => {
  it('planItems keeps the vision, the chosen goal and everything under it, with the whole plan’s positions', () => {
    const goal2 = iwaki.goals[1]!;
    const items = visibleItems(planItems(iwaki, { branch: goal2.id }));
    expect(items.map((i) => i.id)).to.deep.equal(['#vision', goal2.id, ...goal2.children!.map((c) => c.id)]);
    const goal = items[1]!;
    expect([goal.posInSet, goal.setSize, goal.goalIndex, goal.level]).to.deep.equal([2, 3, 1, 2]);
    expect(items.map((i) => i.index)).to.deep.equal(items.map((_, i) => i));
  });

  it('a measure: the way down to it (its goal) and nothing beside it', () => {
    const measure = iwaki.goals[2]!.children![1]!;
    const items = visibleItems(planItems(iwaki, { branch: measure.id }));
    expect(items.map((i) => i.id)).to.deep.equal(['#vision', iwaki.goals[2]!.id, measure.id]);
    expect([items[2]!.posInSet, items[2]!.setSize, items[2]!.goalIndex]).to.deep.equal([2, iwaki.goals[2]!.children!.length, 2]);
  });

  it('an id that is not in the plan leaves the whole tree', () => {
    expect(visibleItems(planItems(iwaki, { branch: 'no-such-node' })).length).to.equal(visibleItems(planItems(iwaki)).length);
  });

  it('on a 16:9 slide the branch is drawn larger than the whole tree', () => {
    const scale = (layout: ReturnType<typeof layoutTree>) => Math.min(1280 / layout.viewBox.width, 720 / layout.viewBox.height);
    const whole = layoutTree(iwaki, { aspect: 16 / 9 });
    const branch = layoutTree(iwaki, { aspect: 16 / 9, branch: iwaki.goals[1]!.id });
    expect(branch.nodes).to.have.length(2 + iwaki.goals[1]!.children!.length);
    expect(scale(branch) / scale(whole)).to.be.greaterThan(1.5);
    expect(overlappingPairs(branch.nodes.map((n) => n.box))).to.deep.equal([]);
  });

  it('<plan-tree node="2"> draws and announces only that branch, in the goal’s colour', async () => {
    const goal2 = iwaki.goals[1]!;
    const el = await draw(html`<plan-tree layout="diagram" node=${goal2.id} .plan=${iwaki}></plan-tree>`);
    expect(ids(el)).to.deep.equal(['#vision', goal2.id, ...goal2.children!.map((c) => c.id)]);
    const goal = el.shadowRoot!.querySelector(`[role="treeitem"][data-id="${goal2.id}"]`)!;
    expect([goal.getAttribute('aria-posinset'), goal.getAttribute('aria-setsize')]).to.deep.equal(['2', '3']);
    expect(el.shadowRoot!.querySelector(`svg [part~="node"][data-id="${goal2.id}"]`)!.classList.contains('goal-2')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a selection outside the branch is not drawn and breaks nothing; inside it, it is marked', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await draw(html`<plan-tree layout="diagram" node="1" selected="2-4" .plan=${iwaki}></plan-tree>`);
      expect(el.shadowRoot!.querySelector('[aria-selected="true"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      el.selected = '1-2';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-selected="true"]')?.getAttribute('data-id')).to.equal('1-2');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('in the outline too, and back to the whole tree when node is removed', async () => {
    const goal1 = iwaki.goals[0]!;
    const el = await draw(html`<plan-tree layout="outline" node=${goal1.id} .plan=${iwaki}></plan-tree>`, 'width: 400px');
    expect(el.shadowRoot!.querySelectorAll('[role="treeitem"]')).to.have.length(2 + goal1.children!.length);
    el.removeAttribute('node');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role="treeitem"]')).to.have.length(visibleItems(planItems(iwaki)).length);
  });

  it('a node that is not in the plan: the whole tree, with a note that names it, in the page’s language', async () => {
    const el = await draw(html`<plan-tree layout="diagram" node="9-9" lang="en" .plan=${iwaki}></plan-tree>`);
    const note = el.shadowRoot!.querySelector('[part="message"]')!;
    expect(note.textContent).to.include('"9-9"');
    expect(note.textContent).to.include('whole plan');
    expect(ids(el)).to.have.length(visibleItems(planItems(iwaki)).length);
    el.lang = 'ja';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.include('計画全体');
  });
});
