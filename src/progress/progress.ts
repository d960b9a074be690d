import { shareOf } from '../geometry/index.js';
import { localize } from '../schema/messages.js';
import { resolveText } from '../schema/text.js';
import type { EvaluationBasis, Grade, Indicator, Observation, PlanDocument } from '../schema/types.js';
import { sharedDecimals } from './format.js';
import { gradeLabels } from './messages.js';

/**
 * The five tones a grade is drawn in (colour and shape). The default grades have one each; a
 * plan's own grades take them by rank, best first.
 */
export type GradeTone = 'achieved' | 'on-track' | 'behind' | 'worsened' | 'not-measured';

/** A grade, resolved for display. */
export interface ResolvedGrade {
  /**
   * Stable name for styling and tests: the tone for the default grades (`achieved` …
   * `not-measured`); `grade-1`, `grade-2` … (best first) for a plan's own grades.
   */
  key: string;
  /** The grade's name in the display language, e.g. 遅れ or B. */
  label: string;
  /** The tone it is drawn in. */
  tone: GradeTone;
  /** The plan's own colour for the grade, when it gives one. */
  color?: string;
  /** What a table shows for the grade (S, ◎ …), when the plan's evaluation gives one. */
  symbol?: string;
}

/**
 * Where the indicator was expected to be when its current value was measured: on the straight
 * lines from the baseline through the milestones (中間目標値) to the target.
 */
export interface ExpectedProgress {
  /** The expected value at that moment, e.g. 16.9 of a 19.8 → 13.0 decrease. */
  value: number;
  /** The same as a progress ratio: 0 at the baseline, 1 at the target. */
  ratio: number;
}

/** Where values sit on the gauge: 0 is its left (or start) end, 1 its right end. */
export interface GaugeScale {
  /**
   * `baseline-target`: the gauge runs from the baseline to the target, so the fill is the progress;
   * `explicit`: the indicator's own `scale` (min on the left), widened to hold the baseline and target;
   * `around-target`: target equals baseline, so the gauge is centred on the target, better to the right.
   */
  kind: 'baseline-target' | 'explicit' | 'around-target';
  /** The value at the left end. */
  start: number;
  /** The value at the right end (smaller than `start` for a decrease indicator on the default scale). */
  end: number;
  /** Position of the baseline mark, 0..1. */
  baseline: number;
  /** Position of the target mark, 0..1. */
  target: number;
  /** Position of the current value, 0..1 (clamped to the scale); null when not measured. */
  current: number | null;
  /** Which end the current value lies beyond, when it is off the scale. */
  currentBeyond: 'start' | 'end' | null;
}

/** How far an indicator has come, and how that is graded. */
export interface IndicatorProgress {
  indicator: Indicator;
  /** False when there is no current value (未計測). */
  measured: boolean;
  /**
   * `(current − baseline) / (target − baseline)`: 0 at the baseline, 1 at the target, 2.2 when
   * more than twice the planned change has happened, negative when worse than the baseline.
   * Null when not measured, and when the target equals the baseline (there is no distance to
   * measure; see {@link IndicatorProgress.achieved}).
   */
  ratio: number | null;
  /**
   * The ratio as a whole percentage. Rounded, except that it never crosses a grade boundary the
   * ratio has not crossed: 99.6% of the way shows 99, not 100, and a hair worse than the
   * baseline shows -1, not 0.
   */
  percent: number | null;
  /**
   * Current is at least as good as the target. Where the target differs from the baseline this
   * is `ratio ≥ 1` in every direction. Where the target equals the baseline, "better" is higher
   * for `increase`, lower for `decrease`, and for `maintain` higher too (the level is a floor to
   * keep, e.g. 充足率 100%); a `maintain` indicator whose target is below its baseline is
   * achieved at or below the target.
   */
  achieved: boolean;
  /** Past the target: `ratio > 1`, or better than a target that equals the baseline. */
  overAchieved: boolean;
  /** Worse than the baseline. */
  worsened: boolean;
  /** Share of the way from the baseline to the target that is covered, 0..1. */
  fillFraction: number;
  /**
   * Share of the plan period elapsed when the current value was measured, 0..1; null when no
   * period is known.
   */
  elapsed: number | null;
  /**
   * The value expected when the current value was measured (see {@link expectedProgress}); null
   * when not measured, when the target equals the baseline, or when no years are known. Its
   * ratio is the bar for the default grade 順調.
   */
  expected: ExpectedProgress | null;
  /** What the grade was judged against: the final target, or the expected value (see {@link Evaluation.basis}). */
  basis: EvaluationBasis;
  /** current − target, for indicators whose target equals their baseline; else null. */
  differenceFromTarget: number | null;
  grade: ResolvedGrade;
  scale: GaugeScale;
  /** Fraction digits to show every value of this indicator with (see `sharedDecimals`). */
  decimals: number;
}

