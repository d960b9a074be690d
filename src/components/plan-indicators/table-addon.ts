/**
 * What `<plan-indicators>` loads on demand: the KPI table (with its CSV writer, itself loaded
 * when asked for) and `<plan-trend>`. Kept out of the element's first load, and out of the
 * `<script>` file: see table-load.ts.
 */
export { renderTable, type TableState } from './table.js';
export { PlanTrend } from '../plan-trend/plan-trend.js';
