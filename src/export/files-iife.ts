// The entry of dist/plan-viz-export.iife.js: the files of toSVG()/toPNG() for pages that use the
// <script> file, which loads this file from beside itself when a file is first asked for.
import * as files from './files.js';

(globalThis as { PlanVizExport?: typeof files }).PlanVizExport = files;
