// npm run bench: renders synthetic plans of 20, 200, 2,000 and 10,000 measures in headless
// Chromium and prints, per element, the median time from creating the element to the drawn
// DOM: every plan-viz element's Lit update done and style and layout forced (offsetHeight),
// as issue 7 asks; the time to the next rendered frame is printed beside it, and the time until
// the whole drawing is there: <plan-tree> builds the bands off screen after the first frame (as
// they come near the screen or when the browser is idle), <plan-indicators> draws the cards off
// screen when the browser is idle. Each timed run
// starts from a quiet page (the previous drawing removed and collected) and draws a plan it
// has not drawn before (another seed of the same size), so that no cache of an earlier run
// helps; "again" is the same plan drawn once more. It checks that the whole plan was drawn
// (every treeitem, every gauge) and prints the counts, then a Markdown table against the
// issue's targets (three times faster than Apache ECharts' SVG renderer on the same machine;
// 2,000 measures under 100 ms, 10,000 under 600 ms) and the gzip size of the IIFE bundle.
//
//   node scripts/bench.mjs [--sizes 20,200] [--runs 7 (default: 21 up to 200 measures, 11 at 2,000, 7 above)] [--elements plan-tree,plan-indicators] [--bundle dist/plan-viz.iife.js] [--profile 15] [--echarts off]
//
// Apache ECharts (a devDependency, used only here) draws each plan of the first element's cell
// at each size as well, alternately before and after it: the issue's target is a third of its
// time, and measured in the same run it is under the same load. --echarts off uses the times
// the issue gives instead.
//
// --profile N prints, per cell, the N functions with the most CPU time of their own (and beside
// it the time of the calls they made) in the
// timed part of the timed runs (V8's sampling profiler, console.profile in the page): native
// DOM calls by name (cloneNode, setAttribute …), the forced style and layout under drawOnce,
// whose offsetHeight asks for them. A minified bundle names few functions: build one with
// `npx vite build --mode iife --minify false --outDir <dir>` and pass it as --bundle.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPlan } from './synthetic-plan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '20,200,2000,10000').split(',').map(Number);
// Small drawings take a few ms, where one busy moment on a shared machine moves a median of
// seven: they get more runs. --runs N sets every cell's.
const runsFor = (n) => Number(arg('runs', n <= 200 ? '21' : n <= 2000 ? '11' : '7'));
const bundle = arg('bundle', join(root, 'dist/plan-viz.iife.js'));
const profileTop = Number(arg('profile', '0'));
const echartsFile = join(root, 'node_modules/echarts/dist/echarts.min.js');
const withEcharts = arg('echarts', 'on') !== 'off' && existsSync(echartsFile);
if (!existsSync(bundle)) {
  console.error('dist/plan-viz.iife.js is missing: run `npm run build` (or `npx vite build --mode iife`) first.');
  process.exit(1);
}

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  if (path === 'bundle.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync(bundle));
    return;
  }
  // The files the <script> file loads from beside itself (the validator, the table and <plan-trend>).
  if (/^plan-viz-[a-z]+\.iife\.js$/.test(path) && existsSync(join(dirname(bundle), path))) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync(join(dirname(bundle), path)));
    return;
  }
  if (path === '' || path === 'bench.html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html lang="ja"><head><meta charset="utf-8"><script src="/bundle.js"></script></head><body style="width:1280px"></body></html>');
    return;
  }
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/bench.html`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
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
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
// A <script> file that loads its validator from beside itself gets it before the first timed run
// (a page fetches it once, while its first plan is being fetched).
await page.evaluate(async () => {
  const el = document.body.appendChild(document.createElement('plan-gauge'));
  el.remove();
  for (let i = 0; i < 100 && !('PlanVizCheck' in window) && document.querySelector('script[src*="plan-viz-check"]'); i++) await new Promise((done) => setTimeout(done, 50));
});
const defined = await page.evaluate(() => ['plan-tree', 'plan-collaboration', 'plan-indicators', 'plan-gauge'].filter((t) => customElements.get(t)));
const elements = arg('elements', defined.join(','))
  .split(',')
  .filter((t) => defined.includes(t));

/**
 * In the page: create, attach, wait for the element's update and any plan-viz element's inside
 * it, force style and layout; then (not timed) the next frame, and count what was drawn.
 */
async function drawOnce(tag, plan, extra, tags, profile) {
  // Only plan-viz elements update asynchronously: look for them by name (visiting every
  // element of a drawing of 10,000 nodes would time the benchmark, not the element).
  const selector = tags.join(',');
  const settle = async (root) => {
    const pending = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll(selector)) {
        pending.push(el.updateComplete);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
    return pending.length;
  };
  // Start from a quiet page: the previous drawing removed and its garbage collected, so that
  // no run pays for the one before it.
  document.body.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 0));
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (profile) console.profile('draw');
  const start = performance.now();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  el.plan = plan;
  document.body.append(el);
  await el.updateComplete;
  let before = -1;
  let count = await settle(document.body);
  while (count !== before) {
    before = count;
    count = await settle(document.body);
  }
  // Style and layout of the whole drawing computed (what the browser skips off screen as
  // content-visibility stays skipped, as it would for a user).
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  if (profile) console.profileEnd('draw');
  // For information: the frame after this one has been rendered (paint of what is on screen).
  await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }),
  );
  const frame = performance.now() - start;
  // <plan-tree> builds the bands of a large drawing that are off screen later (as they come near
  // it, or when the browser is idle), and <plan-indicators> draws its cards off screen when the
  // browser is idle: the time until all of it is drawn, for information.
  const waiting = () =>
    [...document.body.querySelectorAll('plan-tree')].some((tree) => tree.shadowRoot?.querySelector('svg.band:empty')) ||
    [...document.body.querySelectorAll('plan-indicators')].some((list) => list.shadowRoot?.querySelector('.cell.waiting'));
  if (waiting()) {
    // Cards let go of waiting are laid out in the next frame: count it.
    while (waiting() && performance.now() - start < 20000) await new Promise((resolve) => setTimeout(resolve, 2));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
  const complete = performance.now() - start;
  const drawn = { elements: 0, treeitems: 0, gauges: 0, svgs: 0 };
  (function count(node) {
    for (const child of node.querySelectorAll('*')) {
      drawn.elements++;
      if (child.getAttribute('role') === 'treeitem') drawn.treeitems++;
      if (child.getAttribute('part')?.split(' ').includes('gauge')) drawn.gauges++;
      if (child.localName === 'svg') drawn.svgs++;
      if (child.shadowRoot) count(child.shadowRoot);
    }
  })(document.body);
  return { ms, frame, complete, drawn };
}

/**
 * In the page: Apache ECharts' SVG renderer drawing the same plan, the reference of issue 7: a
 * tree series with every node expanded (the vision, then the goals and their measures, each
 * named by its label and title) and a gauge of the first indicator, in a 1280 × 900 box,
 * without animation, timed like drawOnce (from creating the chart's box to its drawn SVG with
 * style and layout forced). Returns the time and the number of texts drawn.
 */
async function drawEcharts(plan) {
  document.body.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 0));
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const start = performance.now();
  const box = document.createElement('div');
  box.style.cssText = 'width:1280px;height:900px';
  document.body.append(box);
  const node = (n) => ({ name: n.label ? `${n.label} ${n.title}` : n.title, children: (n.children ?? []).map(node) });
  const indicator = plan.indicators[0];
  const values = [indicator.baseline.value, indicator.target.value, indicator.current?.value ?? indicator.baseline.value];
  const chart = globalThis.echarts.init(box, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'tree',
        data: [{ name: plan.vision.text, children: plan.goals.map(node) }],
        initialTreeDepth: -1,
        expandAndCollapse: false,
        left: '8%',
        right: '32%',
        top: 10,
        bottom: 10,
        label: { position: 'left', fontSize: 12 },
        leaves: { label: { position: 'right' } },
      },
      {
        type: 'gauge',
        center: ['85%', '50%'],
        radius: '25%',
        min: 0,
        max: Math.max(...values) * 1.2,
        detail: { formatter: `{value}${indicator.unit ?? ''}` },
        data: [{ value: values[2], name: indicator.name }],
      },
    ],
  });
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  const texts = box.querySelectorAll('text').length;
  chart.dispose();
  return { ms, texts };
}

/** What a complete drawing of the plan has: a treeitem per node and the vision, a gauge per indicator. */
function expected(tag, plan) {
  let nodes = 0;
  const walk = (list) => list.forEach((n) => (nodes++, walk(n.children ?? [])));
  walk(plan.goals);
  if (tag === 'plan-tree') return { key: 'treeitems', count: nodes + 1 };
  if (tag === 'plan-indicators') return { key: 'gauges', count: plan.indicators.length };
  if (tag === 'plan-gauge') return { key: 'gauges', count: 1 };
  return { key: 'svgs', count: 1 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

await page.addScriptTag({ content: `window.__draw = ${drawOnce.toString()}; window.__echarts = ${drawEcharts.toString()}` });
if (withEcharts) await page.addScriptTag({ path: echartsFile });
/** ECharts' times by size, measured in the same run (see drawEcharts). */
const echartsTimes = new Map();
const cdp = profileTop > 0 ? await page.context().newCDPSession(page) : undefined;
if (cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
}

/** The timed part of each draw, profiled (console.profile in the page; see drawOnce). */
const profiles = [];
cdp?.on('Profiler.consoleProfileFinished', ({ profile }) => profiles.push(profile));

/**
 * Time per function, ms per run, over the profiles taken: [name, self, total], by self time.
 * Total counts a sample once for each function on its stack (what a call and its callees took).
 */
function profileTimes(runs) {
  const self = new Map();
  const total = new Map();
  for (const profile of profiles.splice(0)) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const name = (node) => {
      const frame = node.callFrame;
      return `${frame.functionName || '(anonymous)'}${frame.url ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''}`;
    };
    for (let i = 0; i < profile.samples.length; i++) {
      const us = profile.timeDeltas[i + 1] ?? 0;
      const key = name(byId.get(profile.samples[i]));
      self.set(key, (self.get(key) ?? 0) + us);
      const seen = new Set();
      for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
        const k = name(byId.get(id));
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + us);
      }
    }
  }
  return [...self].sort((a, b) => b[1] - a[1]).map(([key, us]) => [key, us / 1000 / runs, (total.get(key) ?? us) / 1000 / runs]);
}
const results = [];
console.log(
  `plan-viz benchmark: ${sizes.map((n) => `${runsFor(n)} runs at ${n}`).join(', ')} measures (median; each run a new plan of that size), Chromium headless, ${new Date().toISOString()}`,
);
for (const tag of elements) {
  for (const n of sizes) {
    const extraFor = (plan) => (tag === 'plan-gauge' ? { indicator: plan.indicators[0].id } : tag === 'plan-tree' ? { layout: 'diagram' } : {});
    const draw = (plan, profile = false) =>
      page.evaluate(({ tag, plan, extra, tags, profile }) => window.__draw(tag, plan, extra, tags, profile), { tag, plan, extra: extraFor(plan), tags: defined, profile });
    const check = (plan, { drawn }) => {
      const want = expected(tag, plan);
      if (drawn[want.key] < want.count) throw new Error(`${tag} drew ${drawn[want.key]} ${want.key} of ${want.count}`);
      return drawn;
    };
    const first = syntheticPlan(n, { seed: 1000 });
    check(first, await draw(first)); // warm-up: JIT and font loading are not what a user waits for twice
    // The first element drawn at a size has ECharts draw each of its plans too, alternately
    // before and after it, so that both are timed under the same load on a shared machine.
    const reference = withEcharts && !echartsTimes.has(n) ? [] : undefined;
    const echartsDraw = async (plan) => {
      const result = await page.evaluate((plan) => window.__echarts(plan), plan);
      if (result.texts < expected('plan-tree', plan).count) throw new Error(`ECharts drew ${result.texts} texts for ${expected('plan-tree', plan).count} nodes`);
      return result.ms;
    };
    if (reference) {
      echartsTimes.set(n, reference);
      await echartsDraw(first);
    }
    const runs = runsFor(n);
    const times = [];
    const frames = [];
    const completes = [];
    let drawn;
    for (let i = 0; i < runs; i++) {
      const plan = syntheticPlan(n, { seed: 1 + i });
      if (reference && i % 2 === 1) reference.push(await echartsDraw(plan));
      const result = await draw(plan, Boolean(cdp));
      if (reference && i % 2 === 0) reference.push(await echartsDraw(plan));
      drawn = check(plan, result);
      times.push(result.ms);
      frames.push(result.frame);
      completes.push(result.complete);
    }
    if (reference)
      console.log(
        `${'ECharts (SVG)'.padEnd(16)} ${String(n).padStart(6)} measures  median ${median(reference).toFixed(1).padStart(7)} ms  (min ${Math.min(...reference).toFixed(1)}, max ${Math.max(...reference).toFixed(1)}; the same plans as the next line, drawn alternately with it)`,
      );
    const again = [];
    for (let i = 0; i < Math.min(runs, 3); i++) again.push((await draw(first)).ms);
    const m = median(times);
    results.push({ element: tag, measures: n, median: m, frame: median(frames), complete: median(completes) });
    const what = tag === 'plan-tree' ? `${drawn.treeitems} treeitems` : `${drawn.gauges} gauge${drawn.gauges === 1 ? '' : 's'}`;
    console.log(
      `${tag.padEnd(16)} ${String(n).padStart(6)} measures  median ${m.toFixed(1).padStart(7)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; same plan again ${median(again).toFixed(1)}; to the next frame ${median(frames).toFixed(1)}${tag === 'plan-tree' || tag === 'plan-indicators' ? `; all drawn ${median(completes).toFixed(1)}` : ''})  drawn: ${what}, ${drawn.elements} elements, ${drawn.svgs} svg`,
    );
    if (cdp) {
      console.log(`    ${'self ms'.padStart(8)} ${'total ms'.padStart(9)}  function`);
      for (const [name, ms, all] of profileTimes(runs).slice(0, profileTop)) console.log(`    ${ms.toFixed(1).padStart(8)} ${all.toFixed(1).padStart(9)}  ${name}`);
    }
  }
}

for (const tag of elements) {
  const rows = results.filter((r) => r.element === tag);
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1],
      b = rows[i];
    const growth = b.median / a.median;
    const nlogn = (b.measures * Math.log2(b.measures)) / (a.measures * Math.log2(a.measures));
    console.log(`${tag.padEnd(20)} ${a.measures}→${b.measures}: time ×${growth.toFixed(2)} (n log n would be ×${nlogn.toFixed(2)})`);
  }
}

// Issue 7's reference: Apache ECharts' SVG renderer drawing the same tree and a gauge, timed
// the same way on the machine this runs on; the target is a third of it, and at most 100 ms
// for 2,000 measures and 600 ms for 10,000. The issue gives ECharts' times as it measured
// them (ISSUE_ECHARTS_MS); this run measures them too, on the same plans under the same load,
// and the target is a third of that (the issue's figures when ECharts was not run).
const ISSUE_ECHARTS_MS = { 20: 20, 200: 45, 2000: 330, 10000: 1900 };
const CAP_MS = { 2000: 100, 10000: 600 };
const targetFor = (reference, n) => (reference === undefined ? undefined : Math.min(reference / 3, CAP_MS[n] ?? Infinity));
console.log(
  `\n| element | measures | median ms | next frame ms | whole drawing built ms | ECharts ms, this run | ECharts ÷ median | target ms | met | target from the issue's ECharts ms | met |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |');
