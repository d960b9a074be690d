// @web/test-runner in Debian's Chromium (or the browser named by CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { existsSync } from 'node:fs';
import { faults } from './test/robustness/faults-middleware.mjs';
import { timingReporter } from './test/tools/timing-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

// Papa Parse (src/sheets/csv.ts) is one UMD file with no ES module build: Vite and esbuild convert it when
// they bundle, but this dev server serves files as they are, where `import Papa from 'papaparse'` finds no
// default export and the test file fails to load. Served here as a module whose default is its exports.
const papaParseAsModule = {
  name: 'papaparse-as-module',
  transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n` };
  },
};

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    // A page of a city site with a strict policy: no eval, no inline scripts or styles.
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/csp/')) {
        context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      }
      return next();
    },
    // 404, 500, slow, non-JSON, 20 MB and reset responses under /__faults/ (test/robustness/src-faults.test.ts).
    faults,
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), papaParseAsModule],
  // WTR_TIMING=1: also print the slowest files and tests (for finding slow tests; nothing asserts a duration).
  ...(process.env.WTR_TIMING ? { reporters: [defaultReporter(), timingReporter()] } : {}),
  // Two test files at a time on two cores. Both limits guard against a hang, they time nothing: a
  // test gets 40 s (heavy ones set more with this.timeout; the first test of a file, with axe, took
  // 17-20 s on a 2-core machine shared by several builds), a whole file 5 minutes (wtr's default
  // 2 minutes cut off the leak test there).
  concurrency: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 40_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
};
