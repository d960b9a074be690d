import { expect } from '@open-wc/testing';
import { elapsedShare, gradeScale, indicatorProgress, niceCeil } from '../../src/progress/index.js';
import { validatePlan, type Indicator, type PlanDocument } from '../../src/schema/index.js';
import { edgeIndicators as e, edgePlan } from './edge-plan.js';

const today = new Date(2025, 5, 1);
const progress = (indicator: Indicator, plan: PlanDocument = edgePlan, lang?: string) => indicatorProgress(indicator, plan, today, lang);
/** Share elapsed when a fiscal-2024 value is judged in the 2021–2026 plan: 1 Apr 2021 → 1 Apr 2025 of 1 Apr 2021 → 1 Apr 2027. */
const ELAPSED_2024 = 1461 / 2191;

async function example(name: string): Promise<PlanDocument> {
  const result = validatePlan(await (await fetch(`/examples/${name}.plan.json`)).json());
  if (!result.valid) throw new Error(`${name} is not valid`);
  return result.plan;
}

describe('indicatorProgress', () => {
  it('works on a valid plan', () => {
    expect(validatePlan(edgePlan).valid).to.equal(true);
  });

  it('baseline 0: the ratio is current / target, graded against the share of the period elapsed', () => {
    const p = progress(e.zeroBaseline);
    expect(p.ratio).to.be.closeTo(640 / 3000, 1e-12);
    expect(p.percent).to.equal(21);
    expect(p.elapsed).to.be.closeTo(ELAPSED_2024, 1e-12);
    expect(p.grade).to.deep.equal({ key: 'behind', label: '遅れ', tone: 'behind' });
    expect(p.fillFraction).to.be.closeTo(0.21333, 1e-5);
    expect(p.scale).to.include({ kind: 'baseline-target', start: 0, end: 3000, baseline: 0, target: 1, currentBeyond: null });
  });

  it('progress at or above the share elapsed is 順調 (On track in English)', () => {
    expect(progress(e.onTrack).grade.label).to.equal('順調');
    expect(progress(e.onTrack, edgePlan, 'en').grade).to.deep.equal({ key: 'on-track', label: 'On track', tone: 'on-track' });
    expect(progress(e.onTrack).percent).to.equal(80);
  });

  it('target equal to baseline, increase: better than the target is achieved, with no ratio to show', () => {
    const p = progress(e.flatIncrease);
    expect(p).to.include({ ratio: null, percent: null, achieved: true, overAchieved: true, worsened: false, fillFraction: 1, differenceFromTarget: 5 });
    expect(p.grade.key).to.equal('achieved');
    // The gauge is centred on the target, better to the right, half-width a round number.
    expect(p.scale).to.deep.equal({ kind: 'around-target', start: 40, end: 60, baseline: 0.5, target: 0.5, current: 0.75, currentBeyond: null });
  });

  it('target equal to baseline, decrease: a higher value is worse than the baseline (悪化)', () => {
    const p = progress(e.flatDecrease);
    expect(p).to.include({ ratio: null, percent: null, achieved: false, worsened: true, fillFraction: 0 });
    expect(p.differenceFromTarget).to.be.closeTo(0.4, 1e-12);
    expect(p.grade.label).to.equal('悪化');
    expect(p.scale).to.include({ kind: 'around-target', start: 3.5, end: 2.5, baseline: 0.5, target: 0.5 });
    expect(p.scale.current).to.be.closeTo(0.1, 1e-12);
    expect(p.decimals).to.equal(1);
  });

  it('over-achieved: the real ratio (220%) but a fill that stops at the end of the scale', () => {
    const p = progress(e.overAchieved);
    expect(p.ratio).to.be.closeTo(2.2, 1e-12);
    expect(p).to.include({ percent: 220, achieved: true, overAchieved: true, fillFraction: 1 });
    expect(p.grade.label).to.equal('達成');
    expect(p.scale).to.include({ current: 1, currentBeyond: 'end' });
  });

  it('worse than the baseline: a negative ratio, an empty fill and 悪化', () => {
    const p = progress(e.worse);
    expect(p.ratio).to.be.closeTo(-160 / 450, 1e-12);
    expect(p).to.include({ percent: -36, worsened: true, achieved: false, fillFraction: 0 });
    expect(p.grade.label).to.equal('悪化');
    // A decrease indicator runs from the baseline on the left to the (lower) target on the right.
    expect(p.scale).to.include({ start: 2450, end: 2000, current: 0, currentBeyond: 'start' });
  });

  it('negative values on the indicator’s own scale: marks at their values, fill from the baseline', () => {
    const p = progress(e.negative);
    expect(p.ratio).to.be.closeTo(350 / 1200, 1e-12);
    expect(p.percent).to.equal(29);
    expect(p.scale.kind).to.equal('explicit');
    expect(p.scale.baseline).to.be.closeTo(0.32, 1e-12);
    expect(p.scale.target).to.be.closeTo(0.8, 1e-12);
    expect(p.scale.current).to.be.closeTo(0.46, 1e-12);
  });

  it('widens the indicator’s own scale to hold the baseline and the target', () => {
    const narrow = { ...e.negative, scale: { min: -1000, max: -500 } } satisfies Indicator;
    expect(progress(narrow).scale).to.include({ kind: 'explicit', start: -1200, end: 0 });
  });

  it('values in the millions', () => {
    const p = progress(e.millions);
    expect(p.ratio).to.be.closeTo(68000 / 150000, 1e-12);
    expect(p.percent).to.equal(45);
    expect(p.decimals).to.equal(0);
  });

  it('maintain: below the level to keep is 悪化, at or above it 達成', () => {
    const below = progress(e.maintainBelow);
    expect(below).to.include({ achieved: false, worsened: true, ratio: null });
    expect(below.differenceFromTarget).to.be.closeTo(-2.5, 1e-12);
    expect(below.grade.label).to.equal('悪化');
    const held = progress(e.maintainHeld);
    expect(held).to.include({ achieved: true, worsened: false });
    expect(held.grade.label).to.equal('達成');
  });

  it('maintain with a target below the baseline is achieved at or below the target', () => {
    const lower = { ...e.maintainHeld, baseline: { value: 95 }, target: { value: 90 }, current: { value: 89 } } satisfies Indicator;
    expect(progress(lower).achieved).to.equal(true);
    expect(progress({ ...lower, current: { value: 92 } }).achieved).to.equal(false);
  });

  it('no current value: 未計測, no ratio, an empty fill', () => {
    const p = progress(e.notMeasured);
    expect(p).to.include({ measured: false, ratio: null, percent: null, fillFraction: 0, achieved: false, worsened: false });
    expect(p.grade).to.deep.equal({ key: 'not-measured', label: '未計測', tone: 'not-measured' });
    expect(p.scale.current).to.equal(null);
    expect(progress(e.notMeasured, edgePlan, 'en').grade.label).to.equal('Not measured');
  });

  it('never rounds a percentage across a grade boundary', () => {
    const almost = { ...e.onTrack, current: { value: 99.6, year: 2024 } } satisfies Indicator;
    expect(progress(almost).percent).to.equal(99);
    expect(progress(almost).grade.label).to.equal('順調');
    const hair = { ...e.onTrack, current: { value: -0.2, year: 2024 } } satisfies Indicator;
    expect(progress(hair).percent).to.equal(-1);
    expect(progress(hair).grade.label).to.equal('悪化');
  });

  it('uses the plan’s own grades (deep-health-plan: A/B/C/D), each from its min upward', async () => {
    const plan = await example('deep-health-plan');
    const find = (id: string) => plan.indicators!.find((i) => i.id === id)!;
    const unscreened = indicatorProgress(find('ind-unscreened-rate'), plan, today);
    expect(unscreened.ratio).to.be.closeTo(5.3 / 18.4, 1e-12);
    expect(unscreened.grade).to.deep.equal({ key: 'grade-3', label: 'C', tone: 'behind' });
    expect(indicatorProgress(find('ind-waiting-children'), plan, today).grade).to.deep.equal({ key: 'grade-2', label: 'B', tone: 'on-track' });
    // maintain, held: graded as ratio 1 → A, with the plan's colour.
    expect(indicatorProgress(find('ind-cancer-followup'), plan, today).grade).to.deep.equal({ key: 'grade-1', label: 'A', tone: 'achieved', color: '#1a7f37' });
    // target equal to baseline and worse: the lowest grade.
    expect(indicatorProgress(find('ind-infant-checkup-missed'), plan, today).grade).to.deep.equal({ key: 'grade-4', label: 'D', tone: 'worsened' });
    expect(indicatorProgress(find('ind-secondhand-smoke'), plan, today).grade.label).to.equal('未計測');
  });

  it('a ratio below every plan grade takes the lowest one', () => {
    const plan: PlanDocument = {
      ...edgePlan,
      evaluation: {
        grades: [
          { label: 'A', min: 1 },
          { label: 'B', min: 0 },
        ],
      },
    };
    expect(indicatorProgress(e.worse, plan, today).grade).to.deep.equal({ key: 'grade-2', label: 'B', tone: 'worsened' });
  });

  it('lists the grades for a summary, best first, ending with 未計測', async () => {
    expect(gradeScale(edgePlan).map((g) => g.label)).to.deep.equal(['達成', '順調', '遅れ', '悪化', '未計測']);
    expect(gradeScale(edgePlan, 'en').map((g) => g.label)).to.deep.equal(['Achieved', 'On track', 'Behind', 'Worsened', 'Not measured']);
    const five: PlanDocument = {
      ...edgePlan,
      evaluation: {
        grades: [
          { label: 'B', min: 0.5 },
          { label: 'S', min: 1.2 },
          { label: '−', min: -100 },
          { label: 'A', min: 1 },
          { label: 'C', min: 0 },
        ],
      },
    };
    expect(gradeScale(five).map((g) => `${g.label}:${g.tone}`)).to.deep.equal(['S:achieved', 'A:on-track', 'B:behind', 'C:behind', '−:worsened', '未計測:not-measured']);
  });
});

