#!/usr/bin/env node
// Measures the glyph widths of src/text/width-data.ts in headless Chromium with the font stack
// the components draw with (FONT_FAMILY), so that the table can be recalibrated when the fonts
// or the browser change.
//
//   node scripts/generate-width-data.mjs           writes src/text/width-data.ts
//   node scripts/generate-width-data.mjs --check   compares the committed table with a new measurement:
//                                                   prints each difference, exits 1 when any
//
// Each width, in thousandths of an em, is the header's formula: at 100 px, the larger of Noto
// Sans CJK JP's advance × 1.04, the glyph's bounding box × 1.01 and the smaller of DejaVu Sans's
// advance and Noto's × 1.08, rounded up; a glyph Noto draws one em wide (to 1%) is 1000.
// ASCII and Latin-1 are measured whole, regular and bold. The ranges (RANGE_WIDTHS) are the
// committed table's own code points measured again (the larger of regular and bold, past 1 em
// rounded up to 50); finding new ranges is not done here.
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const target = join(root, 'src/text/width-data.ts');
const check = process.argv.includes('--check');

async function load(entry) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'plan-viz-width-')), 'module.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}

const committed = await load(target);
const { FONT_FAMILY } = await load(join(root, 'src/text/measure.ts'));

const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);
const latin1 = Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i);
const ranges = [];
for (let i = 0; i < committed.RANGE_WIDTHS.length; i += 3) ranges.push(committed.RANGE_WIDTHS.slice(i, i + 3));
const rangePoints = ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, k) => first + k));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let measured;
try {
  const page = await browser.newPage();
  await page.setContent('<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="400"></svg>');
  measured = await page.evaluate(
    async ([points, font]) => {
      await document.fonts.ready;
      const svg = document.querySelector('svg');
      const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      text.setAttribute('x', '100');
      text.setAttribute('y', '200');
      text.setAttribute('font-size', '100');
      svg.append(text);
      const out = {};
      for (const bold of [false, true]) {
        text.setAttribute('font-weight', bold ? 'bold' : 'normal');
        out[bold ? 'bold' : 'regular'] = points.map((cp) => {
          text.textContent = String.fromCodePoint(cp);
          text.setAttribute('font-family', font);
          const noto = text.getComputedTextLength();
          const box = text.getBBox().width;
          text.setAttribute('font-family', "'DejaVu Sans'");
          const dejavu = text.getComputedTextLength();
          return [noto, box, dejavu];
        });
      }
      return out;
    },
    [[...ascii, ...latin1, ...rangePoints], FONT_FAMILY],
  );
} finally {
  await browser.close();
}

/** The header's formula, in thousandths of an em (measured at 100 px). */
function width([noto, box, dejavu], cp) {
  if (cp === 0xad) return 0;
  if (noto >= 99.5 && noto <= 101) return 1000;
  return Math.ceil(Math.max(noto * 10.4, box * 10.1, Math.min(dejavu * 10, noto * 10.8)) - 1e-6);
}

const all = [...ascii, ...latin1, ...rangePoints];
const at = new Map(all.map((cp, i) => [cp, i]));
const of = (weight, cp) => width(measured[weight][at.get(cp)], cp);
const fresh = {
  ASCII_REGULAR: ascii.map((cp) => of('regular', cp)),
  ASCII_BOLD: ascii.map((cp) => of('bold', cp)),
  LATIN1_REGULAR: latin1.map((cp) => of('regular', cp)),
  LATIN1_BOLD: latin1.map((cp) => of('bold', cp)),
  RANGE_WIDTHS: ranges.flatMap(([first, last]) => {
    let widest = 0;
    for (let cp = first; cp <= last; cp++) widest = Math.max(widest, of('regular', cp), of('bold', cp));
    return [first, last, widest > 1000 ? Math.ceil(widest / 50) * 50 : widest];
  }),
};

if (check) {
  let differences = 0;
  let largest = 0;
  for (const [name, values] of Object.entries(fresh)) {
    const old = committed[name];
    const step = name === 'RANGE_WIDTHS' ? 3 : 1;
    for (let i = step - 1; i < values.length; i += step) {
      if (values[i] === old[i]) continue;
      differences++;
      largest = Math.max(largest, Math.abs(values[i] - old[i]));
      const cp = name === 'RANGE_WIDTHS' ? values[i - 2] : (name.startsWith('ASCII') ? 0x20 : 0xa0) + i;
      const where =
        name === 'RANGE_WIDTHS' && values[i - 1] !== values[i - 2]
          ? `U+${cp.toString(16).toUpperCase()}–U+${values[i - 1].toString(16).toUpperCase()}`
          : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      console.log(`${name} ${where} ${JSON.stringify(String.fromCodePoint(cp))}: committed ${old[i]}, measured ${values[i]}`);
    }
  }
  const count = Object.values(fresh).reduce((n, v, k) => n + (Object.keys(fresh)[k] === 'RANGE_WIDTHS' ? v.length / 3 : v.length), 0);
  if (differences === 0) console.log(`width-data check: the committed table matches this machine's measurement (${count} widths).`);
  else
    console.log(
      `width-data check: ${differences} of ${count} widths differ from this machine's measurement, by at most ${largest} thousandths of an em. Regenerate with node scripts/generate-width-data.mjs (then check the examples' wrapping) or keep the committed table.`,
    );
  process.exit(differences === 0 ? 0 : 1);
}

const pairs = (values) => values.map((v) => v.toString(36).padStart(2, '0')).join('');
const lines = (text, indent) => (text.match(/.{1,96}/g) ?? ['']).map((line) => `${indent}'${line}'`).join(' +\n');
let last = 0xff;
const encodedRanges = [];
for (let i = 0; i < fresh.RANGE_WIDTHS.length; i += 3) {
  const [first, end, value] = fresh.RANGE_WIDTHS.slice(i, i + 3);
  encodedRanges.push(first === end ? `${(first - last).toString(36)}.${value.toString(36)}` : `${(first - last).toString(36)}.${(end - first).toString(36)}.${value.toString(36)}`);
  last = end;
}
const source = readFileSync(target, 'utf8');
let out = source;
for (const name of ['ASCII_REGULAR', 'ASCII_BOLD', 'LATIN1_REGULAR', 'LATIN1_BOLD']) {
  out = out.replace(new RegExp(`(export const ${name}: readonly number\\[\\] = digits\\(\\n)[\\s\\S]*?(,\\n\\);)`), `$1${lines(pairs(fresh[name]), '  ')}$2`);
}
const rangeText = encodedRanges.join(',');
const rangeLines = (rangeText.match(/.{1,96}(,|$)/g) ?? []).map((line) => `  '${line}'`).join(' +\n');
out = out.replace(/(\}\)\(\n)[\s\S]*?(,\n\);\s*)$/, `$1${rangeLines}$2`);
writeFileSync(target, out);
console.log(`wrote ${target}`);
