export {
  indicatorProgress,
  elapsedShare,
  expectedProgress,
  gradeScale,
  niceCeil,
  type ExpectedProgress,
  type IndicatorProgress,
  type GaugeScale,
  type GradeTone,
  type ResolvedGrade,
} from './progress.js';
export {
  formatCompact,
  formatDate,
  formatNumber,
  formatValue,
  formatPercent,
  formatFiscalYear,
  sharedDecimals,
  fractionDigits,
  unitAttaches,
  primaryLanguage,
  MAX_DECIMALS,
} from './format.js';
export { gradeLabels } from './messages.js';
export { rollupGrades, countGrades, describeRollup, rollupSegments, gradeName, WHOLE_PLAN, type GradeRollup, type RollupSegment } from './rollup.js';