const DAY = 86_400_000;

/** 1 April of a fiscal year, UTC ms (the Japanese fiscal year starts 1 April). */
function fiscalYearStart(year: number): number {
  return Date.UTC(year, 3, 1);
}

function isoDate(date: string | undefined): number | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) ? time : null;
}

/** When an observation holds: its date, else the end of its fiscal year (a yearly figure is complete then). */
function observedAt(observation: Observation | undefined): number | null {
  if (!observation) return null;
  const date = isoDate(observation.date);
  if (date !== null) return date;
  return observation.year === undefined ? null : fiscalYearStart(observation.year + 1);
}

function todayUtc(today: Date): number {
  const time = today.getTime();
  return Number.isFinite(time) ? Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) : Date.now();
}

/**
 * Share of the plan period elapsed at the time the current value was measured (0..1).
 *
 * The period is `plan.period`, from 1 April of its first fiscal year to the end of its last;
 * without it, from the baseline's observation to the target's. The moment judged is the
 * current observation's `date`, else the end of its fiscal `year`, else `today`: a value
 * measured for fiscal 2024 is judged against where the plan should have been in fiscal 2024,
 * so that indicators do not slide into 遅れ while the next survey is pending.
 */
export function elapsedShare(indicator: Indicator, plan: PlanDocument, today: Date): number | null {
  const period = plan.plan.period;
  const from = period ? fiscalYearStart(period.from) : observedAt(indicator.baseline);
  const to = period ? fiscalYearStart(period.to + 1) : observedAt(indicator.target);
  if (from === null || to === null || to <= from) return null;
  const at = observedAt(indicator.current) ?? todayUtc(today);
  const share = Math.round((at - from) / DAY) / Math.round((to - from) / DAY);
  return Math.min(1, Math.max(0, share));
}

/**
 * The value an indicator was expected to have at the moment its current value was measured
 * (its `date`, else the end of its fiscal `year`, else `today`): on the straight lines from the
 * baseline (at the end of its year, else the start of the plan period) through the milestones
 * to the target (at the end of its year, else the end of the plan period). Before the baseline
 * nothing is expected yet (ratio 0), after the target all of it (ratio 1). Null when the target
 * equals the baseline or neither end has a time.
 */
export function expectedProgress(indicator: Indicator, plan: PlanDocument, today: Date, at: number | null = observedAt(indicator.current)): ExpectedProgress | null {
  const baseline = indicator.baseline.value;
  const target = indicator.target.value;
  if (target === baseline) return null;
  const period = plan.plan.period;
  const from = observedAt(indicator.baseline) ?? (period ? fiscalYearStart(period.from) : null);
  const to = observedAt(indicator.target) ?? (period ? fiscalYearStart(period.to + 1) : null);
  if (from === null || to === null || to <= from) return null;
  const when = at ?? todayUtc(today);
  // Day counts, as elapsedShare: whole fiscal years then give exact shares such as 4/7.
  const points: [number, number][] = [[0, 0]];
  for (const milestone of indicator.milestones ?? []) {
    const time = observedAt(milestone);
    if (time !== null && time > from && time < to) points.push([Math.round((time - from) / DAY), shareOf(milestone.value, baseline, target)]);
  }
  points.sort((a, b) => a[0] - b[0]);
  points.push([Math.round((to - from) / DAY), 1]);
  const day = Math.round((when - from) / DAY);
  let ratio = day <= 0 ? 0 : 1;
  for (let i = 1; i < points.length && day > 0; i++) {
    const [d0, r0] = points[i - 1]!;
    const [d1, r1] = points[i]!;
    if (day <= d1) {
      ratio = d1 === d0 ? r1 : r0 + ((r1 - r0) * (day - d0)) / (d1 - d0);
      break;
    }
  }
  return { value: baseline + ratio * (target - baseline), ratio };
}

function defaultGrade(tone: GradeTone, lang: string): ResolvedGrade {
  return { key: tone, label: localize(gradeLabels[tone], lang), tone };
}

const RANK_TONES: readonly GradeTone[] = ['achieved', 'on-track', 'behind', 'worsened'];

