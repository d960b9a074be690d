#!/usr/bin/env node
// npm run size: builds dist/plan-viz.iife.js (every element, as a page gets it from a <script>
// tag) into a temporary folder and prints its gzip size against the budget, and which sources
// take the most of it (read from the source map): each source's minified bytes, the gzip of its
// code alone, and what the gzip of the whole file loses without it (its real share: gzip shares
// repeats across sources). Then the package's ES entries for bundlers (dist/tree.js, …): each
// with the chunks it imports, minified, gzip, without Lit and d3 (the user's bundler adds those
// once), and whether an element's entry pulls in another element.
//
//   node scripts/build-size.mjs           print, exit 0
//   node scripts/build-size.mjs --check   exit 1 when the IIFE is over the budget, or an
//                                         element's ES entry imports another element's code
import { build } from 'vite';
import { transformSync } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

/** The budget of the issue: the IIFE with every component, gzip, at most 30 kB. */
export const BUDGET = 30_000;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Bytes of the built file per original source, from the source map's mappings: for each source
 * its byte count, its text, and where its pieces are (`ranges`, offsets in `code`).
 */
export function bytesBySource(code, map) {
  const lines = code.split('\n');
  const bySource = new Map();
  let source = 0;
  let lineStart = 0;
  map.mappings.split(';').forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const parsed = [];
    for (const segment of segments ? segments.split(',') : []) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        let digit = BASE64.indexOf(ch);
        const more = digit & 32;
        digit &= 31;
        value += digit << shift;
        if (more) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      parsed.push([column, values.length > 1 ? source : -1]);
    }
    parsed.forEach(([start, index], i) => {
      const end = i + 1 < parsed.length ? parsed[i + 1][0] : line.length;
      const name = index >= 0 ? map.sources[index] : '(no source)';
      const entry = bySource.get(name) ?? { bytes: 0, text: [], ranges: [] };
      entry.bytes += end - start;
      entry.text.push(line.slice(start, end));
      entry.ranges.push([lineStart + start, lineStart + end]);
      bySource.set(name, entry);
    });
    lineStart += line.length + 1;
  });
  return bySource;
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** What the gzip of `code` loses when the pieces in `ranges` are cut out of it. */
export function marginalGzip(code, ranges, whole = gzip(code)) {
  let rest = '';
  let last = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    rest += code.slice(last, start);
    last = end;
  }
  return whole - gzip(rest + code.slice(last));
}

