import { expect } from '@open-wc/testing';
import { describeRollup, rollupGrades, rollupSegments, WHOLE_PLAN, type GradeRollup } from '../../src/progress/index.js';
import { validatePlan, type PlanDocument } from '../../src/schema/index.js';

const today = new Date(2025, 5, 1);
const counts = (rollup: GradeRollup | undefined) => rollup && Object.fromEntries(rollup.counts.filter((c) => c.count > 0).map((c) => [c.grade.key, c.count]));

async function iwaki(): Promise<PlanDocument> {
  const result = validatePlan(await (await fetch('/examples/iwaki-sample-indicators.plan.json')).json());
  if (!result.valid) throw new Error('not valid');
  return result.plan;
}

describe('rollupGrades', () => {
  it('counts the grades of a node’s own and its descendants’ indicators, up to the whole plan', async () => {
    const rollups = rollupGrades(await iwaki(), today);
    expect(counts(rollups.get('2'))).to.deep.equal({ achieved: 1, behind: 1, worsened: 2, 'not-measured': 1 });
    expect(rollups.get('2')).to.include({ total: 5, measured: 4 });
    expect(counts(rollups.get('3'))).to.deep.equal({ behind: 2 });
    expect(counts(rollups.get('3-1'))).to.deep.equal({ behind: 2 });
    expect(rollups.get(WHOLE_PLAN)).to.include({ total: 8, measured: 7 });
    // Nodes without indicators are absent, not zero.
    expect(rollups.has('1-1')).to.equal(false);
    // Every grade of the plan is listed, best first, 未計測 last.
    expect(rollups.get('3')!.counts.map((c) => c.grade.label)).to.deep.equal(['達成', '順調', '遅れ', '悪化', '未計測']);
  });

  it('a node whose indicators are all unmeasured says so and is not 0%', async () => {
    const rollup = rollupGrades(await iwaki(), today).get('2-10')!;
    expect(rollup).to.include({ total: 1, measured: 0 });
    expect(describeRollup(rollup, 'ja')).to.equal('指標 1件：すべて未計測');
    expect(describeRollup(rollup, 'en')).to.equal('1 indicator: none measured yet');
    // The bar is one grey 未計測 segment, not an empty bar.
    expect(rollupSegments(rollup).map((s) => [s.grade.key, s.width])).to.deep.equal([['not-measured', 1]]);
  });

  it('says the counts in words, with the plan’s grade symbols, and draws them as a stacked bar', async () => {
    const plan = await iwaki();
    const rollup = rollupGrades(plan, today).get('2')!;
    expect(describeRollup(rollup, 'ja')).to.equal('指標 5件：達成 1、遅れ 1、悪化 2、未計測 1');
    expect(describeRollup(rollupGrades(plan, today, 'en').get('2')!, 'en')).to.equal('5 indicators: Achieved 1, Behind 1, Worsened 2, Not measured 1');
    expect(rollupSegments(rollup).map((s) => [s.grade.key, s.x, s.width])).to.deep.equal([
      ['achieved', 0, 0.2],
      ['behind', 0.2, 0.2],
      ['worsened', 0.4, 0.4],
      ['not-measured', 0.8, 0.2],
    ]);
    const graded: PlanDocument = {
      ...plan,
      evaluation: {
        grades: [
          { label: '達成', min: 1, symbol: '◎' },
          { label: '概ね順調', min: 0.5, symbol: '○' },
          { label: '遅れ', min: -1e9, symbol: '×' },
        ],
      },
    };
    expect(describeRollup(rollupGrades(graded, today).get('2')!, 'ja')).to.equal('指標 5件：◎ 達成 1、× 遅れ 3、未計測 1');
  });

  it('an indicator tied to an unknown node or to none counts only for the whole plan', async () => {
    const plan = await iwaki();
    const odd: PlanDocument = {
      ...plan,
      indicators: [
        { ...plan.indicators![0]!, id: 'x', node: 'nowhere' },
        { ...plan.indicators![1]!, id: 'y', node: undefined },
      ],
    };
    const rollups = rollupGrades(odd, today);
    expect([...rollups.keys()]).to.deep.equal([WHOLE_PLAN]);
    expect(rollups.get(WHOLE_PLAN)!.total).to.equal(2);
  });
});
