import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/components/plan-trend/index.js';
import type { PlanElement } from '../../src/core/plan-element.js';

const ENGLISH = '/examples/english-sample.plan.json';
const KANA = /[\u3040-\u30ff]/;

/** What a screen reader is given: accessible names, value texts, captions and the visually hidden lists. */
function spoken(el: Element): string {
  const root = el.shadowRoot!;
  const parts: string[] = [];
  for (const node of root.querySelectorAll('[aria-label], [aria-valuetext], .visually-hidden, caption, title, desc')) {
    parts.push(node.getAttribute('aria-label') ?? '', node.getAttribute('aria-valuetext') ?? '');
    if (!node.hasAttribute('aria-label') && !node.hasAttribute('aria-valuetext')) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

async function drawn(el: PlanElement): Promise<void> {
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('svg, [part="gauge"], [part="group"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
}

describe('changing lang redraws in the new language', () => {
  const cases = [
    ['plan-collaboration', html`<plan-collaboration src=${ENGLISH} lang="ja"></plan-collaboration>`],
    ['plan-indicators', html`<plan-indicators src=${ENGLISH} today="2026-03-31" lang="ja"></plan-indicators>`],
    ['plan-gauge', html`<plan-gauge src=${ENGLISH} indicator="ind-lonely-adults" today="2026-03-31" lang="ja"></plan-gauge>`],
    ['plan-trend', html`<plan-trend src=${ENGLISH} indicator="ind-lonely-adults" today="2026-03-31" lang="ja"></plan-trend>`],
  ] as const;
  for (const [tag, template] of cases) {
    it(`<${tag}>: what a screen reader gets turns from Japanese to English and back`, async () => {
      const el = await fixture<PlanElement>(html`<div style="width: 900px">${template}</div>`).then((box) => box.firstElementChild as PlanElement);
      await drawn(el);
      const japanese = spoken(el);
      expect(japanese, 'in Japanese first').to.match(KANA);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      const english = spoken(el);
      expect(english, `${tag} in English: ${english}`).not.to.match(KANA);
      expect(english.length).to.be.greaterThan(20);
      el.lang = 'ja';
      await el.updateComplete;
      expect(spoken(el)).to.equal(japanese);
    });
  }
});
