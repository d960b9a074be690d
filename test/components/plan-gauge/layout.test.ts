import { expect } from '@open-wc/testing';
import { ARC, describeIndicator, layoutGauge, layoutSparkline, type GaugeLayout, type GaugeTexts, type GaugeVariant } from '../../../src/components/plan-gauge/index.js';
import { contains, overlappingPairs, overlaps, type Box } from '../../../src/geometry/index.js';
import { indicatorProgress, type GaugeScale } from '../../../src/progress/index.js';
import { measureText } from '../../../src/text/index.js';
import { edgeIndicators, edgePlan, NOT_A_NUMBER } from '../../progress/edge-plan.js';

const half: GaugeScale = { kind: 'baseline-target', start: 0, end: 100, baseline: 0, target: 1, current: 0.5, currentBeyond: null };
const defaultTexts: GaugeTexts = { start: ['基準', '0'], end: ['目標', '100'], baseline: null, target: null, value: '50', unit: '%' };

/** Every number and string in a layout. */
function leaves(value: unknown): (number | string)[] {
  if (typeof value === 'number' || typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

function textBoxes(layout: GaugeLayout): Box[] {
  return [...layout.ends, ...layout.unit, ...(layout.center ? [layout.center] : []), ...[layout.baseline.label, layout.target.label].filter((l) => l !== null)].map((l) => l.box);
}

describe('layoutGauge: the dial', () => {
  it('draws the track as a half ring, radius 80 to 64, left to right over the top', () => {
    const layout = layoutGauge(half, defaultTexts);
    expect(layout.track).to.equal('M-80,0A80,80,0,1,1,80,0L64,0A64,64,0,1,0,-64,0Z');
  });

  it('fills from the baseline to the current value: half way ends at 12 o’clock', () => {
    expect(layoutGauge(half, defaultTexts).value).to.equal('M-80,0A80,80,0,0,1,0,-80L0,-64A64,64,0,0,0,-64,0Z');
  });

  it('fills backward from a baseline mark that is not at the start (own scale, current below baseline)', () => {
    const scale: GaugeScale = { kind: 'explicit', start: 0, end: 100, baseline: 0.75, target: 1, current: 0.25, currentBeyond: null };
    expect(layoutGauge(scale, defaultTexts).value).to.equal('M-56.57,-56.57A80,80,0,0,1,56.57,-56.57L45.25,-45.25A64,64,0,0,0,-45.25,-45.25Z');
  });

  it('draws no fill when not measured or when current sits on the baseline', () => {
    expect(layoutGauge({ ...half, current: null }, defaultTexts).value).to.equal(null);
    expect(layoutGauge({ ...half, current: 0 }, defaultTexts).value).to.equal(null);
  });

  it('puts a dot on the middle of the band where the current value lies, none when not measured', () => {
    expect(layoutGauge(half, defaultTexts).current).to.deep.equal({ x: 0, y: -72, r: 6 });
    expect(layoutGauge({ ...half, current: 0 }, defaultTexts).current).to.deep.equal({ x: -72, y: 0, r: 6 });
    expect(layoutGauge({ ...half, current: null }, defaultTexts).current).to.equal(null);
  });

  it('puts the baseline and target marks across the band, the target longer', () => {
    const layout = layoutGauge(half, defaultTexts);
    expect(layout.baseline).to.deep.equal({ at: 0, x1: -60, y1: 0, x2: -84, y2: 0, label: null });
    expect(layout.target).to.deep.equal({ at: 1, x1: 57, y1: 0, x2: 87, y2: 0, label: null });
  });

  it('labels the ends under them, left-aligned and right-aligned', () => {
    const [start, end] = layoutGauge(half, defaultTexts).ends;
    expect(start).to.include({ text: '基準 0', x: -80, y: 18.8, anchor: 'start' });
    expect(end).to.include({ text: '目標 100', x: 80, y: 18.8, anchor: 'end' });
    expect(end!.box.x).to.equal(Math.round((80 - measureText('目標 100', ARC.fontSize)) * 100) / 100);
  });

  it('stacks the end labels into lines when they would not fit side by side', () => {
    const layout = layoutGauge(half, { ...defaultTexts, start: ['基準', '1,250,000'], end: ['目標', '1,400,000'] });
    expect(layout.ends.map((l) => `${l.text}@${l.x},${l.y}`)).to.deep.equal(['基準@-80,18.8', '1,250,000@-80,33.8', '目標@80,18.8', '1,400,000@80,33.8']);
    expect(overlappingPairs(textBoxes(layout))).to.deep.equal([]);
  });

  it('sets stacked end labels smaller when their lines are still too wide, and never lets them meet', () => {
    const billions = layoutGauge(half, { ...defaultTexts, start: ['基準', '1,250,000,000'], end: ['目標', '1,400,000,000'] });
    expect(billions.ends[0]!.fontSize).to.be.below(ARC.fontSize);
    expect(billions.ends.map((l) => l.y)).to.deep.equal([billions.ends[0]!.y, billions.ends[1]!.y, billions.ends[0]!.y, billions.ends[1]!.y]);
    expect(overlappingPairs(textBoxes(billions))).to.deep.equal([]);
    const huge = layoutGauge(half, { ...defaultTexts, start: ['基準', '1,250,000,000,000,000'], end: ['目標', '1,400,000,000,000,000'] });
    expect(huge.ends[2]!.y).to.be.above(huge.ends[1]!.y);
    expect(overlappingPairs(textBoxes(huge))).to.deep.equal([]);
    for (const label of huge.ends) expect(contains(huge.viewBox, label.box)).to.equal(true);
  });

  it('sets the value as large as fits inside the ring, smaller for long numbers', () => {
    const short = layoutGauge(half, defaultTexts).center!;
    const long = layoutGauge(half, { ...defaultTexts, value: '1,318,000' }).center!;
    expect(short.fontSize).to.equal(ARC.maxValueFont);
    expect(long.fontSize).to.be.below(ARC.maxValueFont);
    for (const box of [short.box, long.box]) {
      for (const [x, y] of [
        [box.x, box.y],
        [box.x + box.width, box.y],
      ] as const)
        expect(Math.hypot(x, y)).to.be.at.most(ARC.radius - ARC.thickness);
    }
  });

  it('lifts the baseline label clear of a nearby target label', () => {
    const close: GaugeScale = { kind: 'explicit', start: 0, end: 100, baseline: 0.5, target: 0.52, current: 0.6, currentBeyond: null };
    const layout = layoutGauge(close, { start: ['0'], end: ['100'], baseline: '基準', target: '目標', value: '60', unit: '%' });
    expect(layout.baseline.label!.y).to.be.below(layout.target.label!.y);
    expect(overlappingPairs(textBoxes(layout))).to.deep.equal([]);
  });
  it('gives dials one width whatever their values, so that a grid of them shares a scale', () => {
    const today = new Date(2025, 5, 1);
    const boxes = [edgeIndicators.zeroBaseline, edgeIndicators.suicide, edgeIndicators.worse, edgeIndicators.overAchieved, edgeIndicators.negative].map((indicator) => {
      const progress = indicatorProgress(indicator, edgePlan, today, 'ja');
      const { x, width } = layoutGauge(progress.scale, describeIndicator(progress, 'ja', 'ja').gauge).viewBox;
      return `${x} ${width}`;
    });
    expect(new Set(boxes).size).to.equal(1);
  });
});

describe('layoutGauge: the bar', () => {
  it('draws a 240 × 12 track and a fill from the baseline to the current value', () => {
    const layout = layoutGauge(half, defaultTexts, 'bar');
    expect(layout.track).to.equal('M0,0H240V12H0Z');
    expect(layout.value).to.equal('M0,0H120V12H0Z');
    expect(layout.target).to.include({ x1: 240, y1: -6, x2: 240, y2: 18 });
    expect(layout.current).to.deep.equal({ x: 120, y: 6, r: 5 });
    expect(layout.center).to.equal(null);
  });

  it('fills leftward when current is below a baseline in the middle of the scale', () => {
    const layout = layoutGauge({ ...half, kind: 'explicit', baseline: 0.5, target: 0.75, current: 0.25 }, { start: ['0'], end: ['100'], baseline: '基準', target: '目標' }, 'bar');
    expect(layout.value).to.equal('M60,0H120V12H60Z');
    expect(layout.baseline.label).to.include({ text: '基準', x: 120, anchor: 'middle' });
    expect(layout.target.label).to.include({ text: '目標', x: 180, anchor: 'middle' });
  });

  it('keeps mark labels at the ends inside the bar’s width', () => {
    const layout = layoutGauge({ ...half, kind: 'explicit', baseline: 0, target: 1 }, { start: ['0'], end: ['100'], baseline: 'Baseline', target: 'Target' }, 'bar');
    expect(layout.baseline.label).to.include({ x: 0, anchor: 'start' });
    expect(layout.target.label).to.include({ x: 240, anchor: 'end' });
  });

  it('holds the current-value dot in the viewBox when it sits at either end', () => {
    for (const current of [0, 1]) {
      const layout = layoutGauge({ ...half, current }, defaultTexts, 'bar');
      const dot = layout.current!;
      expect(contains(layout.viewBox, { x: dot.x - dot.r, y: dot.y - dot.r, width: dot.r * 2, height: dot.r * 2 }), `current ${current}`).to.equal(true);
    }
  });
});

describe('layoutGauge: numbers at the ends of the float range', () => {
  const today = new Date(2025, 5, 1);
  const cases: [string, number, number, 'increase' | 'decrease' | 'maintain', number | undefined][] = [
    ['baseline and target at ±MAX_VALUE', -Number.MAX_VALUE, Number.MAX_VALUE, 'increase', 0],
    ['baseline = target = MAX_VALUE', Number.MAX_VALUE, Number.MAX_VALUE, 'increase', 1],
    ['baseline = target = -MAX_VALUE, current MAX_VALUE', -Number.MAX_VALUE, -Number.MAX_VALUE, 'decrease', Number.MAX_VALUE],
    ['baseline = target = 8.4e-323', 8.4e-323, 8.4e-323, 'maintain', 0],
    ['baseline = target = 5e-324, not measured', 5e-324, 5e-324, 'maintain', undefined],
  ];
  for (const [name, baseline, target, direction, current] of cases) {
    it(`gives finite positions: ${name}`, () => {
      const indicator = {
        id: 'x',
        name: 'x',
        unit: '',
        direction,
        baseline: { value: baseline, year: 2020 },
        target: { value: target, year: 2030 },
        ...(current === undefined ? {} : { current: { value: current, year: 2024 } }),
      };
      const progress = indicatorProgress(indicator, edgePlan, today, 'en');
      for (const value of leaves({ ...progress.scale, ratio: progress.ratio, percent: progress.percent, difference: progress.differenceFromTarget }))
        if (typeof value === 'number') expect(Number.isFinite(value), JSON.stringify(progress.scale)).to.equal(true);
      for (const variant of ['arc', 'bar'] as GaugeVariant[]) {
        for (const value of leaves(layoutGauge(progress.scale, describeIndicator(progress, 'en', 'ja').gauge, variant))) {
          if (typeof value === 'number') expect(Number.isFinite(value), variant).to.equal(true);
          else expect(value, variant).not.to.match(NOT_A_NUMBER);
        }
      }
    });
  }
});

describe('layoutGauge: every edge case', () => {
  const today = new Date(2025, 5, 1);
  for (const variant of ['arc', 'bar'] as GaugeVariant[]) {
    for (const lang of ['ja', 'en']) {
      it(`never overlaps texts, keeps them in the viewBox and writes no NaN (${variant}, ${lang})`, () => {
        for (const indicator of Object.values(edgeIndicators)) {
          const progress = indicatorProgress(indicator, edgePlan, today, lang);
          const layout = layoutGauge(progress.scale, describeIndicator(progress, lang, 'ja').gauge, variant);
          const boxes = textBoxes(layout);
          expect(overlappingPairs(boxes), indicator.id).to.deep.equal([]);
          const dot = layout.current;
          if (dot)
            for (const box of boxes)
              expect(overlaps(box, { x: dot.x - dot.r - 1, y: dot.y - dot.r - 1, width: dot.r * 2 + 2, height: dot.r * 2 + 2 }), `${indicator.id} dot`).to.equal(false);
          for (const box of boxes) expect(contains(layout.viewBox, box), `${indicator.id} ${JSON.stringify(box)}`).to.equal(true);
          for (const value of leaves(layout)) {
            if (typeof value === 'number') expect(Number.isFinite(value), indicator.id).to.equal(true);
            else expect(value, indicator.id).not.to.match(NOT_A_NUMBER);
          }
        }
      });
    }
  }
});

describe('layoutSparkline', () => {
  it('spaces points by fiscal year and scales them to their own range', () => {
    const spark = layoutSparkline([
      { value: 19.1, year: 2020 },
      { value: 18.3, year: 2021 },
      { value: 17.6, year: 2022 },
      { value: 16.9, year: 2023 },
      { value: 16.2, year: 2024 },
    ])!;
    expect(spark.path).to.equal('M3,3L25.5,9.07L48,14.38L70.5,19.69L93,25');
  });

  it('spaces points evenly without years, draws a flat line for equal values, and nothing for one point', () => {
    expect(layoutSparkline([{ value: 1 }, { value: 1 }, { value: 1 }], 40, 10)!.path).to.equal('M3,5L20,5L37,5');
    expect(layoutSparkline([{ value: 1, year: 2024 }])).to.equal(null);
    expect(
      layoutSparkline(
        [
          { value: 1, year: 2024 },
          { value: 2, year: 2026 },
          { value: 3, year: 2025 },
        ],
        40,
        10,
      )!.points.map((p) => p.x),
    ).to.deep.equal([3, 37, 20]);
  });

  it('scales values whose range overflows a double without NaN', () => {
    const spark = layoutSparkline([{ value: -Number.MAX_VALUE }, { value: 0 }, { value: Number.MAX_VALUE }])!;
    expect(spark.points).to.deep.equal([
      { x: 3, y: 25 },
      { x: 48, y: 14 },
      { x: 93, y: 3 },
    ]);
  });
});
