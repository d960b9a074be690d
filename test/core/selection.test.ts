import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PlanElement } from '../../src/core/index.js';
import type { PlanDocument } from '../../src/schema/index.js';

class LinkedView extends PlanElement {
  protected renderPlan(plan: PlanDocument) {
    return litHtml`<p>${this.text(plan.plan.title)}</p>`;
  }
  select(id: string) {
    this.dispatchEvent(new CustomEvent('plan-select', { detail: { id, node: { id, title: id } }, bubbles: true, composed: true }));
  }
}
customElements.define('linked-view', LinkedView);

const IWAKI = '/examples/iwaki-chiiki-fukushi.plan.json';
const OTHER = '/examples/english-sample.plan.json';

async function page() {
  const root = await fixture<HTMLElement>(html`<div>
    <linked-view id="tree" src=${IWAKI}></linked-view>
    <linked-view id="follower" for="tree"></linked-view>
    <linked-view id="same-src" src=${IWAKI}></linked-view>
    <linked-view id="unrelated" src=${OTHER}></linked-view>
    <linked-view id="sibling" for="tree"></linked-view>
  </div>`);
  const get = (id: string) => root.querySelector(`#${id}`) as LinkedView;
  return { get, selectedIds: () => ['tree', 'follower', 'same-src', 'unrelated', 'sibling'].map((id) => get(id).selected ?? null) };
}

describe('linked selection', () => {
  it('a selection in one element reaches the elements that share its src or name it with for', async () => {
    const { get, selectedIds } = await page();
    get('tree').select('2-4');
    expect(selectedIds()).to.deep.equal(['2-4', '2-4', '2-4', null, '2-4']);
    await get('follower').updateComplete;
    expect(get('follower').getAttribute('selected')).to.equal('2-4');
  });

  it('a selection made in a follower reaches the tree and the rest of the group', async () => {
    const { get, selectedIds } = await page();
    get('follower').select('1-2');
    expect(selectedIds()).to.deep.equal(['1-2', '1-2', '1-2', null, '1-2']);
  });

  it('clearSelection clears the whole group and nothing else', async () => {
    const { get, selectedIds } = await page();
    get('unrelated').select('g1');
    get('tree').select('2-4');
    get('sibling').clearSelection();
    expect(selectedIds()).to.deep.equal([null, null, null, 'g1', null]);
  });

  it('a removed element stops following', async () => {
    const { get } = await page();
    const follower = get('follower');
    follower.remove();
    get('tree').select('3-1');
    expect(follower.selected).to.equal(undefined);
  });
});