for (const r of results) {
  const measured = echartsTimes.has(r.measures) ? median(echartsTimes.get(r.measures)) : undefined;
  const target = targetFor(measured ?? ISSUE_ECHARTS_MS[r.measures], r.measures);
  const issueTarget = targetFor(ISSUE_ECHARTS_MS[r.measures], r.measures);
  const met = (t) => (t === undefined ? '' : r.median <= t ? 'yes' : 'no');
  const cells = [
    r.element,
    r.measures.toLocaleString('en'),
    r.median.toFixed(1),
    r.frame.toFixed(1),
    r.element === 'plan-tree' || r.element === 'plan-indicators' ? r.complete.toFixed(1) : '',
    measured === undefined ? '' : measured.toFixed(1),
    measured === undefined ? '' : (measured / r.median).toFixed(1),
    target === undefined ? '' : target.toFixed(1),
    met(target),
    issueTarget === undefined ? '' : `${issueTarget.toFixed(1)} (${ISSUE_ECHARTS_MS[r.measures]} ÷ 3${CAP_MS[r.measures] !== undefined ? `, at most ${CAP_MS[r.measures]}` : ''})`,
    met(issueTarget),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}

/**
 * In the page: <plan-indicators layout="table"> from creating the element to the drawn table
 * (every row, style and layout forced), then a sort by the 進捗 column from its header button
 * to the re-drawn table. The table's code is loaded before (the warm-up run), as a reader
 * sorting a table has it already.
 */
async function drawTable(plan) {
  document.body.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 0));
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const start = performance.now();
  const el = document.createElement('plan-indicators');
  el.setAttribute('layout', 'table');
  el.plan = plan;
  document.body.append(el);
  await el.updateComplete;
  while (!el.shadowRoot.querySelector('table')) await new Promise((resolve) => setTimeout(resolve, 1));
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  const rows = el.shadowRoot.querySelectorAll('tbody tr').length;
  const button = [...el.shadowRoot.querySelectorAll('thead th button')].find((b) => b.textContent.includes('進捗'));
  const sortStart = performance.now();
  button.click();
  await el.updateComplete;
  void document.body.offsetHeight;
  const sort = performance.now() - sortStart;
  const first = el.shadowRoot.querySelector('tbody tr')?.getAttribute('data-indicator');
  return { ms, sort, rows, first };
}

