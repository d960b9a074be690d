import { expect } from '@open-wc/testing';
import { expectedProgress, indicatorProgress, type IndicatorProgress } from '../../src/progress/index.js';
import { validatePlan, type Indicator, type PlanDocument } from '../../src/schema/index.js';
import { edgePlan } from './edge-plan.js';

// The README's worked examples: 自殺死亡率, 19.8 (FY2019) → 13.0 (FY2026), in the 2021–2026 plan.
// A fiscal year's value holds at its end (1 April next): the path runs from 1 Apr 2020 (day 0) to 1 Apr 2027 (day 2556).
const today = new Date(2025, 5, 1);
const suicide: Indicator = {
  id: 'suicide',
  name: '自殺死亡率',
  unit: '人口10万対',
  direction: 'decrease',
  baseline: { value: 19.8, year: 2019 },
  target: { value: 13.0, year: 2026 },
  current: { value: 16.2, year: 2024 },
};
const progress = (indicator: Indicator, plan: PlanDocument = edgePlan): IndicatorProgress => indicatorProgress(indicator, plan, today);

describe('expected value (basis "expected", the default grading)', () => {
  it('a decrease indicator: expected 14.94 at the end of FY2024, 16.2 is 53% of the way against 71% expected: 遅れ', () => {
    const p = progress(suicide);
    expect(p.basis).to.equal('expected');
    expect(p.ratio).to.be.closeTo(3.6 / 6.8, 1e-12);
    expect(p.expected!.ratio).to.be.closeTo(1826 / 2556, 1e-12);
    expect(p.expected!.value).to.be.closeTo(19.8 - 6.8 * (1826 / 2556), 1e-12);
    expect(p.expected!.value.toFixed(2)).to.equal('14.94');
    expect(p.grade).to.deep.equal({ key: 'behind', label: '遅れ', tone: 'behind' });
  });

  it('a milestone past the current year (16.0 in FY2025): the path bends there, 16.63 expected for FY2024, so 16.2 is 順調', () => {
    const withMilestone: Indicator = { ...suicide, milestones: [{ value: 16.0, year: 2025 }] };
    const p = progress(withMilestone);
    const milestoneRatio = 3.8 / 6.8;
    expect(p.expected!.ratio).to.be.closeTo((milestoneRatio * 1826) / 2191, 1e-12);
    expect(p.expected!.value.toFixed(2)).to.equal('16.63');
    expect(p.grade.label).to.equal('順調');
    // After the milestone, the path runs on straight to the target: FY2026 expects the target itself.
    expect(expectedProgress({ ...withMilestone, current: { value: 14, year: 2026 } }, edgePlan, today)!.ratio).to.equal(1);
    // A milestone already passed: the stretch from it to the target.
    const passed: Indicator = { ...suicide, milestones: [{ value: 18.0, year: 2021 }] };
    const r0 = 1.8 / 6.8;
    expect(progress(passed).expected!.ratio).to.be.closeTo(r0 + ((1 - r0) * (1826 - 730)) / (2556 - 730), 1e-12);
  });

  it('a current year before the baseline year: nothing expected yet, so any value at or better than the baseline is 順調', () => {
    const early: Indicator = { ...suicide, current: { value: 19.5, year: 2018 } };
    expect(progress(early).expected).to.deep.equal({ value: 19.8, ratio: 0 });
    expect(progress(early).grade.label).to.equal('順調');
    expect(progress({ ...early, current: { value: 20.5, year: 2018 } }).grade.label).to.equal('悪化');
  });

  it('no year given: the value is judged at today (1 Jun 2025, day 1887)', () => {
    const undated: Indicator = { ...suicide, current: { value: 16.2 } };
    const p = progress(undated);
    expect(p.expected!.ratio).to.be.closeTo(1887 / 2556, 1e-12);
    expect(p.grade.label).to.equal('遅れ');
    // Without years on the baseline and target, the path spans the plan period: the share of the period elapsed, as before 1.1.
    const bare: Indicator = { ...undated, baseline: { value: 19.8 }, target: { value: 13.0 } };
    expect(progress(bare).expected!.ratio).to.be.closeTo(progress(bare).elapsed!, 1e-12);
    // Without any year or period, 順調 is any progress at all.
    const noPeriod: PlanDocument = { ...edgePlan, plan: { id: 'no-period', title: 'x' } };
    expect(progress(bare, noPeriod).expected).to.equal(null);
    expect(progress(bare, noPeriod).grade.label).to.equal('順調');
  });

  it('target equal to baseline has no path: graded as before', () => {
    const flat: Indicator = { ...suicide, direction: 'maintain', baseline: { value: 100, year: 2019 }, target: { value: 100, year: 2026 }, current: { value: 100, year: 2024 } };
    expect(progress(flat).expected).to.equal(null);
    expect(progress(flat).grade.label).to.equal('達成');
  });

  it('a plan’s grades with basis "expected" read the ratio against the expected ratio (年度目標に対する達成率); "target" against the final target', () => {
    const grades = [
      { label: 'A', min: 1, symbol: '◎' },
      { label: 'B', min: 0.6, symbol: '○' },
      { label: 'C', min: 0, symbol: '△' },
      { label: 'D', min: -100, symbol: '×' },
    ];
    const expectedPlan: PlanDocument = { ...edgePlan, evaluation: { grades, basis: 'expected' } };
    const targetPlan: PlanDocument = { ...edgePlan, evaluation: { grades, basis: 'target' } };
    // 0.529 of the way, 0.714 expected: 0.74 of the expected progress → B; against the target 0.529 → C.
    expect(progress(suicide, expectedPlan).grade).to.deep.equal({ key: 'grade-2', label: 'B', tone: 'on-track', symbol: '○' });
    expect(progress(suicide, expectedPlan).basis).to.equal('expected');
    expect(progress(suicide, targetPlan).grade).to.deep.equal({ key: 'grade-3', label: 'C', tone: 'behind', symbol: '△' });
    // Without basis, a plan's grades read the ratio itself, as in 1.0.
    expect(progress(suicide, { ...edgePlan, evaluation: { grades } }).grade.label).to.equal('C');
    expect(progress(suicide, { ...edgePlan, evaluation: { grades } }).basis).to.equal('target');
    // Worse than the baseline stays worst under either basis.
    expect(progress({ ...suicide, current: { value: 21, year: 2024 } }, expectedPlan).grade.symbol).to.equal('×');
    expect(validatePlan(expectedPlan).valid).to.equal(true);
  });
});

