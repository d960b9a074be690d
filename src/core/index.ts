export { PlanElement } from './plan-element.js';
export { loadJson, clearPlanCache, PlanLoadError, type LoadFailure } from './load.js';
export { linked, linkedGroup } from './selection.js';
export type { PlanSelectDetail, PlanErrorDetail } from './events.js';
