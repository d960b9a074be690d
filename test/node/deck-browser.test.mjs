// The deck writer in a page, as the README shows it: dist/plan-viz-deck.js loaded on demand with
// import() on a page under a strict Content Security Policy, writing a .pptx of a plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as vite } from 'vite';
import { chromium } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'plan-viz-deck-page-'));
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const readme = readFileSync('README.md', 'utf8');
const snippet = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((block) => block.includes('plan-viz-deck.js'));
let server;
let browser;
let origin;

before(async () => {
  await vite({ configFile: 'vite.config.ts', mode: 'deck', logLevel: 'warn', build: { outDir: dir, emptyOutDir: true, sourcemap: false } });
  const files = {
    '/': ['text/html', '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>deck</title></head><body></body></html>'],
    '/plan-viz-deck.js': ['text/javascript', readFileSync(join(dir, 'plan-viz-deck.js'))],
  };
  server = createServer((request, response) => {
    const file = files[request.url];
    // The browser asks for an icon by itself; an empty answer keeps its console clean.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'content-security-policy': "default-src 'self'" }).end(file[1]);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the README snippet makes a deck in a page with a strict CSP, loading the writer only then', async () => {
  assert.ok(snippet, 'the README shows how to load the deck writer');
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${origin}/`);
  assert.ok(!loaded.includes('/plan-viz-deck.js'), 'loaded before it was asked for');
  const plan = JSON.parse(readFileSync('examples/iwaki-chiiki-fukushi.plan.json', 'utf8'));
  const result = await page.evaluate(
    `(async (plan) => { ${snippet}; const head = new Uint8Array(await file.slice(0, 2).arrayBuffer()); return { size: file.size, type: file.type, head: String.fromCharCode(head[0], head[1]) }; })(${JSON.stringify(plan)})`,
  );
  assert.equal(result.head, 'PK');
  assert.ok(result.size > 20_000, `${result.size} bytes`);
  assert.equal(result.type, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
  assert.ok(loaded.includes('/plan-viz-deck.js'));
  assert.deepEqual(problems, []);
  await page.close();
});
