/**
 * The validator as the elements get it. With a bundler it is part of the package, at hand at
 * once. The `<script>` file (its size is capped) loads it from `plan-viz-check.iife.js` beside
 * itself, starting as soon as an element joins the page (while its plan is still being fetched),
 * so that a plan is drawn only once it has been checked.
 */
import { validatePlan } from '../schema/validate.js';
import { loadBeside } from './autoload.js';

type Validate = typeof validatePlan;

/** True in the `<script>` build (vite.config.ts defines it). */
declare const __PLAN_VIZ_IIFE__: boolean | undefined;

let loaded: Validate | undefined;

/** The validator when it is at hand: always with a bundler; in the `<script>` file once its file has loaded. */
export function validatorNow(): Validate | undefined {
  // The condition is written in place: only a constant the bundler sees leaves the validator out of the <script> file.
  return typeof __PLAN_VIZ_IIFE__ !== 'undefined' && __PLAN_VIZ_IIFE__ ? loaded : validatePlan;
}

/** Loads the `<script>` file's validator (loadBeside loads a file once, again after a failure); rejects with the file's address. */
export function loadValidator(): Promise<Validate> {
  return loadBeside<{ validatePlan: Validate }>('plan-viz-check.iife.js', 'PlanVizCheck').then((check) => (loaded = check.validatePlan));
}