/** A plan grade's tone by its rank among `count` grades, best first: the best is 達成's, the worst 悪化's. */
function toneByRank(rank: number, count: number): GradeTone {
  if (count <= 1) return 'achieved';
  return RANK_TONES[Math.round((rank * (RANK_TONES.length - 1)) / (count - 1))] ?? 'behind';
}

/**
 * The plan's grade for a progress ratio: the highest grade whose `min` the ratio reaches. A
 * ratio below every `min` takes the lowest grade, since nothing lies beneath it.
 */
function planGrade(grades: readonly Grade[], ratio: number, lang: string, planLang: string): ResolvedGrade {
  const ranked = [...grades].sort((a, b) => b.min - a.min);
  let rank = ranked.findIndex((grade) => ratio >= grade.min);
  if (rank < 0) rank = ranked.length - 1;
  const grade = ranked[rank]!;
  return resolvePlanGrade(grade, rank, ranked.length, lang, planLang);
}

function resolvePlanGrade(grade: Grade, rank: number, count: number, lang: string, planLang: string): ResolvedGrade {
  const resolved: ResolvedGrade = { key: `grade-${rank + 1}`, label: resolveText(grade.label, lang, planLang), tone: toneByRank(rank, count) };
  if (grade.color) resolved.color = grade.color;
  if (grade.symbol) resolved.symbol = grade.symbol;
  return resolved;
}

/**
 * The progress ratio as a share of the expected one, which a plan's grades are read against
 * under `basis: "expected"` (1 = exactly where it should be by now; 多摩市's 年度目標に対する達成率).
 * While nothing is expected yet, at or above the baseline counts as on the path (1, or the
 * ratio itself once past the target), below it as its (negative) ratio.
 */
function againstExpected(ratio: number, expected: ExpectedProgress | null): number {
  if (expected === null) return ratio;
  if (expected.ratio > 0) return ratio / expected.ratio;
  return ratio < 0 ? ratio : Math.max(1, ratio);
}

/** Rounds a share to a whole percentage without crossing the grade boundaries at 0 and 100. */
function wholePercent(ratio: number): number {
  const percent = Math.round(clampFinite(ratio * 100));
  if (ratio < 1 && percent >= 100) return 99;
  if (ratio < 0 && percent >= 0) return -1;
  return percent === 0 ? 0 : percent;
}

/** Smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `value` (a readable half-width for a scale). */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  // Near the ends of the float range a round step underflows to 0 or overflows: keep the value itself.
  if (!(power > 0)) return value;
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    if (candidate >= value * (1 - 1e-12)) return Number.isFinite(candidate) ? Number(candidate.toPrecision(12)) : value;
  }
  return value;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Keeps a sum or difference of extreme values finite. */
function clampFinite(value: number): number {
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, value));
}

function gaugeScale(indicator: Indicator, higherIsBetter: boolean): Omit<GaugeScale, 'baseline' | 'target' | 'current' | 'currentBeyond'> {
  const baseline = indicator.baseline.value;
  const target = indicator.target.value;
  const scale = indicator.scale;
  // The indicator's own scale, widened where it leaves out the baseline or the target: both marks must be on it.
  if (scale && scale.max > scale.min) return { kind: 'explicit', start: Math.min(scale.min, baseline, target), end: Math.max(scale.max, baseline, target) };
  if (target !== baseline) return { kind: 'baseline-target', start: baseline, end: target };
  const current = indicator.current?.value;
  const half = niceCeil(clampFinite(Math.max(current === undefined ? 0 : Math.abs(current - target) * 1.25, Math.abs(target) * 0.05)));
  const low = clampFinite(target - half);
  const high = clampFinite(target + half);
  return higherIsBetter ? { kind: 'around-target', start: low, end: high } : { kind: 'around-target', start: high, end: low };
}

/**
 * How far an indicator has come from its baseline toward its target, its grade, and where its
 * values sit on a gauge.
 *
 * Grades: the plan's `evaluation.grades` when it has them, each from its `min` upward, read
 * against the ratio itself (`basis: "target"`, their default) or against the ratio as a share of
 * the expected ratio (`basis: "expected"`, see {@link expectedProgress}); else 達成 (ratio ≥ 1),
 * 順調 (ratio ≥ the expected ratio), 遅れ (0 ≤ ratio below that), 悪化 (ratio < 0), in `lang`.
 * Without any year or period, 順調 means any progress at all (ratio > 0). An indicator without a
 * current value is 未計測 under either.
 * Where the target equals the baseline the indicator is graded as ratio 1 when achieved and
 * as worse than the baseline otherwise.
 *
 * @param today Used only when the current observation has neither `date` nor `year`.
 * @param lang The display language for grade names; defaults to the plan's.
 */