/** Builds the IIFE with the project's Vite config and measures it. */
export async function measure() {
  const outDir = mkdtempSync(join(tmpdir(), 'plan-viz-size-'));
  try {
    await build({ configFile: 'vite.config.ts', mode: 'iife', logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true } });
    const code = readFileSync(join(outDir, 'plan-viz.iife.js'));
    const map = JSON.parse(readFileSync(join(outDir, 'plan-viz.iife.js.map'), 'utf8'));
    const bySource = new Map();
    for (const [name, entry] of bytesBySource(code.toString('utf8'), map)) bySource.set(name.startsWith('(') ? name : relative(process.cwd(), resolve(outDir, name)), entry);
    return { code: code.toString('utf8'), bytes: code.length, gzip: gzip(code), brotli: brotliCompressSync(code).length, bySource };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Builds dist/plan-viz-deck.js (the deck writer as one ES module, for import() from a page) and
 * measures it, with the share of the deck's own code and its zip library (the rest is the plan's
 * validator, the line breaking and the figures' layouts, which the elements carry too).
 */
export async function measureDeck() {
  const outDir = mkdtempSync(join(tmpdir(), 'plan-viz-size-deck-'));
  try {
    await build({ configFile: 'vite.config.ts', mode: 'deck', logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true } });
    const code = readFileSync(join(outDir, 'plan-viz-deck.js'), 'utf8');
    const map = JSON.parse(readFileSync(join(outDir, 'plan-viz-deck.js.map'), 'utf8'));
    let writer = '';
    for (const [name, entry] of bytesBySource(code, map)) if (/src\/deck\/|node_modules\/fflate\//.test(name)) writer += entry.text.join('');
    return { bytes: code.length, gzip: gzip(code), writerGzip: gzip(writer) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Builds one add-on of the <script> file (`iife-overview`: dist/plan-viz-overview.iife.js, loaded
 * from beside the IIFE when a page has an overview element) and measures it.
 */
export async function measureAddon(mode = 'iife-overview', file = 'plan-viz-overview.iife.js') {
  const outDir = mkdtempSync(join(tmpdir(), `plan-viz-size-${mode}-`));
  try {
    await build({ configFile: 'vite.config.ts', mode, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
    const code = readFileSync(join(outDir, file));
    return { file, bytes: code.length, gzip: gzip(code) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The element entries of the ES build and the folder of each element's own sources. */
const ELEMENT_ENTRIES = { tree: 'plan-tree', collaboration: 'plan-collaboration', gauge: 'plan-gauge', indicators: 'plan-indicators', overview: 'plan-overview' };

/**
 * Builds the ES modules and measures each entry with the chunks it imports (minified, gzip; Lit
 * and d3 stay imports). `foreign` lists the other elements whose sources an element's entry pulls in.
 */
export async function measureEntries() {
  const outDir = mkdtempSync(join(tmpdir(), 'plan-viz-size-es-'));
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true } });
    const closure = (file, seen = new Set()) => {
      if (seen.has(file)) return seen;
      seen.add(file);
      const code = readFileSync(join(outDir, file), 'utf8');
      for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) closure(normalize(join(dirname(file), match[1])), seen);
      return seen;
    };
    const entries = [];
    for (const name of ['plan-viz', ...Object.keys(ELEMENT_ENTRIES), 'schema', 'deck']) {
      const files = [...closure(`${name}.js`)];
      const code = files.map((file) => transformSync(readFileSync(join(outDir, file), 'utf8'), { minify: true, format: 'esm', target: 'es2022' }).code).join('\n');
      const maps = files.map((file) => join(outDir, `${file}.map`)).filter((map) => existsSync(map));
      const sources = new Set(maps.flatMap((map) => JSON.parse(readFileSync(map, 'utf8')).sources.map((source) => resolve(dirname(map), source))));
      const own = ELEMENT_ENTRIES[name];
      const foreign = own
        ? Object.values(ELEMENT_ENTRIES).filter(
            (other) => other !== own && !(own === 'plan-indicators' && other === 'plan-gauge') && [...sources].some((source) => source.includes(`/src/components/${other}/`)),
          )
        : [];
      // The deck writer is loaded on demand: no other entry may carry it (or its zip library).
      const deck = name === 'deck' ? [] : [...sources].filter((source) => source.includes('/src/deck/') || source.includes('/node_modules/fflate/'));
      entries.push({ name, files: files.length, bytes: code.length, gzip: gzip(code), foreign, deck, sources: [...sources].map((source) => relative(process.cwd(), source)) });
    }
    return entries;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measure();
  const over = result.gzip - BUDGET;
  console.log(`dist/plan-viz.iife.js: ${kB(result.bytes)}, gzip ${kB(result.gzip)} (brotli ${kB(result.brotli)})`);
  console.log(over > 0 ? `over the budget of ${kB(BUDGET)} gzip by ${kB(over)}` : `within the budget of ${kB(BUDGET)} gzip (${kB(-over)} to spare)`);
  const all = process.argv.includes('--all');
  console.log(`\n${all ? 'every source' : 'largest sources'} (minified bytes, gzip of their code alone, gzip the file loses without them):`);
  const rows = [...result.bySource.entries()]
    .map(([name, entry]) => ({
      name: name.replace(/^node_modules\//, ''),
      bytes: entry.bytes,
      alone: gzip(entry.text.join('')),
      share: marginalGzip(result.code, entry.ranges, result.gzip),
    }))
    .sort((a, b) => b.share - a.share);
  for (const row of all ? rows : rows.slice(0, 25)) console.log(`${String(row.bytes).padStart(8)} ${String(row.alone).padStart(7)} ${String(row.share).padStart(7)}  ${row.name}`);

  console.log('\nES entries for bundlers (with the chunks each imports, minified, gzip; Lit and d3 not included):');
  const entries = await measureEntries();
  for (const entry of entries) {
    const note = entry.foreign.length > 0 || entry.deck.length > 0 ? `  PULLS IN ${[...entry.foreign, ...entry.deck].join(', ')}` : '';
    console.log(`  dist/${entry.name}.js`.padEnd(28) + `${kB(entry.bytes).padStart(9)}, gzip ${kB(entry.gzip).padStart(8)}  (${entry.files} files)${note}`);
  }
  const deck = await measureDeck();
  for (const [mode, file] of [
    ['iife-overview', 'plan-viz-overview.iife.js'],
    ['iife-overview-figures', 'plan-viz-overview-figures.iife.js'],
    ['iife-table', 'plan-viz-table.iife.js'],
  ]) {
    const addon = await measureAddon(mode, file);
    console.log(`${file === 'plan-viz-overview.iife.js' ? '\n' : ''}dist/${file} (loaded by the <script> file when a page uses it): ${kB(addon.bytes)}, gzip ${kB(addon.gzip)}`);
  }
  console.log(
    `\ndist/plan-viz-deck.js (the deck writer, loaded on demand): ${kB(deck.bytes)}, gzip ${kB(deck.gzip)}; of that src/deck/ and fflate alone: gzip ${kB(deck.writerGzip)}`,
  );
  if (process.argv.includes('--check') && (over > 0 || entries.some((entry) => entry.foreign.length > 0 || entry.deck.length > 0))) process.exitCode = 1;
}
