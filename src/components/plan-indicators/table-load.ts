type TableAddon = typeof import('./table-addon.js');

/** True in the `<script>` build (vite.config.ts defines it), where the add-on is a file beside it. */
declare const __PLAN_VIZ_IIFE__: boolean | undefined;

// The <script> file's own address, read while it runs (later, currentScript is another script or none).
// (The command line's server render has a document without script elements.)
const currentScript = typeof document === 'undefined' ? null : (document.currentScript as { src?: string } | null | undefined);
const scriptUrl = currentScript?.src ?? '';

let loading: Promise<TableAddon> | undefined;

/**
 * Loads the KPI table and `<plan-trend>` once: a chunk of the package for bundlers, and for the
 * `<script>` file (whose size is capped) `plan-viz-table.iife.js` from the same folder, as a
 * script element (allowed by a `script-src 'self'` policy).
 */
export function loadTableAddon(): Promise<TableAddon> {
  loading ??=
    typeof __PLAN_VIZ_IIFE__ !== 'undefined' && __PLAN_VIZ_IIFE__
      ? new Promise<TableAddon>((resolve, reject) => {
          const script = document.createElement('script');
          script.src = new URL('plan-viz-table.iife.js', scriptUrl || document.baseURI).href;
          script.onload = () => {
            const addon = (globalThis as { PlanVizTable?: TableAddon }).PlanVizTable;
            if (addon) resolve(addon);
            else reject(new Error('plan-viz-table.iife.js did not load'));
          };
          script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
          document.head.appendChild(script);
        })
      : import('./table-addon.js');
  // A failed load may be retried (the next update asks again).
  loading.catch(() => (loading = undefined));
  return loading;
}