export function indicatorProgress(indicator: Indicator, plan: PlanDocument, today: Date, lang?: string): IndicatorProgress {
  const planLang = plan.plan.lang ?? 'ja';
  const displayLang = lang || planLang;
  const baseline = indicator.baseline.value;
  const target = indicator.target.value;
  const current = indicator.current?.value;
  const measured = current !== undefined && Number.isFinite(current);
  const flat = target === baseline;
  const higherIsBetter = flat ? indicator.direction !== 'decrease' : target > baseline;

  let ratio: number | null = null;
  let achieved = false;
  let overAchieved = false;
  let worsened = false;
  let differenceFromTarget: number | null = null;
  if (measured) {
    if (flat) {
      differenceFromTarget = clampFinite(current - target);
      achieved = higherIsBetter ? current >= target : current <= target;
      overAchieved = achieved && current !== target;
      worsened = !achieved;
    } else {
      ratio = shareOf(current, baseline, target);
      achieved = ratio >= 1;
      overAchieved = ratio > 1;
      worsened = ratio < 0;
    }
  }

  const elapsed = elapsedShare(indicator, plan, today);
  const expected = measured ? expectedProgress(indicator, plan, today) : null;
  const grades = plan.evaluation?.grades;
  const planGrades = grades && grades.length > 0 ? grades : null;
  const basis: EvaluationBasis = planGrades ? (plan.evaluation?.basis ?? 'target') : 'expected';
  let grade: ResolvedGrade;
  if (!measured) {
    grade = defaultGrade('not-measured', displayLang);
  } else {
    const gradeRatio = ratio ?? (achieved ? 1 : -Infinity);
    if (planGrades) grade = planGrade(planGrades, basis === 'expected' && ratio !== null ? againstExpected(ratio, expected) : gradeRatio, displayLang, planLang);
    else if (gradeRatio >= 1) grade = defaultGrade('achieved', displayLang);
    else if (gradeRatio < 0) grade = defaultGrade('worsened', displayLang);
    else if (expected === null ? gradeRatio > 0 : gradeRatio >= expected.ratio) grade = defaultGrade('on-track', displayLang);
    else grade = defaultGrade('behind', displayLang);
  }

  const ends = gaugeScale(indicator, higherIsBetter);
  const position = (value: number): number => shareOf(value, ends.start, ends.end);
  const currentRaw = measured ? position(current) : null;
  // Written out rather than spread from `ends`: one object shape for every gauge, and no copy.
  const scale: GaugeScale = {
    kind: ends.kind,
    start: ends.start,
    end: ends.end,
    baseline: clamp01(position(baseline)),
    target: clamp01(position(target)),
    current: currentRaw === null ? null : clamp01(currentRaw),
    currentBeyond: currentRaw === null ? null : currentRaw < 0 ? 'start' : currentRaw > 1 ? 'end' : null,
  };

  const values = [baseline, target];
  if (measured) values.push(current);
  for (const observation of indicator.history ?? []) values.push(observation.value);
  if (indicator.scale) values.push(indicator.scale.min, indicator.scale.max);

  return {
    indicator,
    measured,
    ratio,
    percent: ratio === null ? null : wholePercent(ratio),
    achieved,
    overAchieved,
    worsened,
    fillFraction: ratio === null ? (achieved ? 1 : 0) : clamp01(ratio),
    elapsed,
    expected,
    basis,
    differenceFromTarget,
    grade,
    scale,
    decimals: sharedDecimals(values),
  };
}

/**
 * The grades an indicator of this plan can receive, best first, ending with 未計測: the rows of
 * a summary. Their `key`s match {@link IndicatorProgress.grade}.
 */
export function gradeScale(plan: PlanDocument, lang?: string): ResolvedGrade[] {
  const planLang = plan.plan.lang ?? 'ja';
  const displayLang = lang || planLang;
  const grades = plan.evaluation?.grades;
  const scale: ResolvedGrade[] =
    grades && grades.length > 0
      ? [...grades].sort((a, b) => b.min - a.min).map((grade, rank, ranked) => resolvePlanGrade(grade, rank, ranked.length, displayLang, planLang))
      : (['achieved', 'on-track', 'behind', 'worsened'] as const).map((tone) => defaultGrade(tone, displayLang));
  scale.push(defaultGrade('not-measured', displayLang));
  return scale;
}
