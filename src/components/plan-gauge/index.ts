export { PlanGauge, parseToday } from './plan-gauge.js';
export {
  layoutGauge,
  layoutSparkline,
  dialAngle,
  ARC,
  BAR,
  type GaugeLayout,
  type GaugeMark,
  type GaugeText,
  type GaugeTexts,
  type GaugeVariant,
  type SparklineLayout,
  type SparklinePoint,
} from './layout.js';
export { describeIndicator, type GaugeDescription, type GaugeFact } from './describe.js';
export { gaugeView, renderGauge, gradeShape, type GaugeView } from './render.js';
export { gaugeStyles, gaugeElementStyles, GAUGE_COLORS, GAUGE_COLORS_DARK } from './plan-gauge.styles.js';
export { gaugeMessages } from './messages.js';
export { sceneOfGauge, gaugeCard, scaleItems, sparklineItems, gradeShapeItems, gradePaint, gradeText, CARD_WIDTH, GRADE_SHAPES, type GaugeCard } from './scene.js';
export { gaugeSVG, type GaugeFileOptions } from './file.js';
export * from '../../progress/index.js';
