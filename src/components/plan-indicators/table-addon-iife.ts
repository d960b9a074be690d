// The entry of dist/plan-viz-table.iife.js: the table and <plan-trend> for pages that use the
// <script> file, which loads this file from beside itself when a table or a trend is first shown.
import * as addon from './table-addon.js';

(globalThis as { PlanVizTable?: typeof addon }).PlanVizTable = addon;
