export { PlanOverview } from './plan-overview.js';
export { PlanPeriod } from './plan-period.js';
export { PlanRelations } from './plan-relations.js';
export { PlanTimeline } from './plan-timeline.js';
export { periodScene, describePeriod, type PeriodLayoutOptions } from './period-layout.js';
export { relationsScene, describeRelations, type RelationsLayoutOptions } from './relations-layout.js';
export { formatPartialDate, fiscalYearOf } from './dates.js';
export { overviewScene, type OverviewSceneOptions } from './overview-scene.js';
export { overviewTheme } from './theme.js';
