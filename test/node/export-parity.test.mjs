// The SVG the command line tool draws in Node and the SVG an element's toSVG() writes in Chromium
// are the same bytes: the tree, the collaboration figure, the indicators' cards and a gauge, on
// every example (ja and en) and on generated and synthetic plans; the whole overview (with its
// tree and collaboration figure) on the examples.
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
let treeCount = 0;

before(async () => {
  const [browserBundle] = await Promise.all([
    build({
      stdin: {
        contents: "export * from './src/index.ts'; import './src/components/plan-overview/index.ts'; import './src/components/plan-trend/index.ts';",
        resolveDir: '.',
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'error',
      minify: true,
    }),
    build({ entryPoints: ['src/cli/render-views.ts'], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'render.mjs'), logLevel: 'error' }),
  ]);
  ({ renderView: renderPlanSvg } = await import(pathToFileURL(join(dir, 'render.mjs')).href));
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent('<!doctype html><html lang="ja"><body><div id="box" style="width: 1000px"></div></body></html>');
  await page.addScriptTag({ type: 'module', content: browserBundle.outputFiles[0].text });
  await page.waitForFunction(() => customElements.get('plan-tree') && customElements.get('plan-indicators'));
});

after(async () => {
  await browser?.close();
  console.log(`# tree files compared byte for byte: ${treeCount}`);
});

async function plan(name) {
  return JSON.parse(await readFile(`examples/${name}.plan.json`, 'utf8'));
}

/** toSVG() of an element drawn in a 1000 px wide box. */
function inBrowser(tag, planJson, attrs = {}, style = '') {
  if (tag === 'plan-tree') treeCount++;
  return page.evaluate(
    async ({ tag, planJson, attrs, style }) => {
      const box = document.getElementById('box');
      box.replaceChildren();
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      if (style) el.setAttribute('style', style);
      el.plan = planJson;
      box.append(el);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      return el.toSVG();
    },
    { tag, planJson, attrs, style },
  );
}

/** Where two files first differ, with some context, for a readable failure. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length
    ? 'no difference'
    : `at ${i}:\n  browser: ${JSON.stringify(a.slice(Math.max(0, i - 200), i + 120))}\n  node:    ${JSON.stringify(b.slice(Math.max(0, i - 200), i + 120))}`;
}

/** The same tree options as the element's attributes and as plan-viz render's. */
const TREE_OPTIONS = [
  [{}, {}],
  [{ orientation: 'vertical' }, { orientation: 'vertical' }],
  [
    { 'vision-writing': 'vertical', 'max-lines': '2' },
    { visionWriting: 'vertical', maxLines: 2 },
  ],
];

const EXAMPLES = ['iwaki-chiiki-fukushi', 'english-sample', 'six-actor-bilingual', 'deep-health-plan', 'iwaki-sample-indicators', 'thirty-indicators'];

test('the tree of every example, in ja and en, with three sets of options: the same bytes in both', async () => {
  for (const name of EXAMPLES) {
    const json = await plan(name);
    for (const lang of ['ja', 'en']) {
      for (const [attrs, options] of TREE_OPTIONS) {
        const fromBrowser = await inBrowser('plan-tree', json, { lang, ...attrs });
        const fromNode = await renderPlanSvg(json, { view: 'tree', lang, ...options });
        if (fromBrowser !== fromNode) assert.fail(`${name} ${lang} ${JSON.stringify(options)} differs ${firstDifference(fromBrowser, fromNode)}`);
      }
    }
  }
});

