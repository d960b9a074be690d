import { defineConfig, type Plugin, type UserConfig } from 'vite';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { minifyLiterals } from './scripts/build-minify-literals.mjs';

/** The package's ES entry points: `plan-viz`, `plan-viz/tree`, …, `plan-viz/schema`, `plan-viz/sheets` and `plan-viz/deck` (no Lit). */
export const ENTRIES = {
  'plan-viz': 'src/index.ts',
  tree: 'src/components/plan-tree/index.ts',
  collaboration: 'src/components/plan-collaboration/index.ts',
  gauge: 'src/components/plan-gauge/index.ts',
  indicators: 'src/components/plan-indicators/index.ts',
  overview: 'src/components/plan-overview/index.ts',
  trend: 'src/components/plan-trend/index.ts',
  schema: 'src/schema/index.ts',
  // Spreadsheet import/export (fflate, Papa Parse): loaded on demand, never part of the IIFE or an element's entry.
  sheets: 'src/sheets/index.ts',
  deck: 'src/deck/index.ts',
} as const;

/** Left to the user's bundler in the ES build (the package's dependencies); bundled into the IIFE. */
const DEPENDENCIES = /^(lit|lit-html|lit-element|@lit\/[^/]+|d3-hierarchy|d3-shape|d3-path|fflate)(\/.*)?$/;

/**
 * d3-hierarchy's single file builds its treemap tilings (squarify, resquarify) with calls at its
 * top level, which a bundler keeps as possible side effects although nothing here uses them
 * (1.2 kB of the IIFE). Marking those calls pure lets them be dropped; the code is not changed.
 */
function pureD3Tilings(): Plugin {
  return {
    name: 'plan-viz:pure-d3-tilings',
    transform(code, id) {
      if (!/[\\/]d3-hierarchy[\\/]dist[\\/]d3-hierarchy\.mjs$/.test(id)) return null;
      return { code: code.replace(/= \(function custom\(/g, '= /* @__PURE__ */ (function custom('), map: null };
    },
  };
}

// `vite` serves the demo page (index.html). `vite build` makes the ES modules for bundlers
// (dist/plan-viz.js, dist/tree.js, … sharing chunks in dist/chunks/); `vite build --mode iife`
// makes dist/plan-viz.iife.js, one self-contained file for a <script> tag (`--mode iife-table` and
// `--mode iife-overview`, `--mode iife-export` the files it loads from beside itself). `vite build --mode deck`
// makes dist/plan-viz-deck.js, the deck writer as one self-contained ES module beside the IIFE, for
// a page to load on demand with import(). `npm run build` runs all three.
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'studio') return studioConfig();
  const iife = mode === 'iife' || mode === 'iife-table' || mode === 'iife-overview' || mode === 'iife-overview-figures' || mode === 'iife-export' || mode === 'iife-check';
  const deck = mode === 'deck';
  return {
    // The <script> file loads the table and <plan-trend> from plan-viz-table.iife.js beside it, the
    // overview's elements from plan-viz-overview.iife.js (src/core/autoload.ts), the writers of
    // toSVG()/toPNG() from plan-viz-export.iife.js (src/export/load.ts) and the validator from
    // plan-viz-check.iife.js (src/core/validator.ts).
    define: { __PLAN_VIZ_IIFE__: JSON.stringify(mode === 'iife'), __PLAN_VIZ_OVERVIEW_IIFE__: JSON.stringify(mode === 'iife-overview') },
    server: { host: '127.0.0.1', port: 5173 },
    plugins: [minifyLiterals(), pureD3Tilings()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      // The ES build starts from an empty dist/; the IIFE and deck builds add their file to it.
      emptyOutDir: !iife && !deck,
      sourcemap: true,
      // The <script> file is minified by Terser (two passes): 0.6 kB gzip smaller than the
      // default minifier, and it has a size ceiling; the other files are left to the default.
      minify: mode === 'iife' ? 'terser' : true,
      terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
      lib: iife
        ? mode === 'iife-table'
          ? { entry: 'src/components/plan-indicators/table-addon-iife.ts', name: 'PlanVizTableAddon', formats: ['iife'], fileName: () => 'plan-viz-table.iife.js' }
          : mode === 'iife-overview'
            ? { entry: 'src/components/plan-overview/overview-iife.ts', name: 'PlanVizOverviewAddon', formats: ['iife'], fileName: () => 'plan-viz-overview.iife.js' }
            : mode === 'iife-overview-figures'
              ? {
                  entry: 'src/components/plan-overview/figures-iife.ts',
                  name: 'PlanVizOverviewFiguresAddon',
                  formats: ['iife'],
                  fileName: () => 'plan-viz-overview-figures.iife.js',
                }
              : mode === 'iife-export'
                ? { entry: 'src/export/files-iife.ts', name: 'PlanVizExportAddon', formats: ['iife'], fileName: () => 'plan-viz-export.iife.js' }
                : mode === 'iife-check'
                  ? { entry: 'src/schema/check-iife.ts', name: 'PlanVizCheckAddon', formats: ['iife'], fileName: () => 'plan-viz-check.iife.js' }
                  : { entry: 'src/iife.ts', name: 'PlanViz', formats: ['iife'], fileName: () => 'plan-viz.iife.js' }
        : deck
          ? { entry: ENTRIES.deck, formats: ['es'], fileName: () => 'plan-viz-deck.js' }
          : { entry: ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions:
        iife || deck
          ? {}
          : {
              external: (id: string) => DEPENDENCIES.test(id),
              output: { chunkFileNames: 'chunks/[name]-[hash].js' },
            },
    },
  };
});

/**
 * `vite build --mode studio` writes the studio page (studio/index.html) as static files a city can
 * host in any folder (relative URLs): dist/studio/. It runs after the library builds, which empty dist/.
 */
function studioConfig(): UserConfig {
  return {
    root: 'studio',
    base: './',
    publicDir: false,
    plugins: [minifyLiterals()],
    build: { target: 'es2022', outDir: '../dist/studio', emptyOutDir: true, sourcemap: false, minify: true, assetsInlineLimit: 0 },
  };
}
