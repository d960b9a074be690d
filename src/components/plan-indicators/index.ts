export { PlanIndicators } from './plan-indicators.js';
export { selectIndicators, type IndicatorGroup, type IndicatorSelection } from './group.js';
