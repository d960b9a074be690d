/**
 * The `<script>` file's add-ons: elements that are not in dist/plan-viz.iife.js (its size is
 * capped) come from files beside it, loaded when the page first has one of them, as Web
 * Awesome's autoloader does. A script element from the same folder is allowed by a
 * `script-src 'self'` policy; the add-on defines its elements, which upgrade in place.
 */

import { loadMessages, localize } from '../schema/messages.js';

// The <script> file's own address, read while it runs (later, currentScript is another script or none).
// (The command line's server render has no document.)
const scriptUrl = typeof document === 'undefined' ? '' : ((document.currentScript as { src?: string } | null)?.src ?? '');

const loads = new Map<string, Promise<unknown>>();

/**
 * Loads `file` from the folder of the `<script>` file once, and resolves with the global the file
 * sets (`PlanVizTable`); rejects with the file's address as the error's message. A failed load
 * may be retried: the next call asks again.
 */
export function loadBeside<T>(file: string, global: string): Promise<T> {
  let loading = loads.get(file) as Promise<T> | undefined;
  if (!loading) {
    loading = new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(file, scriptUrl || document.baseURI).href;
      // Loaded or not, the file is of use only if it set its global.
      script.onload = script.onerror = () => {
        const value = (globalThis as Record<string, unknown>)[global] as T | undefined;
        if (value) resolve(value);
        else reject(new Error(script.src));
      };
      document.head.appendChild(script);
    });
    loads.set(file, loading);
    loading.catch(() => loads.delete(file));
  }
  return loading;
}

/** The `<script>` file's add-on elements: `plan-trend` is in plan-viz-table.iife.js with the KPI table, the rest in plan-viz-overview.iife.js. */
const SELECTOR = ['plan-overview', 'plan-period', 'plan-relations', 'plan-timeline', 'plan-trend'].map((tag) => `${tag}:not(:defined)`).join();

/**
 * Loads the add-on of every undefined add-on element in `root`.
 * Where it fails, the element shows which address could not be loaded (the validator's own
 * message, to keep this file small) until it is defined.
 */
function discover(root: ParentNode): void {
  for (const element of root.querySelectorAll(SELECTOR)) {
    const name = element.localName === 'plan-trend' ? 'Table' : 'Overview';
    loadBeside(`plan-viz-${name.toLowerCase()}.iife.js`, `PlanViz${name}`).catch((error: Error) => {
      if (element.querySelector('[data-plan-viz-error]')) return;
      const note = document.createElement('p');
      note.setAttribute('data-plan-viz-error', '');
      note.setAttribute('role', 'alert');
      note.textContent = localize(loadMessages.network(error.message), element.closest('[lang]')?.getAttribute('lang') ?? 'ja');
      element.prepend(note);
    });
  }
}

/** Loads add-ons for the add-on elements in the document now, and for those added later. */
export function autoload(): void {
  discover(document);
  // The parents of added nodes are searched (once each): they hold them.
  new MutationObserver((records) => new Set(records.map((record) => record.target as ParentNode)).forEach(discover)).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
}
