export { PlanIndicators } from './plan-indicators.js';
export { selectIndicators, type IndicatorGroup, type IndicatorSelection } from './group.js';
export { goalHeading } from './group.js';
export { cardColumns, layoutCards, CARD_GRID, type CardGrid } from './cards.js';
export { indicatorsScene, DEFAULT_FILE_WIDTH, type IndicatorsFileOptions } from './scene.js';
export { indicatorsSVG } from './file.js';
