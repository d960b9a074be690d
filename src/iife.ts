/**
 * The entry of dist/plan-viz.iife.js, the `<script>` file: every element of `plan-viz`, and the
 * autoloader that brings the overview's elements and `<plan-trend>` from the files beside it
 * when a page uses them (src/core/autoload.ts).
 */
import { autoload } from './core/autoload.js';

export * from './index.js';

if (typeof document !== 'undefined') autoload();