/** The 1.0 default rule, written out: 順調 from the share of the plan period elapsed. */
function gradeBefore11(p: IndicatorProgress): string {
  if (!p.measured) return 'not-measured';
  const ratio = p.ratio ?? (p.achieved ? 1 : -Infinity);
  if (ratio >= 1) return 'achieved';
  if (ratio < 0) return 'worsened';
  return (p.elapsed === null ? ratio > 0 : ratio >= p.elapsed) ? 'on-track' : 'behind';
}

describe('the examples under the 1.1 rule', () => {
  it('every indicator of every example keeps its grade (those with default grades compared with the 1.0 rule)', async () => {
    const names = ['deep-health-plan', 'english-sample', 'iwaki-sample-indicators', 'thirty-indicators'];
    let compared = 0;
    for (const name of names) {
      const plan = validatePlan(await (await fetch(`/examples/${name}.plan.json`)).json());
      if (!plan.valid) throw new Error(`${name} is not valid`);
      for (const indicator of plan.plan.indicators ?? []) {
        const p = indicatorProgress(indicator, plan.plan, today);
        if (plan.plan.evaluation) expect(p.basis, name).to.equal('target');
        else {
          expect(p.grade.key, `${name} ${indicator.id}`).to.equal(gradeBefore11(p));
          compared++;
        }
      }
    }
    expect(compared).to.equal(42);
  });
});
