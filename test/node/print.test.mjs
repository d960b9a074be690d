// Printing: each figure fits an A4 page, portrait and landscape, without clipping.
// Chromium prints the page to PDF (page count) and, with print media emulated at the
// page's printable width, every drawn figure lies inside the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url);
let server;
let browser;
let base;

before(async () => {
  const bundle = await build({ entryPoints: [new URL('src/index.ts', root).pathname], bundle: true, format: 'iife', write: false, logLevel: 'error', conditions: ['production'] });
  const js = bundle.outputFiles[0].text;
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/plan-viz.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    if (url.pathname.startsWith('/examples/')) return void res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(new URL(url.pathname.slice(1), root)));
    const tag = url.searchParams.get('tag');
    const attrs = url.searchParams.get('attrs') ?? '';
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><script src="/plan-viz.js"></script></head>
      <body style="margin:0"><${tag} ${attrs}></${tag}></body></html>`);
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
});

// A4 at 96 px per inch, less 10 mm margins on each side.
const MM = 96 / 25.4;
const PAGES = {
  portrait: { width: Math.floor((210 - 20) * MM), height: Math.floor((297 - 20) * MM), landscape: false },
  landscape: { width: Math.floor((297 - 20) * MM), height: Math.floor((210 - 20) * MM), landscape: true },
};

const FIGURES = [
  { tag: 'plan-tree', attrs: 'src="/examples/iwaki-chiiki-fukushi.plan.json" layout="diagram"', maxPages: 1 },
  { tag: 'plan-collaboration', attrs: 'src="/examples/iwaki-chiiki-fukushi.plan.json"', maxPages: 1 },
  { tag: 'plan-indicators', attrs: 'src="/examples/iwaki-sample-indicators.plan.json"', maxPages: 3 },
];

for (const figure of FIGURES) {
  for (const [name, page] of Object.entries(PAGES)) {
    test(`${figure.tag} fits A4 ${name}`, async () => {
      const tab = await browser.newPage({ viewport: { width: page.width, height: page.height } });
      await tab.emulateMedia({ media: 'print' });
      await tab.goto(`${base}/?tag=${figure.tag}&attrs=${encodeURIComponent(figure.attrs)}`, { waitUntil: 'networkidle' });
      await tab.waitForFunction((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.querySelector('svg'), figure.tag, { timeout: 15000 });
      await tab.waitForTimeout(300);
      const boxes = await tab.evaluate((tag) => {
        const host = document.querySelector(tag);
        const out = [];
        const visit = (rootNode) => {
          for (const svg of rootNode.querySelectorAll('svg')) {
            const r = svg.getBoundingClientRect();
            if (r.width > 20) out.push({ left: r.left, right: r.right, width: r.width, height: r.height });
          }
          for (const el of rootNode.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
        };
        visit(host.shadowRoot);
        return { boxes: out, scrollWidth: document.documentElement.scrollWidth };
      }, figure.tag);
      assert.ok(boxes.boxes.length > 0, 'a figure is drawn');
      for (const box of boxes.boxes) {
        assert.ok(box.left >= -0.5 && box.right <= page.width + 0.5, `figure ${JSON.stringify(box)} inside the ${page.width}px printable width`);
        assert.ok(box.height <= page.height + 0.5, `figure ${JSON.stringify(box)} no taller than the ${page.height}px printable height`);
      }
      assert.ok(boxes.scrollWidth <= page.width + 1, `nothing wider than the page (scrollWidth ${boxes.scrollWidth})`);
      const pdf = await tab.pdf({ format: 'A4', landscape: page.landscape, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' }, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      assert.ok(pages >= 1 && pages <= figure.maxPages, `${pages} pages (at most ${figure.maxPages})`);
      console.log(`${figure.tag} A4 ${name}: ${pages} page(s), figure widths ${boxes.boxes.map((b) => Math.round(b.width)).join(', ')} of ${page.width}px`);
      await tab.close();
    });
  }
}
