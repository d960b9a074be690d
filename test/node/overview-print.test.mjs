// <plan-overview> in print: the Iwaki 概要版 with its tree and collaboration figure fits one A3
// landscape sheet and two A4 portrait sheets, and no panel is split across a page break (its
// heading and its last line are on the same page, read back from the PDF with pdftotext).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url);
let server;
let browser;
let base;
const dir = mkdtempSync(join(tmpdir(), 'plan-viz-overview-print-'));

before(async () => {
  const entry = ['plan-overview', 'plan-tree', 'plan-collaboration'].map((name) => `import './src/components/${name}/index.ts';`).join('\n');
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('.', root).pathname, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
    conditions: ['production'],
  });
  const js = bundle.outputFiles[0].text;
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/overview.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    if (url.pathname.startsWith('/examples/')) return void res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(new URL(url.pathname.slice(1), root)));
    const src = '/examples/iwaki-chiiki-fukushi.plan.json';
    res.writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>概要版</title><script src="/overview.js"></script></head>
      <body style="margin:0"><plan-overview src="${src}" today="2026-06-01"><plan-tree slot="tree" src="${src}"></plan-tree><plan-collaboration slot="collaboration" src="${src}"></plan-collaboration></plan-overview></body></html>`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function print(format, landscape) {
  const page = await browser.newPage({ viewport: { width: landscape ? 1500 : 760, height: 1000 } });
  await page.goto(base);
  await page.waitForFunction(
    () => document.querySelector('plan-overview')?.shadowRoot?.querySelector('svg') && document.querySelector('plan-tree')?.shadowRoot?.querySelector('svg'),
    null,
    { timeout: 15000 },
  );
  const pdf = await page.pdf({ format, landscape, printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
  await page.close();
  const file = join(dir, `${format}-${landscape ? 'l' : 'p'}.pdf`);
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  const text = [];
  for (let i = 1; i <= pages; i++) text.push(execFileSync('pdftotext', ['-f', String(i), '-l', String(i), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
  return text;
}

const plan = JSON.parse(readFileSync(new URL('examples/iwaki-chiiki-fukushi.plan.json', root), 'utf8'));
// Each panel by its first and last words (whitespace dropped: pdftotext breaks lines).
const panels = [
  ['計画期間', '延長+1'],
  ['計画の位置づけ', '地域福祉活動計画'],
  ['計画策定の背景・動向', '重層的支援体制整備事業'],
  ['体系図', '保健医療体制の充実'],
  ['協働の図', '地域福祉の実現'],
  ...plan.sections.map((s) => [s.title, s.items.at(-1).replace(/\s+/g, '').slice(-12)]),
];

function assertWhole(pages) {
  for (const [first, last] of panels) {
    assert.ok(
      pages.some((p) => p.includes(first) && p.includes(last)),
      `${first}: its heading and its end "${last}" are on one page`,
    );
  }
}

test('A3 landscape: the whole 概要版 on one sheet', async () => {
  const pages = await print('A3', true);
  assert.equal(pages.length, 1);
  assertWhole(pages);
});

test('A4 portrait: two sheets, no panel split', async () => {
  const pages = await print('A4', false);
  assert.equal(pages.length, 2);
  assertWhole(pages);
});
