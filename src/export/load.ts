import { loadBeside } from '../core/autoload.js';

/** The file writers of `toSVG()`/`toPNG()` (./files.ts). */
export type FileWriters = typeof import('./files.js');

/** True in the `<script>` build (vite.config.ts defines it). */
declare const __PLAN_VIZ_IIFE__: boolean | undefined;

let loading: Promise<FileWriters> | undefined;

/**
 * Loads the file writers once: a chunk of the package for bundlers, and for the `<script>` file
 * (whose size is capped) `plan-viz-export.iife.js` from the same folder. When that file cannot be
 * loaded, the error says where it should be, in Japanese and English.
 */
export function loadFileWriters(): Promise<FileWriters> {
  // The condition is written in place: only a constant the bundler sees drops the other branch's import().
  if (typeof __PLAN_VIZ_IIFE__ !== 'undefined' && __PLAN_VIZ_IIFE__) {
    return loadBeside<FileWriters>('plan-viz-export.iife.js', 'PlanVizExport').catch((error: Error) => {
      throw new Error(
        `${error.message} を読み込めませんでした。plan-viz-export.iife.js を plan-viz.iife.js と同じフォルダーに置いてください。 / ${error.message} could not be loaded: put plan-viz-export.iife.js in the same folder as plan-viz.iife.js.`,
      );
    });
  }
  loading ??= import('./files.js');
  // A failed load may be retried (the next call asks again).
  loading.catch(() => (loading = undefined));
  return loading;
}