test('the tree of generated plans (text that steers line breaking, URLs, emoji, long words, deep trees): the same bytes in both', async () => {
  const fc = (await import('fast-check')).default;
  const { planDocument } = await import('../robustness/plan-arbitrary.mjs');
  const plans = fc.sample(planDocument, { seed: 20261204, numRuns: 80 });
  const differ = [];
  for (const [i, json] of plans.entries()) {
    const [attrs, options] = TREE_OPTIONS[i % TREE_OPTIONS.length];
    const lang = i % 4 === 3 ? 'en' : 'ja';
    const fromBrowser = await inBrowser('plan-tree', json, { lang, ...attrs });
    const fromNode = await renderPlanSvg(json, { view: 'tree', lang, ...options });
    if (fromBrowser !== fromNode) differ.push(`generated plan ${i} (${lang}, ${JSON.stringify(options)}) differs ${firstDifference(fromBrowser, fromNode)}`);
  }
  assert.deepEqual(differ, [], `${differ.length} of ${plans.length} generated plans differ`);
});

test("a dark tree with the page's own colours: the file takes the dark theme and the page's values, read from the host", async () => {
  const iwaki = await plan('iwaki-chiiki-fukushi');
  const svg = await inBrowser('plan-tree', iwaki, { 'color-scheme': 'dark' }, '--plan-tree-goal-1-color: #123456');
  assert.match(svg, /<rect width="\d+(\.\d+)?" height="\d+(\.\d+)?" fill="#17191c"\/>/, 'the dark background');
  assert.match(svg, /fill="#123456" stroke="#123456"/, "goal 1's box in the page's colour");
  assert.doesNotMatch(svg, /#1d5a9e/, "goal 1's default colour is gone");
  const fromNode = await renderPlanSvg(iwaki, { view: 'tree', colorScheme: 'dark' });
  assert.equal(svg.replaceAll('#123456', '#8cb8f0'), fromNode, 'otherwise the dark file of the command line');
});

test("the page's own custom properties on each element reach its file: collaboration, indicators, gauge (its text colour, a dark background), trend", async () => {
  const iwaki = await plan('iwaki-chiiki-fukushi');
  const collaboration = await inBrowser('plan-collaboration', iwaki, { lang: 'ja' }, '--plan-collaboration-text-color: #123456');
  assert.match(collaboration, /fill="#123456"/, "the keywords in the page's text colour");
  assert.equal(collaboration.replaceAll('#123456', '#1b1b1b'), await renderPlanSvg(iwaki, { view: 'collaboration', lang: 'ja' }), "otherwise the command line's file");
  const sample = await plan('iwaki-sample-indicators');
  const today = '2026-03-31';
  const id = sample.indicators[0].id;
  // A gauge's names and values take the element's text colour on screen: so does the file's text. A page's --_check (an internal token) does not count.
  const gauge = await inBrowser('plan-gauge', sample, { today, indicator: id }, '--plan-viz-text-color: #123456; --plan-gauge-track-color: #abcdef; --_check: #ff0000');
  assert.match(gauge, /<text [^>]*fill="#123456"/);
  assert.match(gauge, /fill="#abcdef"/);
  assert.doesNotMatch(gauge, /#ff0000/);
  assert.equal(gauge.replaceAll('#123456', '#1b1b1b').replaceAll('#abcdef', '#e6e9ed'), await renderPlanSvg(sample, { view: 'indicators', indicator: id, today }));
  const cards = await inBrowser('plan-indicators', sample, { today }, '--plan-viz-text-color: #123456');
  assert.equal(cards.replaceAll('#123456', '#1b1b1b'), await renderPlanSvg(sample, { view: 'indicators', today, width: 1000 }));
  assert.notEqual(cards, await renderPlanSvg(sample, { view: 'indicators', today, width: 1000 }), 'the text colour is in the file');
  // --plan-viz-background is behind a dark element (on screen and in its file); behind a light one the file stays white, as the page's background shows on screen.
  const dark = await inBrowser('plan-gauge', sample, { today, indicator: id, 'color-scheme': 'dark' }, '--plan-viz-background: #202830');
  assert.match(dark, /<rect [^>]*fill="#202830"/);
  assert.equal(dark.replaceAll('#202830', '#17191c'), await renderPlanSvg(sample, { view: 'indicators', indicator: id, today, colorScheme: 'dark' }));
  assert.equal(
    await inBrowser('plan-gauge', sample, { today, indicator: id }, '--plan-viz-background: #202830'),
    await renderPlanSvg(sample, { view: 'indicators', indicator: id, today }),
  );
  const trend = await inBrowser('plan-trend', sample, { today, indicator: id }, '--plan-trend-line-color: #123456');
  assert.match(trend, /stroke="#123456"/, "the measured line in the page's colour");
});

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
  const arc = await inBrowser('plan-gauge', sample, { today, indicator: id });
  assert.equal(arc, await renderPlanSvg(sample, { view: 'indicators', indicator: id, today }));
  // plan-viz render --variant bar: the bars of variant="bar".
  const barGrid = await inBrowser('plan-indicators', sample, { today, variant: 'bar' });
  assert.equal(barGrid, await renderPlanSvg(sample, { view: 'indicators', today, width: 1000, variant: 'bar' }));
  assert.notEqual(barGrid, grid, 'bars, not arcs');
  const bar = await inBrowser('plan-gauge', sample, { today, indicator: id, variant: 'bar' });
  assert.equal(bar, await renderPlanSvg(sample, { view: 'indicators', indicator: id, today, variant: 'bar' }));
  assert.notEqual(bar, arc, 'a bar, not an arc');
});

