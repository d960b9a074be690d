import { defineConfig } from 'vite';

// `vite` serves the demo page (index.html); `vite build` makes the library:
// dist/plan-viz.js (ES module) and dist/plan-viz.iife.js (one file for a <script> tag).
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'PlanViz',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'plan-viz.js' : `plan-viz.${format}.js`),
    },
  },
});
