// The built studio page as a city hosts it: `vite build --mode studio` into a temporary folder,
// served by a plain static server that sends a strict Content-Security-Policy, opened in Chromium.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';

/** What a city's page with a strict policy allows: only its own files; images also from blob: and data: (toPNG). */
export const CSP = "default-src 'self'; img-src 'self' blob: data:";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Builds the studio into a temporary folder (or uses `dir`, e.g. dist/studio) and serves it. */
export async function serveStudio(dir) {
  let root = dir;
  if (!root) {
    root = mkdtempSync(join(tmpdir(), 'plan-viz-studio-'));
    await build({ configFile: resolve('vite.config.ts'), mode: 'studio', logLevel: 'warn', build: { outDir: root, emptyOutDir: true } });
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
    response.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { root, origin, url: `${origin}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Chromium; `lang` sets its own UI language (the file input's button text). */
export function launch(lang) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that records every request, every CSP violation and every page error. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  const record = { requests: [], violations: [], errors: [] };
  page.on('request', (r) => record.requests.push(r.url()));
  page.on('pageerror', (e) => record.errors.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, context, record };
}