/** Generated plans (fast-check, a fixed seed) that have what `has` asks for: the first `count`. */
async function generatedPlans(has, count, seed) {
  const fc = (await import('fast-check')).default;
  const { planDocument } = await import('../robustness/plan-arbitrary.mjs');
  return fc.sample(planDocument, { seed, numRuns: 600 }).filter(has).slice(0, count);
}

test('the collaboration figure of every example in ja and en, of generated plans and of synthetic plans in both languages: the same bytes in both', async () => {
  const { syntheticPlan } = await import('../../scripts/synthetic-plan.mjs');
  const cases = [];
  for (const name of EXAMPLES) {
    const json = await plan(name);
    if (json.collaboration) for (const lang of ['ja', 'en']) cases.push([name, json, lang]);
  }
  assert.ok(cases.length >= 6, `only ${cases.length} example figures`);
  const generated = await generatedPlans((json) => json.collaboration !== undefined, 12, 20261205);
  assert.equal(generated.length, 12);
  for (const [i, json] of generated.entries()) cases.push([`generated plan ${i}`, json, ['ja', 'en', 'fr'][i % 3]]);
  for (const size of [12, 60]) for (const lang of ['ja', 'en']) cases.push([`synthetic ${size} ${lang}`, syntheticPlan(size, { lang }), lang]);
  const differ = [];
  for (const [name, json, lang] of cases) {
    const fromBrowser = await inBrowser('plan-collaboration', json, { lang });
    const fromNode = await renderPlanSvg(json, { view: 'collaboration', lang });
    assert.match(fromNode, /<circle /, `${name}: circles drawn`);
    if (fromBrowser !== fromNode) differ.push(`${name} (${lang}) differs ${firstDifference(fromBrowser, fromNode)}`);
  }
  assert.deepEqual(differ, [], `${differ.length} of ${cases.length} collaboration figures differ`);
});

