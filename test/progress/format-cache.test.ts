// The number formats and the strings they write are remembered (src/progress/format.ts): a
// remembered string must never cross into another language or another precision, as it would
// on a page that shows the same plan in two languages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/plan-gauge/plan-gauge.js';
import type { PlanGauge } from '../../src/components/plan-gauge/plan-gauge.js';
import { formatCompact, formatNumber, formatPercent, formatValue } from '../../src/progress/index.js';
import { edgePlan } from './edge-plan.js';

describe('remembered number formats', () => {
  it('write the same value in each language’s convention, whichever language asked first', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatNumber(1318000.25, 'de', 1)).to.equal('1.318.000,3');
      expect(formatNumber(1318000.25, 'ja', 1)).to.equal('1,318,000.3');
      expect(formatNumber(1318000.25, 'fr', 1)).to.equal('1\u202f318\u202f000,3');
      expect(formatNumber(1318000.25, 'ja', 2)).to.equal('1,318,000.25');
      expect(formatNumber(1318000.25, 'ja')).to.equal('1,318,000');
    }
  });

  it('keep short forms and percentages apart by language', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatCompact(123e12, 'ja')).to.equal('123兆');
      expect(formatCompact(123e12, 'en')).to.equal('123T');
      expect(formatPercent(53, 'de')).to.equal('53\u00a0%');
      expect(formatPercent(53, 'en')).to.equal('53%');
    }
  });

  it('round a value that was first written at another precision afresh', () => {
    expect(formatValue(16.25, '%', 'ja', 2)).to.equal('16.25%');
    expect(formatValue(16.25, '%', 'ja', 1)).to.equal('16.3%');
    expect(formatValue(-0.04, '%', 'ja', 2)).to.equal('-0.04%');
    expect(formatValue(-0.04, '%', 'ja', 1)).to.equal('0.0%');
  });

  it('keep two gauges of one page in their own languages', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <plan-gauge .plan=${edgePlan} indicator="millions" today="2025-06-01" lang="de"></plan-gauge>
      <plan-gauge .plan=${edgePlan} indicator="millions" today="2025-06-01" lang="en"></plan-gauge>
    </div>`);
    const [german, english] = [...page.querySelectorAll<PlanGauge>('plan-gauge')];
    await german!.updateComplete;
    await english!.updateComplete;
    const spoken = (el: PlanGauge): string => el.shadowRoot!.querySelector('[aria-valuetext]')!.getAttribute('aria-valuetext')!;
    expect(spoken(german!)).to.contain('1.318.000');
    expect(spoken(german!)).not.to.contain('1,318,000');
    expect(spoken(english!)).to.contain('1,318,000');
  });
});
