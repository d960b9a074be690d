// The entry of dist/plan-viz-overview.iife.js: <plan-overview>, <plan-period>, <plan-relations> and
// <plan-timeline> for pages that use the <script> file, whose autoloader (src/core/autoload.ts)
// loads this file from beside itself when the page has one of these elements.
import * as overview from './index.js';

(globalThis as { PlanVizOverview?: typeof overview }).PlanVizOverview = overview;
