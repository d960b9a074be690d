import { loadBeside } from '../../core/autoload.js';

type TableAddon = typeof import('./table-addon.js');

/** True in the `<script>` build (vite.config.ts defines it), where the add-on is a file beside it. */
declare const __PLAN_VIZ_IIFE__: boolean | undefined;

let loading: Promise<TableAddon> | undefined;

/**
 * Loads the KPI table and `<plan-trend>` once: a chunk of the package for bundlers, and for the
 * `<script>` file (whose size is capped) `plan-viz-table.iife.js` from the same folder (see
 * src/core/autoload.ts, which also loads it for a `<plan-trend>` on its own).
 */
export function loadTableAddon(): Promise<TableAddon> {
  if (typeof __PLAN_VIZ_IIFE__ !== 'undefined' && __PLAN_VIZ_IIFE__) return loadBeside<TableAddon>('plan-viz-table.iife.js', 'PlanVizTable');
  loading ??= import('./table-addon.js');
  // A failed load may be retried (the next update asks again).
  loading.catch(() => (loading = undefined));
  return loading;
}
