// Runs axe (WCAG 2.0/2.1/2.2 A and AA rules) on every story of the built Storybook, in Japanese
// and in English, in headless Chromium. Exits 1 on any violation.
//
//   npm run build-storybook && node scripts/axe-stories.mjs [--filter plan-tree]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axeSource = readFileSync(fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const filter = process.argv.includes('--filter') ? process.argv[process.argv.indexOf('--filter') + 1] : '';
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));

let checked = 0;
const failures = [];
for (const story of stories) {
  for (const lang of ['ja', 'en']) {
    pageErrors.length = 0;
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&args=lang:${lang}`, { waitUntil: 'networkidle' });
    await page.evaluate((l) => document.documentElement.setAttribute('lang', l), lang);
    await page
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          return root && root.children.length > 0;
        },
        null,
        { timeout: 10000 },
      )
      .catch(() => {});
    await page.waitForTimeout(300);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('#storybook-root') ?? document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    checked++;
    const errors = pageErrors.filter((m) => !/plan-viz: /.test(m));
    if (result.length > 0 || errors.length > 0) failures.push({ story: story.id, lang, violations: result, errors });
  }
}
await browser.close();
server.close();

for (const f of failures) {
  console.log(`✗ ${f.story} [${f.lang}]`);
  for (const v of f.violations) console.log(`    ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
  for (const e of f.errors) console.log(`    page error: ${e}`);
}
console.log(`axe on stories: ${checked} story renders (${stories.length} stories × ja/en), ${failures.length} with violations`);
console.log(`${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
