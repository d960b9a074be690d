// The size of dist/plan-viz.iife.js (every element, for a <script> tag), gzip.
//
// Issue 6 sets a budget of 30 kB that this library does not meet (67.5 kB now; `npm run size`
// prints what each source costs, and `npm run size -- --check` fails on that budget). Until
// the budget is decided again, this test keeps the file from growing unnoticed: it fails when
// the IIFE grows past CEILING, a little above its size when the ceiling was set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET, measure, measureAddon, measureDeck, measureEntries } from '../../scripts/build-size.mjs';

/** 67.5 kB gzip when set (2026-11-28), plus room for small fixes. Lower it as the file shrinks. */
const CEILING = 70_000;

test('the IIFE does not grow past its ceiling, and its distance to the budget is printed', async () => {
  const { gzip, bytes, bySource } = await measure();
  const deck = [...bySource.keys()].filter((source) => source.startsWith('src/deck/') || source.includes('node_modules/fflate/'));
  assert.deepEqual(deck, [], 'the deck writer is loaded on demand, never part of the IIFE');
  console.log(
    `# dist/plan-viz.iife.js: ${(bytes / 1000).toFixed(1)} kB, gzip ${(gzip / 1000).toFixed(1)} kB; ceiling ${(CEILING / 1000).toFixed(1)} kB; issue 6 budget ${(BUDGET / 1000).toFixed(1)} kB (over by ${((gzip - BUDGET) / 1000).toFixed(1)} kB)`,
  );
  assert.ok(gzip <= CEILING, `the IIFE is ${gzip} bytes gzip, past its ceiling of ${CEILING}: find what grew with npm run size`);
  const sheets = [...bySource.keys()].filter((source) => SHEETS_CODE.test(source));
  assert.deepEqual(sheets, [], 'the spreadsheet importer and exporter are loaded on demand, never part of the IIFE');
});

/** The spreadsheet import/export code and its libraries (plan-viz/sheets only). */
const SHEETS_CODE = /(^|\/)src\/sheets\/|node_modules\/(fflate|papaparse)\//;

test('each element’s ES entry pulls in no other element', async () => {
  const entries = await measureEntries();
  for (const entry of entries) assert.deepEqual(entry.foreign, [], `${entry.name}.js pulls in ${entry.foreign.join(', ')}`);
  // The deck brings its own copy of the zip library both use: only the spreadsheet code itself is foreign there.
  for (const entry of entries)
    assert.deepEqual(
      entry.sources.filter((source) => (entry.name === 'deck' ? /(^|\/)src\/sheets\/|node_modules\/papaparse\//.test(source) : SHEETS_CODE.test(source))),
      [],
      `${entry.name}.js pulls in the spreadsheet code`,
    );
  for (const entry of entries) assert.deepEqual(entry.deck, [], `${entry.name}.js pulls in the deck writer: ${entry.deck.join(', ')}`);
  assert.deepEqual(
    entries.map((e) => e.name),
    ['plan-viz', 'tree', 'collaboration', 'gauge', 'indicators', 'overview', 'schema', 'deck'],
  );
});

test('the deck writer is its own file beside the IIFE, and its size is printed', async () => {
  const deck = await measureDeck();
  console.log(
    `# dist/plan-viz-deck.js: ${(deck.bytes / 1000).toFixed(1)} kB, gzip ${(deck.gzip / 1000).toFixed(1)} kB (src/deck/ and fflate alone ${(deck.writerGzip / 1000).toFixed(1)} kB)`,
  );
  assert.ok(deck.writerGzip > 3000, 'the file holds the deck writer');
});

test('the overview is not in the IIFE but in plan-viz-overview.iife.js beside it, and its size is printed', async () => {
  const { bySource } = await measure();
  assert.deepEqual(
    [...bySource.keys()].filter((source) => source.startsWith('src/components/plan-overview/')),
    [],
    'the IIFE holds overview code: it is loaded on demand (src/core/autoload.ts)',
  );
  // The validator and the file writers come from beside the script (src/core/validator.ts, src/export/load.ts).
  assert.deepEqual(
    [...bySource.keys()].filter((source) => /^src\/(schema\/(validate|schema-data)|scene\/svg|export\/(files|png))\.ts$/.test(source)),
    [],
    'the IIFE holds the validator or the file writers',
  );
  assert.ok(bySource.has('src/core/autoload.ts'), 'the IIFE has the autoloader');
  const addon = await measureAddon();
  console.log(`# dist/plan-viz-overview.iife.js: ${(addon.bytes / 1000).toFixed(1)} kB, gzip ${(addon.gzip / 1000).toFixed(1)} kB`);
  assert.ok(addon.gzip > 10_000, 'the file holds the overview elements');
});