test('the indicators of generated and synthetic plans as cards 1000 px wide and as one gauge: the same bytes in both', async () => {
  const { syntheticPlan } = await import('../../scripts/synthetic-plan.mjs');
  const today = '2026-03-31';
  const cases = [];
  const generated = await generatedPlans((json) => json.indicators?.length > 0 && json.indicators.length <= 60, 12, 20261206);
  assert.equal(generated.length, 12);
  for (const [i, json] of generated.entries()) cases.push([`generated plan ${i}`, json, ['ja', 'en', 'fr'][i % 3]]);
  for (const size of [30, 120, 400]) for (const lang of ['ja', 'en']) cases.push([`synthetic ${size} ${lang}`, syntheticPlan(size, { lang }), lang]);
  const differ = [];
  for (const [name, json, lang] of cases) {
    const grid = await inBrowser('plan-indicators', json, { today, lang });
    if (grid !== (await renderPlanSvg(json, { view: 'indicators', today, lang, width: 1000 }))) differ.push(`${name} (${lang}): the cards differ`);
    const id = json.indicators[json.indicators.length >> 1].id;
    const gauge = await inBrowser('plan-gauge', json, { today, lang, indicator: id });
    const fromNode = await renderPlanSvg(json, { view: 'indicators', indicator: id, today, lang });
    if (gauge !== fromNode) differ.push(`${name} (${lang}): gauge ${id} differs ${firstDifference(gauge, fromNode)}`);
  }
  assert.deepEqual(differ, [], `${differ.length} of ${cases.length * 2} indicator files differ`);
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

/** toSVG() of a <plan-overview> in the 1000 px box, with a <plan-tree> and a <plan-collaboration> (given attributes) in its slots. */
function overviewInBrowser(planJson, attrs = {}, treeAttrs = {}) {
  return page.evaluate(
    async ({ planJson, attrs, treeAttrs }) => {
      const box = document.getElementById('box');
      box.replaceChildren();
      const el = document.createElement('plan-overview');
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      const tree = document.createElement('plan-tree');
      tree.slot = 'tree';
      for (const [name, value] of Object.entries(treeAttrs)) tree.setAttribute(name, value);
      const collaboration = document.createElement('plan-collaboration');
      collaboration.slot = 'collaboration';
      for (const child of [el, tree, collaboration]) child.plan = planJson;
      el.append(tree, collaboration);
      box.append(el);
      const settle = async () => {
        for (const child of [el, tree, collaboration]) await child.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      };
      await settle();
      // The tree's and the collaboration's scene builders are loaded once their slots are filled.
      for (let i = 0; i < 50 && !el.figures; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await settle();
      return el.toSVG();
    },
    { planJson, attrs, treeAttrs },
  );
}

test('the whole overview with its tree and collaboration figure, ja and en and with tree options: the same bytes as plan-viz render --view overview', async () => {
  const today = '2026-06-01';
  for (const [name, lang, treeAttrs, options] of [
    ['iwaki-chiiki-fukushi', 'ja', {}, {}],
    ['iwaki-chiiki-fukushi', 'en', {}, {}],
    ['iwaki-chiiki-fukushi', 'ja', { orientation: 'vertical', 'max-lines': '2' }, { orientation: 'vertical', maxLines: 2 }],
    ['deep-health-plan', 'ja', {}, {}],
  ]) {
    const json = await plan(name);
    const fromBrowser = await overviewInBrowser(json, { lang, today }, treeAttrs);
    const fromNode = await renderPlanSvg(json, { view: 'overview', lang, today, width: 1000, ...options });
    if (fromBrowser !== fromNode) assert.fail(`overview ${name} ${lang} ${JSON.stringify(options)} differs ${firstDifference(fromBrowser, fromNode)}`);
    const { texts, circles } = drawing(fromNode);
    const joined = texts.map((t) => t.split(' @ ')[0]).join('');
    // The whole overview: title, period, the 位置づけ, the tree's measures, the timeline, the collaboration figure, the sections.
    for (const related of json.relatedPlans ?? [])
      assert.ok(joined.includes(typeof related.title === 'string' ? related.title : related.title[lang]), `${name}: a related plan is missing`);
    for (const section of json.sections ?? []) assert.ok(joined.includes(typeof section.title === 'string' ? section.title : section.title[lang]), `${name}: a section is missing`);
    const leaf = json.goals[0].children?.[0];
    if (leaf?.title) assert.ok(joined.includes(typeof leaf.title === 'string' ? leaf.title.slice(0, 6) : leaf.title[lang].slice(0, 6)), `${name}: the tree is missing`);
    if (json.collaboration) assert.ok(circles.length >= 3, `${name}: the collaboration circles are missing`);
  }
});
