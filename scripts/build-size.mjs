#!/usr/bin/env node
// npm run size: builds dist/plan-viz.iife.js (every element, as a page gets it from a <script>
// tag) into a temporary folder and prints its gzip size against the budget, and which sources
// take the most of it (read from the source map).
//
//   node scripts/build-size.mjs           print, exit 0
//   node scripts/build-size.mjs --check   exit 1 when over the budget
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

/** The budget of the issue: the IIFE with every component, gzip, at most 30 kB. */
export const BUDGET = 30_000;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of the built file per original source, from the source map's mappings. */
export function bytesBySource(code, map) {
  const lines = code.split('\n');
  const bySource = new Map();
  let source = 0;
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
      const entry = bySource.get(name) ?? { bytes: 0, text: [] };
      entry.bytes += end - start;
      entry.text.push(line.slice(start, end));
      bySource.set(name, entry);
    });
  });
  return bySource;
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
    return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length, bySource };
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
  console.log('\nlargest sources (minified bytes, gzip of their code alone):');
  const rows = [...result.bySource.entries()]
    .map(([name, entry]) => ({ name: name.replace(/^node_modules\//, ''), bytes: entry.bytes, gzip: gzipSync(entry.text.join('')).length }))
    .sort((a, b) => b.bytes - a.bytes);
  for (const row of rows.slice(0, 20)) console.log(`${String(row.bytes).padStart(8)} ${String(row.gzip).padStart(7)}  ${row.name}`);
  if (process.argv.includes('--check') && over > 0) process.exitCode = 1;
}
