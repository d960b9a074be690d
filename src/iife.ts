/**
 * The entry of dist/plan-viz.iife.js, the `<script>` file: it defines every element, and its
 * global `PlanViz` holds the element classes and the validator (the rest of the API is for
 * bundlers, `import … from 'plan-viz'`). What a page may never need comes from files beside it
 * on demand: the overview's elements and `<plan-trend>` through the autoloader
 * (src/core/autoload.ts), the KPI table when first shown, the writers of toSVG()/toPNG() when
 * first asked for (src/export/load.ts).
 */
import { autoload } from './core/autoload.js';

export { PlanTree } from './components/plan-tree/index.js';
export { PlanCollaboration } from './components/plan-collaboration/index.js';
export { PlanGauge } from './components/plan-gauge/index.js';
export { PlanIndicators } from './components/plan-indicators/index.js';
export { validatePlan } from './schema/index.js';

if (typeof document !== 'undefined') autoload();
