import { formatFiscalYear, formatNumber, gradeName, indicatorProgress, type IndicatorProgress } from '../../progress/index.js';
import { localize } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import type { Indicator, Observation, PlanDocument } from '../../schema/types.js';
import type { Paint, Scene, SceneItem } from '../../scene/types.js';
import { trendMessages } from './messages.js';
import { trendTheme } from './theme.js';

/** One value of the trend, as drawn and as listed in the data table. */
export interface TrendPoint {
  year: number;
  value: number;
  kind: 'baseline' | 'measured' | 'current' | 'milestone' | 'target';
  /** Where it is drawn. */
  x: number;
  y: number;
}

export interface TrendLayout {
  scene: Scene;
  points: TrendPoint[];
  progress: IndicatorProgress;
  /** The expected value for the current value's year, when there is one. */
  expected: { year: number; value: number } | null;
}

export const TREND_WIDTH = 640;
export const TREND_HEIGHT = 240;
const LEFT = 64;
const RIGHT = 20;
const TOP = 18;
const BOTTOM = 40;
const FONT = 12;

/** The theme tokens of the trend and their light defaults (the DOM renderer writes `var(--token, default)`). */
export const TREND_COLORS: Record<string, string> = Object.fromEntries(Object.entries(trendTheme.tokens).map(([name, value]) => [name, value.light]));

function yearOf(observation: Observation | undefined): number | undefined {
  if (!observation) return undefined;
  if (observation.year !== undefined) return observation.year;
  return observation.date ? Number(observation.date.slice(0, 4)) : undefined;
}

/** Round steps for the value axis: 1, 2, 2.5, 5 × 10ⁿ, about four of them. */
function ticks(low: number, high: number): number[] {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * power).find((s) => s >= raw) ?? raw;
  const result: number[] = [];
  // From the round value at or below the lowest to the first at or above the highest.
  for (let v = Math.floor(low / step) * step; result.length < 50; v += step) {
    result.push(Number(v.toPrecision(12)));
    if (v >= high - step * 1e-9) break;
  }
  return result.length >= 2 ? result : [low, high];
}

/**
 * The trend of one indicator over fiscal years as a scene: measured values as a line (the
 * current one marked in its grade's colour, with the grade), the baseline, the milestones and
 * the target as marks, and the expected path from the baseline through the milestones to the
 * target as a dashed line, `width` CSS px wide (type stays 11–12 px). Pure: numbers and plain shapes.
 */
