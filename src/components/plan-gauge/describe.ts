import type { Message } from '../../schema/messages.js';
import { resolveText, resolveTextLang } from '../../schema/text.js';
import type { Observation } from '../../schema/types.js';
import {
  formatCompact,
  formatDate,
  formatFiscalYear,
  formatNumber,
  formatPercent,
  formatValue,
  primaryLanguage,
  sharedDecimals,
  unitAttaches,
  type IndicatorProgress,
} from '../../progress/index.js';
import type { GaugeTexts } from './layout.js';
import { gaugeMessages as m } from './messages.js';

/** One row of the facts beside a gauge: 基準値 19.8 人口10万対（令和元年度）. */
export interface GaugeFact {
  key: 'current' | 'baseline' | 'target' | 'unit';
  term: string;
  value: string;
  detail: string;
}

/** Every string a gauge shows or says, in the display language. */
export interface GaugeDescription {
  name: string;
  /** The language the name is written in, for its `lang` attribute. */
  nameLang: string | undefined;
  unit: string;
  /** The current value with its unit, or the 未計測 label. */
  value: string;
  /** `進捗 53%`; for a target equal to the baseline, the distance from it (`目標を2.5下回る`); null when not measured. */
  progress: string | null;
  grade: string;
  facts: GaugeFact[];
  /** The texts drawn in the gauge itself. */
  gauge: GaugeTexts;
  /** The full sentence for `aria-valuetext`. */
  sentence: string;
}

/**
 * What a gauge says about an indicator, in `lang` (plan text falls back to `planLang`). Every
 * number goes through `Intl`, so nothing reads NaN, Infinity, undefined or null.
 */
export function describeIndicator(progress: IndicatorProgress, lang: string, planLang: string): GaugeDescription {
  // localize(message, lang), with the language looked at once rather than for each of some thirty strings.
  const japanese = primaryLanguage(lang) === 'ja';
  const say = (message: Message): string => (japanese ? message.ja : message.en);
  const { indicator, decimals, scale } = progress;
  // An indicator without a name is still announced by something: its id.
  const name = resolveText(indicator.name, lang, planLang).trim() || indicator.id;
  const unit = resolveText(indicator.unit, lang, planLang);
  const number = (value: number): string => formatNumber(value, lang, decimals);
  const withUnit = (value: number): string => formatValue(value, unit, lang, decimals);
  /** When an observation holds: its fiscal year, else its date. */
  const when = (observation: Observation): string =>
    observation.year !== undefined ? formatFiscalYear(observation.year, lang) : observation.date ? formatDate(observation.date, lang) : '';
  const detailOf = (observation: Observation, withUnitInside: boolean): string => {
    const parts = [withUnitInside ? unit : '', when(observation), resolveText(observation.note, lang, planLang)].filter(Boolean);
    return parts.length > 0 ? say(m.parenthesis(parts.join(say(m.listSeparator)))) : '';
  };

  let progressText: string | null = null;
  if (progress.percent !== null) progressText = say(m.progress(formatPercent(progress.percent, lang)));
  else if (progress.differenceFromTarget !== null) {
    const difference = progress.differenceFromTarget;
    const size = formatValue(Math.abs(difference), unit, lang, decimals);
    if (number(Math.abs(difference)) === number(0)) progressText = say(m.atTarget);
    else progressText = say((indicator.direction === 'decrease' ? difference < 0 : difference > 0) ? m.aboveTarget(size) : m.belowTarget(size));
  }
  const grade = progress.grade.label;
  const gradeSpoken = progress.grade.key.startsWith('grade-') ? say(m.planGrade(grade)) : grade;

  // Units written apart from the number (人口10万対) get a row of their own rather than repeating on every row.
  const unitRow = unit !== '' && !unitAttaches(unit, lang);
  const factValue = (value: number): string => (unitRow ? number(value) : withUnit(value));
  const facts: GaugeFact[] = [];
  if (indicator.current && progress.measured)
    facts.push({ key: 'current', term: say(m.current), value: factValue(indicator.current.value), detail: detailOf(indicator.current, false) });
  facts.push({ key: 'baseline', term: say(m.baseline), value: factValue(indicator.baseline.value), detail: detailOf(indicator.baseline, false) });
  facts.push({ key: 'target', term: say(m.target), value: factValue(indicator.target.value), detail: detailOf(indicator.target, false) });
  if (unitRow) facts.push({ key: 'unit', term: say(m.unit), value: unit, detail: '' });

  // The ends of a scale are round numbers (0 and 100, not 0.0 and 100.0): their own precision.
  const endDecimals = sharedDecimals([scale.start, scale.end]);
  const baselineMark = say(m.baselineMark);
  const targetMark = say(m.targetMark);
  const short = (value: number): string => formatCompact(value, lang);
  const gauge: GaugeTexts =
    scale.kind === 'baseline-target'
      ? {
          start: [baselineMark, number(indicator.baseline.value)],
          end: [targetMark, number(indicator.target.value)],
          baseline: null,
          target: null,
          compact: { start: [baselineMark, short(indicator.baseline.value)], end: [targetMark, short(indicator.target.value)] },
        }
      : {
          start: [formatNumber(scale.start, lang, endDecimals)],
          end: [formatNumber(scale.end, lang, endDecimals)],
          baseline: scale.kind === 'around-target' ? null : baselineMark,
          target: targetMark,
          compact: { start: [short(scale.start)], end: [short(scale.end)] },
        };
  // A unit written straight after the number (44.0%, 3,450人) stays with it in the dial.
  const attached = unit !== '' && !unitRow;
  gauge.value = progress.measured && indicator.current ? (attached ? withUnit(indicator.current.value) : number(indicator.current.value)) : grade;
  if (progress.measured && indicator.current && gauge.compact) {
    const value = short(indicator.current.value);
    gauge.compact.value = attached ? `${value}${unit}` : value;
  }
  if (progress.measured && unit && !attached) gauge.unit = unit;
  if (!progress.measured) gauge.valueIsWord = true;

  const sentences: string[] = [];
  if (progress.measured && indicator.current) sentences.push(say(m.currentSentence(name, number(indicator.current.value), detailOf(indicator.current, true))));
  else sentences.push(say(m.notMeasuredSentence(name, grade)));
  const unitOnce = progress.measured ? '' : unit;
  const spoken = (observation: Observation, first: boolean): string => `${number(observation.value)}${detailOf(observation, first && unitOnce !== '')}`;
  sentences.push(say(m.targetSentence(spoken(indicator.target, true), spoken(indicator.baseline, false))));
  if (progressText !== null) sentences.push(say(m.gradeSentence(progressText, gradeSpoken)));
  const trend = [...(indicator.history ?? []), ...(indicator.current && progress.measured ? [indicator.current] : [])];
  if (trend.length >= 2) {
    const values = trend.map((o) => `${number(o.value)}${when(o) ? say(m.parenthesis(when(o))) : ''}`);
    sentences.push(say(m.trendSentence(values.join(say(m.trendArrow)))));
  }
  const sentence = sentences.join(say(m.sentenceSeparator));

  return {
    name,
    nameLang: resolveTextLang(indicator.name, lang, planLang),
    unit,
    value: progress.measured && indicator.current ? withUnit(indicator.current.value) : grade,
    progress: progressText,
    grade,
    facts,
    gauge,
    sentence,
  };
}
