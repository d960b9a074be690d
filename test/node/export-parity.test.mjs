// The SVG the command line tool draws in Node and the SVG an element's toSVG() writes in Chromium
// are the same drawing: same boxes, same text lines, same colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const dir = mkdtempSync(join(tmpdir(), 'plan-viz-parity-'));

let browser;
let page;
let renderPlanSvg;

before(async () => {
  const [browserBundle] = await Promise.all([
    build({ entryPoints: ['src/index.ts'], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error', minify: true }),
    build({ entryPoints: ['src/export/render-node.ts'], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'render.mjs'), logLevel: 'error' }),
  ]);
  ({ renderPlanSvg } = await import(pathToFileURL(join(dir, 'render.mjs')).href));
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent('<!doctype html><html lang="ja"><body><div id="box" style="width: 1000px"></div></body></html>');
  await page.addScriptTag({ type: 'module', content: browserBundle.outputFiles[0].text });
  await page.waitForFunction(() => customElements.get('plan-tree') && customElements.get('plan-indicators'));
});

after(async () => {
  await browser?.close();
});

async function plan(name) {
  return JSON.parse(await readFile(`examples/${name}.plan.json`, 'utf8'));
}

/** toSVG() of an element drawn in a 1000 px wide box. */
function inBrowser(tag, planJson, attrs = {}) {
  return page.evaluate(
    async ({ tag, planJson, attrs }) => {
      const box = document.getElementById('box');
      box.replaceChildren();
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.plan = planJson;
      box.append(el);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      return el.toSVG();
    },
    { tag, planJson, attrs },
  );
}

/** What a reader sees: each text with its position and look, each box with its place and colours. */
function drawing(svgText) {
  const texts = [...svgText.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => `${m[2]} @ ${m[1]}`);
  const rects = [...svgText.matchAll(/<rect ([^>]*)\/>/g)].map((m) => m[1]);
  const paths = [...svgText.matchAll(/<path ([^>]*)\/>/g)].map((m) => m[1]);
  const circles = [...svgText.matchAll(/<circle ([^>]*)\/>/g)].map((m) => m[1]);
  return { texts, rects, paths, circles };
}

test('the Iwaki tree: toSVG() in Chromium and plan-viz render in Node draw the same', async () => {
  const iwaki = await plan('iwaki-chiiki-fukushi');
  const fromBrowser = await inBrowser('plan-tree', iwaki);
  const fromNode = await renderPlanSvg(iwaki, { view: 'tree' });
  const a = drawing(fromBrowser);
  const b = drawing(fromNode);
  assert.ok(a.texts.length > 60, `only ${a.texts.length} texts drawn`);
  assert.equal(a.rects.length, b.rects.length);
  assert.deepEqual(a.texts, b.texts);
  assert.deepEqual(a.rects, b.rects);
  assert.deepEqual(a.paths, b.paths);
  assert.equal(fromBrowser, fromNode);
});

test('the tree in English: the same in both', async () => {
  const english = await plan('english-sample');
  assert.equal(await inBrowser('plan-tree', english, { lang: 'en' }), await renderPlanSvg(english, { view: 'tree', lang: 'en' }));
});

test('the Iwaki collaboration figure at 800 px: the same in both', async () => {
  const iwaki = await plan('iwaki-chiiki-fukushi');
  const fromBrowser = await inBrowser('plan-collaboration', iwaki);
  const fromNode = await renderPlanSvg(iwaki, { view: 'collaboration' });
  const a = drawing(fromBrowser);
  const b = drawing(fromNode);
  assert.ok(a.circles.length >= 4);
  assert.deepEqual(a.texts, b.texts);
  assert.deepEqual(a.circles, b.circles);
  assert.deepEqual(a.rects, b.rects);
  assert.equal(fromBrowser, fromNode);
});

test('the indicators and one gauge: the same in both', async () => {
  const sample = await plan('iwaki-sample-indicators');
  const today = '2026-03-31';
  // The element's grid is 1000 px wide in the page: the file has its columns (four).
  const grid = await inBrowser('plan-indicators', sample, { today });
  assert.equal(grid, await renderPlanSvg(sample, { view: 'indicators', today, width: 1000 }));
  assert.notEqual(grid, await renderPlanSvg(sample, { view: 'indicators', today }), 'the default width (752 px) has three columns, not four');
  const id = sample.indicators[0].id;
  assert.equal(await inBrowser('plan-gauge', sample, { today, indicator: id }), await renderPlanSvg(sample, { view: 'indicators', indicator: id, today }));
});

test('a tree tall enough to be drawn in bands is exported as one drawing, each connector once', async () => {
  const { syntheticPlan } = await import('../../scripts/synthetic-plan.mjs');
  const tall = syntheticPlan(120);
  const fromBrowser = await inBrowser('plan-tree', tall, { layout: 'diagram' });
  const bands = await page.evaluate(() => document.querySelector('plan-tree').shadowRoot.querySelectorAll('svg.band').length);
  assert.ok(bands > 1, `only ${bands} band`);
  const fromNode = await renderPlanSvg(tall, { view: 'tree' });
  assert.equal(fromBrowser, fromNode);
  const items = await page.evaluate(() => {
    const el = document.querySelector('plan-tree');
    return { nodes: el.treeLayout.nodes.length, links: el.treeLayout.links.length, height: el.treeLayout.viewBox.height };
  });
  const { rects, paths } = drawing(fromNode);
  // Every node's box once (boxes are drawn with a 1.25 stroke), every connector once.
  assert.equal(rects.filter((r) => /stroke-width="1\.25"/.test(r)).length, items.nodes);
  assert.equal(paths.filter((p) => /stroke-width="1\.5"/.test(p) && /fill="none"/.test(p) && /stroke="#767c86"/.test(p)).length, items.links);
  assert.match(fromNode, new RegExp(`height="${items.height}"`));
});
