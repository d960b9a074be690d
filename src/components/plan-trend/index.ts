export { PlanTrend } from './plan-trend.js';
export { layoutTrend, TREND_COLORS, type TrendLayout, type TrendPoint } from './layout.js';
