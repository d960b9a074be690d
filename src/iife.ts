/**
 * The entry of dist/plan-viz.iife.js, the `<script>` file: it defines every element, and its
 * global `PlanViz` holds the element classes (the rest of the API is for bundlers, `import …
 * from 'plan-viz'`). What is not needed for every drawing comes from files beside it: the
 * validator as soon as an element joins the page (src/core/validator.ts), the overview's
 * elements and `<plan-trend>` through the autoloader (src/core/autoload.ts), the KPI table when
 * first shown, the writers of toSVG()/toPNG() when first asked for (src/export/load.ts).
 */
import { autoload } from './core/autoload.js';

export { PlanTree } from './components/plan-tree/index.js';
export { PlanCollaboration } from './components/plan-collaboration/index.js';
export { PlanGauge } from './components/plan-gauge/index.js';
export { PlanIndicators } from './components/plan-indicators/index.js';

if (typeof document !== 'undefined') autoload();
