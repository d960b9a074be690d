// The 概要版 on a page that uses the <script> file (the web officer's way): dist/plan-viz.iife.js
// holds no overview code, and loads dist/plan-viz-overview.iife.js from beside itself when the page
// has (now or later) a <plan-overview>, <plan-period>, <plan-relations> or <plan-timeline>, and
// plan-viz-table.iife.js for a <plan-trend> on its own; all under default-src 'self'. A file that
// cannot be loaded leaves a sentence in the element's place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as vite } from 'vite';
import { chromium } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'plan-viz-script-tag-'));
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const PLAN = '/examples/iwaki-chiiki-fukushi.plan.json';
const INDICATORS = '/examples/iwaki-sample-indicators.plan.json';
let server;
let browser;
let origin;
/** Paths the server answers 404 for (a city that forgot to upload a file). */
const missing = new Set();

const pages = {
  // Every overview element in the page from the start, in <body> after the script in <head>.
  '/overview.html': `<plan-overview src="${PLAN}" today="2026-06-01"><plan-tree slot="tree" src="${PLAN}"></plan-tree></plan-overview>
    <plan-period src="${PLAN}" today="2026-06-01"></plan-period><plan-relations src="${PLAN}"></plan-relations><plan-timeline src="${PLAN}"></plan-timeline>`,
  // Nothing to load until the page adds an element.
  '/later.html': `<plan-tree src="${PLAN}"></plan-tree><div id="later"></div>`,
  '/trend.html': `<plan-trend src="${INDICATORS}" indicator="ind-sample-suicide-rate" today="2026-06-01"></plan-trend>`,
  '/missing.html': `<plan-timeline src="${PLAN}"></plan-timeline><plan-period lang="en" src="${PLAN}"></plan-period>`,
};

