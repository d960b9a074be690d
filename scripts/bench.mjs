// npm run bench: renders synthetic plans of 20, 200, 2,000 and 10,000 measures in headless
// Chromium and prints, per element, the median time from creating the element to the drawn
// SVG with style and layout computed; then the gzip size of the IIFE bundle.
//
//   node scripts/bench.mjs [--sizes 20,200] [--runs 7] [--elements plan-tree,plan-indicators]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPlan } from './synthetic-plan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '20,200,2000,10000').split(',').map(Number);
const runs = Number(arg('runs', '7'));
const bundle = join(root, 'dist/plan-viz.iife.js');
if (!existsSync(bundle)) {
  console.error('dist/plan-viz.iife.js is missing: run `npm run build` first.');
  process.exit(1);
}

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  if (path === '' || path === 'bench.html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html lang="ja"><head><meta charset="utf-8"><script src="/dist/plan-viz.iife.js"></script></head><body style="width:1280px"></body></html>');
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
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
const defined = await page.evaluate(() => ['plan-tree', 'plan-collaboration', 'plan-indicators', 'plan-gauge'].filter((t) => customElements.get(t)));
const elements = arg('elements', defined.join(',')).split(',').filter((t) => defined.includes(t));

/** In the page: create, attach, wait for every nested Lit update, then force style and layout. */
async function drawOnce(tag, plan, extra) {
  const settle = async (root) => {
    const pending = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if ('updateComplete' in el) pending.push(el.updateComplete);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
    return pending.length;
  };
  document.body.replaceChildren();
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
  void document.body.offsetHeight;
  const svgs = (function count(node) {
    let n = node.querySelectorAll('svg').length;
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) n += count(child.shadowRoot);
    return n;
  })(document.body);
  const ms = performance.now() - start;
  if (svgs === 0 && tag !== 'plan-tree') throw new Error(`${tag} drew no SVG`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

await page.addScriptTag({ content: `window.__draw = ${drawOnce.toString()}` });
const results = [];
console.log(`plan-viz benchmark: ${runs} runs per cell (median), Chromium headless, ${new Date().toISOString()}`);
for (const tag of elements) {
  for (const n of sizes) {
    const plan = syntheticPlan(n);
    const extra = tag === 'plan-gauge' ? { indicator: plan.indicators[0].id } : tag === 'plan-tree' ? { layout: 'diagram' } : {};
    const draw = () => page.evaluate(({ tag, plan, extra }) => window.__draw(tag, plan, extra), { tag, plan, extra });
    await draw(); // warm-up: JIT and font loading are not what a user waits for twice
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await draw());
    const m = median(times);
    results.push({ element: tag, measures: n, median: m });
    console.log(`${tag.padEnd(20)} ${String(n).padStart(6)} measures  median ${m.toFixed(1).padStart(8)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
  }
}

for (const tag of elements) {
  const rows = results.filter((r) => r.element === tag);
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1], b = rows[i];
    const growth = b.median / a.median;
    const nlogn = (b.measures * Math.log2(b.measures)) / (a.measures * Math.log2(a.measures));
    console.log(`${tag.padEnd(20)} ${a.measures}→${b.measures}: time ×${growth.toFixed(2)} (n log n would be ×${nlogn.toFixed(2)})`);
  }
}

const iife = readFileSync(bundle);
console.log(`dist/plan-viz.iife.js: ${(iife.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(iife, { level: 9 }).length / 1024).toFixed(1)} KB`);
await browser.close();
server.close();
