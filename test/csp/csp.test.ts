import { expect } from '@open-wc/testing';

/** The page is served with `default-src 'self'; script-src 'self'; style-src 'self'` (web-test-runner.config.mjs). */
async function openStrictPage(): Promise<Window & { __violations?: string[]; __xss?: number }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = '/test/csp/strict-page.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __violations?: string[]; __xss?: number };
  // Wait until every element has drawn or reported.
  for (let i = 0; i < 100; i++) {
    const defined = [...win.document.querySelectorAll('plan-tree, plan-collaboration, plan-indicators, plan-gauge')].filter((el) => win.customElements.get(el.localName));
    const done =
      defined.length > 0 &&
      defined.every(
        (el) => el.shadowRoot && el.shadowRoot.querySelector('svg, [part="error"], [role="tree"], [role="meter"], [role="img"], [role="status"]:not([part="placeholder"])'),
      );
    if (done) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return win;
}

describe('strict Content-Security-Policy', () => {
  it('serves the page with the policy', async () => {
    const response = await fetch('/test/csp/strict-page.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('draws every element with no violation, and plan text stays inert', async () => {
    const win = await openStrictPage();
    const doc = win.document;
    expect(win.__violations, 'the page script ran').to.be.an('array');
    const tags = ['plan-tree', 'plan-collaboration', 'plan-indicators', 'plan-gauge'].filter((t) => win.customElements.get(t));
    expect(tags).to.include('plan-tree');
    expect(doc.querySelector('plan-tree')!.shadowRoot!.querySelectorAll('[role="treeitem"]').length).to.equal(24);
    const inline = doc.querySelector('#inline')!.shadowRoot!;
    expect(inline.textContent).to.contain('<script>window.__xss=1</script>');
    expect(inline.querySelector('img, script')).to.equal(null);
    expect(doc.querySelector('#broken')!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('/goals/0/children/1/id');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__xss).to.equal(undefined);
    expect(win.__violations).to.deep.equal([]);
  });
});