if (arg('table', 'on') !== 'off' && elements.includes('plan-indicators') && existsSync(join(dirname(bundle), 'plan-viz-table.iife.js'))) {
  await page.addScriptTag({ content: `window.__table = ${drawTable.toString()}` });
  console.log(`\n| <plan-indicators layout="table"> | indicators | draw median ms | sort median ms (進捗) | runs |\n| --- | ---: | ---: | ---: | ---: |`);
  for (const n of sizes) {
    const runs = Math.min(runsFor(n), 7);
    const warm = syntheticPlan(n, { seed: 1000 });
    await page.evaluate((plan) => window.__table(plan), warm);
    const draws = [];
    const sorts = [];
    for (let i = 0; i < runs; i++) {
      const plan = syntheticPlan(n, { seed: 1 + i });
      const result = await page.evaluate((plan) => window.__table(plan), plan);
      if (result.rows !== plan.indicators.length) throw new Error(`the table drew ${result.rows} rows of ${plan.indicators.length}`);
      draws.push(result.ms);
      sorts.push(result.sort);
    }
    console.log(
      `| table | ${warm.indicators.length.toLocaleString('en')} (${n.toLocaleString('en')} measures) | ${median(draws).toFixed(1)} | ${median(sorts).toFixed(1)} | ${runs} |`,
    );
  }
}

const iife = readFileSync(bundle);
console.log(`${relative(root, bundle)}: ${(iife.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(iife, { level: 9 }).length / 1024).toFixed(1)} KB`);
await browser.close();
server.close();
