// The entry of dist/plan-viz-overview-figures.iife.js: the tree's and the collaboration's scene
// builders for the overview's file, which plan-viz-overview.iife.js loads from beside itself only
// when its tree or collaboration slot is filled (an IIFE cannot be split into chunks).
import * as figures from './figures.js';

(globalThis as { PlanVizOverviewFigures?: typeof figures }).PlanVizOverviewFigures = figures;