export function layoutTrend(indicator: Indicator, plan: PlanDocument, lang: string, today: Date, width = TREND_WIDTH): TrendLayout {
  const W = Math.max(280, Math.round(width));
  const planLang = plan.plan.lang ?? 'ja';
  const progress = indicatorProgress(indicator, plan, today, lang);
  const period = plan.plan.period;
  const name = resolveText(indicator.name, lang, planLang);
  const unit = resolveText(indicator.unit, lang, planLang);
  const digits = progress.decimals;
  const baselineYear = yearOf(indicator.baseline) ?? (period ? period.from - 1 : undefined);
  const targetYear = yearOf(indicator.target) ?? period?.to;
  const raw: Omit<TrendPoint, 'x' | 'y'>[] = [];
  if (baselineYear !== undefined) raw.push({ year: baselineYear, value: indicator.baseline.value, kind: 'baseline' });
  for (const o of indicator.history ?? []) {
    const year = yearOf(o);
    if (year !== undefined) raw.push({ year, value: o.value, kind: 'measured' });
  }
  const currentYear = yearOf(indicator.current);
  if (indicator.current && currentYear !== undefined) raw.push({ year: currentYear, value: indicator.current.value, kind: 'current' });
  for (const o of indicator.milestones ?? []) {
    const year = yearOf(o);
    if (year !== undefined) raw.push({ year, value: o.value, kind: 'milestone' });
  }
  if (targetYear !== undefined) raw.push({ year: targetYear, value: indicator.target.value, kind: 'target' });
  const expected = progress.expected && currentYear !== undefined ? { year: currentYear, value: progress.expected.value } : null;

  if (raw.length === 0)
    return {
      scene: { theme: 'plan-trend', width: W, height: TREND_HEIGHT, lang, title: localize(trendMessages.title(name), lang), description: '', items: [] },
      points: [],
      progress,
      expected: null,
    };
  const years = raw.map((p) => p.year);
  const firstYear = Math.min(...years, period?.from ?? Infinity);
  const lastYear = Math.max(...years, period?.to ?? -Infinity);
  const values = raw.map((p) => p.value);
  const yTicks = ticks(Math.min(...values), Math.max(...values));
  const low = yTicks[0]!;
  const high = yTicks[yTicks.length - 1]!;
  const plotWidth = W - LEFT - RIGHT;
  const plotHeight = TREND_HEIGHT - TOP - BOTTOM;
  const x = (year: number) => LEFT + (lastYear === firstYear ? plotWidth / 2 : ((year - firstYear) / (lastYear - firstYear)) * plotWidth);
  const y = (value: number) => TOP + (high === low ? plotHeight / 2 : (1 - (value - low) / (high - low)) * plotHeight);
  const round = (n: number) => Math.round(n * 10) / 10;
  const points = raw.map((p) => ({ ...p, x: round(x(p.year)), y: round(y(p.value)) })).sort((a, b) => a.year - b.year);

  const label: Paint = '--plan-trend-label-color';
  const items: SceneItem[] = [];
  // The value axis: gridlines with round values.
  for (const t of yTicks) {
    items.push({ type: 'line', x1: LEFT, y1: round(y(t)), x2: W - RIGHT, y2: round(y(t)), stroke: '--plan-trend-grid-color', strokeWidth: 1, part: 'grid' });
    items.push({ type: 'text', lines: [{ text: formatNumber(t, lang, digits), x: LEFT - 6, y: round(y(t) + 4) }], fontSize: FONT - 1, anchor: 'end', fill: label });
  }
  // The year axis: every year when there are few, else every other.
  const every = Math.max(1, Math.ceil(((lastYear - firstYear + 1) * 44) / (W - LEFT - RIGHT)));
  for (let year = firstYear; year <= lastYear; year += every) {
    items.push({
      type: 'text',
      lines: [{ text: lang.startsWith('ja') ? String(year) : `FY${year}`, x: round(x(year)), y: TREND_HEIGHT - BOTTOM + 16 }],
      fontSize: FONT - 1,
      anchor: 'middle',
      fill: label,
    });
  }
  items.push({
    type: 'text',
    lines: [{ text: `${localize(trendMessages.year, lang)}${unit ? ` / ${unit}` : ''}`, x: LEFT, y: TREND_HEIGHT - 6 }],
    fontSize: FONT - 1,
    fill: label,
  });

  // The expected path: baseline → milestones → target, dashed.
  const path = points.filter((p) => p.kind === 'baseline' || p.kind === 'milestone' || p.kind === 'target');
  if (path.length >= 2)
    items.push({
      type: 'path',
      d: 'M' + path.map((p) => `${p.x},${p.y}`).join('L'),
      fill: 'none',
      stroke: '--plan-trend-expected-color',
      strokeWidth: 1.5,
      dash: [5, 4],
      part: 'expected',
    });
  // The measured line: baseline, history, current.
  const measured = points.filter((p) => p.kind === 'baseline' || p.kind === 'measured' || p.kind === 'current');
  if (measured.length >= 2)
    items.push({ type: 'path', d: 'M' + measured.map((p) => `${p.x},${p.y}`).join('L'), fill: 'none', stroke: '--plan-trend-line-color', strokeWidth: 2, part: 'line' });
  const tone: Paint = progress.grade.color && /^#[0-9a-f]{3,8}$/i.test(progress.grade.color) ? (progress.grade.color as Paint) : `--plan-gauge-grade-${progress.grade.tone}-color`;
  for (const p of points) {
    if (p.kind === 'target')
      items.push({
        type: 'polygon',
        points: [
          [p.x, p.y - 6],
          [p.x + 6, p.y],
          [p.x, p.y + 6],
          [p.x - 6, p.y],
        ],
        fill: '--plan-trend-target-color',
        part: 'target',
      });
    else if (p.kind === 'milestone')
      items.push({
        type: 'polygon',
        points: [
          [p.x, p.y - 5],
          [p.x + 5, p.y],
          [p.x, p.y + 5],
          [p.x - 5, p.y],
        ],
        fill: '--plan-trend-background',
        stroke: '--plan-trend-target-color',
        strokeWidth: 1.5,
        part: 'milestone',
      });
    else if (p.kind === 'current') items.push({ type: 'circle', cx: p.x, cy: p.y, r: 6, fill: tone, stroke: '--plan-trend-background', strokeWidth: 2, part: 'current' });
    else
      items.push({
        type: 'circle',
        cx: p.x,
        cy: p.y,
        r: 3.5,
        fill: p.kind === 'baseline' ? '--plan-trend-background' : '--plan-trend-line-color',
        stroke: '--plan-trend-line-color',
        strokeWidth: 1.5,
        part: p.kind,
      });
  }
  if (expected) {
    const ex = round(x(expected.year));
    const ey = round(y(expected.value));
    items.push({
      type: 'circle',
      cx: ex,
      cy: ey,
      r: 4,
      fill: '--plan-trend-background',
      stroke: '--plan-trend-expected-color',
      strokeWidth: 1.5,
      dash: [2, 2],
      part: 'expected-now',
    });
  }
  // Labels: the baseline, the target, and the current value with its grade.
  const labelAt = (p: TrendPoint, text: string, fill: Paint, bold = false): SceneItem => {
    const anchor = p.x > W - RIGHT - 80 ? 'end' : p.x < LEFT + 60 ? 'start' : 'middle';
    const above = p.y - 10 > TOP + 4;
    return { type: 'text', lines: [{ text, x: p.x, y: round(above ? p.y - 10 : p.y + 20) }], fontSize: FONT, anchor, fill, bold };
  };
  const current = points.find((p) => p.kind === 'current');
  const target = points.find((p) => p.kind === 'target');
  if (target) items.push(labelAt(target, `${localize(trendMessages.target, lang)} ${formatNumber(target.value, lang, digits)}`, '--plan-trend-target-color'));
  if (current) items.push(labelAt(current, `${formatNumber(current.value, lang, digits)} ${gradeName(progress.grade)}`, tone, true));

  const describe = (p: TrendPoint) =>
    `${formatFiscalYear(p.year, lang)} ${formatNumber(p.value, lang, digits)}${unit ? ` ${unit}` : ''}（${kindName(p.kind, lang)}${p.kind === 'current' ? `、${gradeName(progress.grade)}` : ''}）`;
  const separator = lang.startsWith('ja') ? '、' : '; ';
  let description = points.map(describe).join(separator);
  if (expected) description += `${separator}${localize(trendMessages.expectedNow, lang)} ${formatFiscalYear(expected.year, lang)} ${formatNumber(expected.value, lang, digits)}`;
  if (!lang.startsWith('ja')) description = description.replace(/（/g, ' (').replace(/、/g, ', ').replace(/）/g, ')');
  return {
    scene: { theme: 'plan-trend', width: W, height: TREND_HEIGHT, lang, title: localize(trendMessages.title(name), lang), description, items },
    points,
    progress,
    expected,
  };
}

export function kindName(kind: TrendPoint['kind'], lang: string): string {
  return localize(trendMessages[kind === 'measured' ? 'measured' : kind], lang);
}
