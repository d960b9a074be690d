// The <script> file as a web officer's page gets it: dist/plan-viz.iife.js with the files beside
// it, on a page under a strict Content Security Policy. The validator comes from beside the script
// as soon as an element joins the page; what a page may never need (the writers of toSVG()/toPNG(),
// the KPI table) only when it is first asked for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as vite } from 'vite';
import { chromium } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'plan-viz-script-file-'));
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const PLAN = readFileSync('examples/iwaki-sample-indicators.plan.json');
const page = (body) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>page</title><script src="/js/plan-viz.iife.js"></script></head><body>${body}</body></html>`;
let server;
let browser;
let origin;
/** Files the server refuses, to see what a page shows when one is missing. */
const missing = new Set();

before(async () => {
  for (const mode of ['iife', 'iife-check', 'iife-export', 'iife-table'])
    await vite({ configFile: 'vite.config.ts', mode, logLevel: 'warn', build: { outDir: dir, emptyOutDir: false, sourcemap: false } });
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const headers = { 'content-security-policy': "default-src 'self'; img-src 'self' blob:" };
    if (path.startsWith('/js/') && !missing.has(path.slice(4)) && existsSync(join(dir, path.slice(4))))
      return void response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(readFileSync(join(dir, path.slice(4))));
    if (path === '/plan.json') return void response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(PLAN);
    if (path === '/tree.html')
      return void response
        .writeHead(200, { ...headers, 'content-type': 'text/html' })
        .end(page('<plan-tree src="/plan.json"></plan-tree><plan-indicators src="/plan.json" today="2026-03-31"></plan-indicators>'));
    // The browser asks for an icon by itself; an empty answer keeps its console clean.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open() {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('pageerror', (error) => problems.push(error.message));
  const loaded = [];
  tab.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await tab.goto(`${origin}/tree.html`);
  await tab.waitForFunction(
    () =>
      document.querySelector('plan-tree')?.shadowRoot?.querySelector('[role="treeitem"]') && document.querySelector('plan-indicators')?.shadowRoot?.querySelector('[role="meter"]'),
  );
  return { tab, problems, loaded };
}

test('the figures are drawn by the script file and its validator; toSVG() and toPNG() load the file writers from beside it, once', async () => {
  const { tab, problems, loaded } = await open();
  assert.deepEqual(
    loaded.filter((path) => path.startsWith('/js/')),
    ['/js/plan-viz.iife.js', '/js/plan-viz-check.iife.js'],
    'the script file and its validator, once, to draw',
  );
  const files = await tab.evaluate(async () => {
    const tree = document.querySelector('plan-tree');
    const list = document.querySelector('plan-indicators');
    const [treeFile, listFile] = await Promise.all([tree.toSVG(), list.toSVG()]);
    const png = await tree.toPNG({ scale: 1 });
    return { treeFile, listFile, png: png.type, pngSize: png.size };
  });
  assert.match(files.treeFile, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.ok(files.treeFile.includes('共に生きる社会をつくるために'), 'the tree file has the plan text');
  assert.match(files.listFile, /<desc id="desc">子育てに不安を感じる保護者の割合 29.5/);
  assert.equal(files.png, 'image/png');
  assert.ok(files.pngSize > 5_000);
  assert.deepEqual(
    loaded.filter((path) => path === '/js/plan-viz-export.iife.js'),
    ['/js/plan-viz-export.iife.js'],
    'the writers are loaded once',
  );
  assert.deepEqual(problems, []);
  await tab.close();
});

test('when the file beside the script cannot be loaded, toSVG() rejects with an error naming it, and the figure stays drawn', async () => {
  missing.add('plan-viz-export.iife.js');
  try {
    const { tab } = await open();
    const message = await tab.evaluate(() =>
      document
        .querySelector('plan-tree')
        .toSVG()
        .then(
          () => 'no error',
          (error) => error.message,
        ),
    );
    assert.match(
      message,
      /読み込めませんでした。plan-viz-export\.iife\.js を plan-viz\.iife\.js と同じフォルダーに置いてください。 \/ .* could not be loaded: put plan-viz-export\.iife\.js in the same folder as plan-viz\.iife\.js\./,
    );
    assert.ok(await tab.evaluate(() => document.querySelector('plan-tree').shadowRoot.querySelectorAll('[role="treeitem"]').length > 10));
    await tab.close();
  } finally {
    missing.delete('plan-viz-export.iife.js');
  }
});

test('when the validator beside the script cannot be loaded, each element says which file is missing instead of drawing an unchecked plan', async () => {
  missing.add('plan-viz-check.iife.js');
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/tree.html`);
    await tab.waitForFunction(() => ['plan-tree', 'plan-indicators'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="error"][role="alert"]')));
    const shown = await tab.evaluate(() => ['plan-tree', 'plan-indicators'].map((tag) => document.querySelector(tag).shadowRoot.querySelector('[part="error"]').textContent));
    for (const text of shown) assert.match(text, /計画データを読み込めませんでした.*plan-viz-check\.iife\.js を読み込めませんでした/s);
    assert.equal(await tab.evaluate(() => document.querySelector('plan-tree').shadowRoot.querySelectorAll('[role="treeitem"]').length), 0);
    await tab.close();
  } finally {
    missing.delete('plan-viz-check.iife.js');
  }
});
