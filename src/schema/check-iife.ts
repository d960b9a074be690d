// The entry of dist/plan-viz-check.iife.js: the validator, for the <script> file, which loads
// this file from beside itself when its first element joins the page (src/core/validator.ts).
import { validatePlan } from './validate.js';

(globalThis as { PlanVizCheck?: { validatePlan: typeof validatePlan } }).PlanVizCheck = { validatePlan };