describe('elapsedShare', () => {
  it('judges a value at the end of its fiscal year, within the plan period', () => {
    expect(elapsedShare(e.zeroBaseline, edgePlan, today)).to.be.closeTo(ELAPSED_2024, 1e-12);
  });

  it('judges a value with a date at that date', () => {
    const dated = { ...e.zeroBaseline, current: { value: 640, date: '2021-04-01' } } satisfies Indicator;
    expect(elapsedShare(dated, edgePlan, today)).to.equal(0);
  });

  it('uses today when the current value has neither date nor year', () => {
    const undated = { ...e.zeroBaseline, current: { value: 640 } } satisfies Indicator;
    expect(elapsedShare(undated, edgePlan, today)).to.be.closeTo(1522 / 2191, 1e-12);
    expect(elapsedShare(undated, edgePlan, new Date(2030, 0, 1))).to.equal(1);
  });

  it('without a plan period, runs from the baseline’s year to the target’s', () => {
    const plan: PlanDocument = { ...edgePlan, plan: { id: 'no-period', title: 'x' } };
    const indicator = { ...e.zeroBaseline, current: { value: 640, year: 2023 } } satisfies Indicator;
    expect(elapsedShare(indicator, plan, today)).to.be.closeTo(1096 / 2191, 1e-12);
  });

  it('without a period or years, 順調 means any progress', () => {
    const plan: PlanDocument = { ...edgePlan, plan: { id: 'no-period', title: 'x' } };
    const bare = { id: 'b', name: 'b', direction: 'increase', baseline: { value: 0 }, target: { value: 10 }, current: { value: 1 } } satisfies Indicator;
    expect(elapsedShare(bare, plan, today)).to.equal(null);
    expect(indicatorProgress(bare, plan, today).grade.label).to.equal('順調');
    expect(indicatorProgress({ ...bare, current: { value: 0 } }, plan, today).grade.label).to.equal('遅れ');
  });
});

describe('niceCeil', () => {
  it('rounds a half-width up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([0.4, 0.5, 3.125, 6.25, 10, 11, 2400].map(niceCeil)).to.deep.equal([0.5, 0.5, 5, 10, 10, 20, 2500]);
    expect(niceCeil(0)).to.equal(1);
  });
});