before(async () => {
  for (const mode of ['iife', 'iife-check', 'iife-overview', 'iife-overview-figures', 'iife-table'])
    await vite({ configFile: 'vite.config.ts', mode, logLevel: 'warn', build: { outDir: dir, emptyOutDir: false, sourcemap: false } });
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const policy = { 'content-security-policy': "default-src 'self'" };
    // The browser asks for an icon by itself; an empty answer keeps its console clean.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    if (missing.has(path)) return void response.writeHead(404).end();
    if (pages[path])
      return void response
        .writeHead(200, { 'content-type': 'text/html', ...policy })
        .end(
          `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>script</title><script src="/js/plan-viz.iife.js"></script></head><body>${pages[path]}</body></html>`,
        );
    if (path.startsWith('/js/') && existsSync(join(dir, path.slice(4))))
      return void response.writeHead(200, { 'content-type': 'text/javascript', ...policy }).end(readFileSync(join(dir, path.slice(4))));
    if (path.startsWith('/examples/')) return void response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(path.slice(1)));
    response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page, recording the scripts it loads and every console error and CSP violation. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const loaded = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`${message.text()} ${message.location().url}`));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${origin}${path}`);
  return { page, problems, loaded };
}

test('the <script> file holds no overview code (its messages, its styles); the overview file beside it does', () => {
  const iife = readFileSync(join(dir, 'plan-viz.iife.js'), 'utf8');
  const overview = readFileSync(join(dir, 'plan-viz-overview.iife.js'), 'utf8');
  for (const text of ['位置づけ', '計画期間', '--plan-overview-print-scale']) {
    assert.ok(!iife.includes(text), `${text} is in plan-viz.iife.js`);
    assert.ok(overview.includes(text), `${text} is not in plan-viz-overview.iife.js`);
  }
});

test('a page with the overview elements loads plan-viz-overview.iife.js once, and every element draws under default-src self', async () => {
  const { page, problems, loaded } = await open('/overview.html');
  await page.waitForFunction(
    () =>
      ['plan-overview', 'plan-period', 'plan-relations'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('svg')) &&
      document.querySelector('plan-timeline')?.shadowRoot?.querySelector('li'),
    null,
    { timeout: 20000 },
  );
  const drawn = await page.evaluate(async () => ({
    title: document.querySelector('plan-overview').shadowRoot.querySelector('h2').textContent,
    events: document.querySelector('plan-timeline').shadowRoot.querySelectorAll('li.event').length,
    tree: document.querySelector('plan-tree').shadowRoot.querySelectorAll('[role="treeitem"]').length,
  }));
  // The tree in its slot: the file holds it, drawn by the scene builders of plan-viz-overview-figures.iife.js (loaded for that).
  await page.waitForFunction(() => document.querySelector('plan-overview').figures, null, { timeout: 20000 });
  drawn.svg = await page.evaluate(() => document.querySelector('plan-overview').toSVG());
  assert.match(drawn.title, /地域福祉計画/);
  assert.equal(drawn.events, 4);
  assert.ok(drawn.tree > 10);
  assert.match(drawn.svg, /^<\?xml/);
  assert.match(drawn.svg, />体系図<\/text>/);
  assert.match(drawn.svg, />本人の意思の尊重<\/text>/);
  assert.equal(loaded.filter((path) => path === '/js/plan-viz-overview-figures.iife.js').length, 1);
  assert.equal(loaded.filter((path) => path === '/js/plan-viz-overview.iife.js').length, 1);
  assert.ok(!loaded.includes('/js/plan-viz-table.iife.js'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('an overview element added after the page loaded is loaded then, not before', async () => {
  const { page, problems, loaded } = await open('/later.html');
  await page.waitForFunction(() => document.querySelector('plan-tree')?.shadowRoot?.querySelector('svg'), null, { timeout: 20000 });
  await new Promise((done) => setTimeout(done, 300));
  assert.ok(!loaded.includes('/js/plan-viz-overview.iife.js'), 'loaded before the page had an overview element');
  assert.equal(await page.evaluate(() => customElements.get('plan-relations')), undefined, 'plan-viz.iife.js defines <plan-relations> itself');
  await page.evaluate((src) => (document.querySelector('#later').innerHTML = `<section><plan-relations src="${src}"></plan-relations></section>`), PLAN);
  await page.waitForFunction(() => document.querySelector('plan-relations')?.shadowRoot?.querySelector('svg'), null, { timeout: 20000 });
  assert.ok(loaded.includes('/js/plan-viz-overview.iife.js'));
  assert.ok(!loaded.includes('/js/plan-viz-overview-figures.iife.js'), 'the figures file is loaded with no tree or collaboration slot filled');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a <plan-trend> on its own comes from plan-viz-table.iife.js', async () => {
  const { page, problems, loaded } = await open('/trend.html');
  await page.waitForFunction(() => document.querySelector('plan-trend')?.shadowRoot?.querySelector('svg'), null, { timeout: 20000 });
  assert.ok(loaded.includes('/js/plan-viz-table.iife.js'));
  assert.ok(!loaded.includes('/js/plan-viz-overview.iife.js'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('when plan-viz-overview.iife.js is missing, each element says which address could not be loaded, in its language', async () => {
  missing.add('/js/plan-viz-overview.iife.js');
  try {
    const { page } = await open('/missing.html');
    await page.waitForFunction(() => document.querySelectorAll('[data-plan-viz-error]').length === 2, null, { timeout: 20000 });
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-plan-viz-error]')].map((note) => ({
        text: note.textContent,
        role: note.getAttribute('role'),
        visible: note.getBoundingClientRect().height > 0,
      })),
    );
    assert.match(notes[0].text, /plan-viz-overview\.iife\.js を読み込めませんでした/);
    assert.match(notes[0].text, /\/js\/plan-viz-overview\.iife\.js/);
    assert.match(notes[1].text, /^Could not load .*\/js\/plan-viz-overview\.iife\.js/);
    assert.ok(notes.every((note) => note.role === 'alert' && note.visible));
    await page.close();
  } finally {
    missing.delete('/js/plan-viz-overview.iife.js');
  }
});
