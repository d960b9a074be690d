// Exported SVG files open the same outside a browser: every example's files, drawn by librsvg
// (rsvg-convert, what many desktop tools and converters use) and by Chromium, have their ink in
// the same place (nothing clipped, nothing moved) and about as much of it (the text is there).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const rsvg = ['/usr/bin/rsvg-convert', '/usr/local/bin/rsvg-convert'].find(existsSync);
const dir = mkdtempSync(join(tmpdir(), 'plan-viz-rsvg-'));
const EXAMPLES = ['iwaki-chiiki-fukushi', 'english-sample', 'six-actor-bilingual', 'deep-health-plan', 'iwaki-sample-indicators', 'thirty-indicators'];

let browser;
let page;
let renderView;

const ready = (async () => {
  if (!rsvg) return;
  await build({ entryPoints: ['src/cli/render-views.ts'], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'render.mjs'), logLevel: 'error' });
  ({ renderView } = await import(pathToFileURL(join(dir, 'render.mjs')).href));
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage();
})();

after(async () => {
  await browser?.close();
});

/** Every file the examples give: the tree of each, the collaboration figure and the indicators where the plan has them. */
async function files() {
  const out = [];
  for (const name of EXAMPLES) {
    const plan = JSON.parse(await readFile(`examples/${name}.plan.json`, 'utf8'));
    out.push([`${name} tree`, await renderView(plan, { view: 'tree' })]);
    if (plan.collaboration) out.push([`${name} collaboration`, await renderView(plan, { view: 'collaboration' })]);
    if (plan.indicators?.length) out.push([`${name} indicators`, await renderView(plan, { view: 'indicators', today: '2026-03-31' })]);
    if (plan.relatedPlans?.length || plan.timeline?.length) out.push([`${name} overview`, await renderView(plan, { view: 'overview', today: '2026-06-01' })]);
  }
  return out;
}

/** Bounding box of the pixels unlike the top-left one (the background), and how many they are: of a PNG, and of the SVG drawn by Chromium at the PNG's size. */
function ink(png, svg) {
  return page.evaluate(
    async ([png, svg]) => {
      const decode = async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const measure = (image, width, height) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d');
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        const data = context.getImageData(0, 0, width, height).data;
        const [r, g, b] = data;
        let x0 = width,
          y0 = height,
          x1 = -1,
          y1 = -1,
          count = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 96) continue;
          const p = i / 4,
            x = p % width,
            y = Math.floor(p / width);
          count++;
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
        return { box: [x0, y0, x1, y1], count, width, height };
      };
      const fromRsvg = await decode(`data:image/png;base64,${png}`);
      const fromChromium = await decode(`data:image/svg+xml;base64,${svg}`);
      return { rsvg: measure(fromRsvg, fromRsvg.width, fromRsvg.height), chromium: measure(fromChromium, fromRsvg.width, fromRsvg.height) };
    },
    [png.toString('base64'), Buffer.from(svg).toString('base64')],
  );
}

/** Compares each file's drawing by rsvg and by Chromium; returns the problems found. */
async function compare(all) {
  const report = [];
  const problems = [];
  for (const [name, svg] of all) {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.svg`);
    await writeFile(file, svg);
    const png = execFileSync(rsvg, [file]);
    const { rsvg: a, chromium: b } = await ink(png, svg);
    report.push(`${name}: ${a.width}×${a.height}, ink ${a.box.join(',')} (rsvg) / ${b.box.join(',')} (Chromium), ${a.count} / ${b.count} px`);
    if (a.count === 0) problems.push(`${name}: rsvg drew nothing`);
    else if (![0, 1, 2, 3].every((i) => Math.abs(a.box[i] - b.box[i]) <= 2)) problems.push(`${name}: the ink's edges differ by more than 2 px: rsvg ${a.box} / Chromium ${b.box}`);
    else if (!(a.count > b.count * 0.85 && a.count < b.count * 1.15)) problems.push(`${name}: rsvg draws ${a.count} px of ink, Chromium ${b.count}: text missing or moved`);
  }
  console.log(report.map((line) => `# ${line}`).join('\n'));
  return problems;
}

const skip = !rsvg && 'rsvg-convert is not installed (Debian: librsvg2-bin)';
const all = rsvg
  ? await (async () => {
      await ready;
      return files();
    })()
  : [];
const collaboration = all.filter(([name]) => name.endsWith('collaboration'));
// A figure still exported by copying its DOM places its labels with dominant-baseline, which librsvg ignores (the labels sit higher).
const oldCollaboration = collaboration.some(([, svg]) => svg.includes('dominant-baseline'));

test('every example tree and indicators file drawn by rsvg-convert: ink where Chromium puts it, about as much', { skip }, async () => {
  const drawn = all.filter(([name]) => !name.endsWith('collaboration') && !name.endsWith('overview'));
  assert.ok(drawn.length >= 9, `only ${drawn.length} files`);
  assert.deepEqual(await compare(drawn), []);
});

test(
  'every example collaboration file drawn by rsvg-convert: the same',
  { skip, todo: oldCollaboration && 'the collaboration file still sets its labels with dominant-baseline' },
  async () => {
    assert.ok(collaboration.length >= 3);
    assert.deepEqual(await compare(collaboration), []);
  },
);

test('every example overview file (with its tree and collaboration figure) drawn by rsvg-convert: the same, nothing clipped', { skip }, async () => {
  const overviews = all.filter(([name]) => name.endsWith('overview'));
  assert.ok(overviews.length >= 2, `only ${overviews.length} overview files`);
  assert.deepEqual(await compare(overviews), []);
});
