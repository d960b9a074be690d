// Screenshots of the demo page for a person to look at: Windows high contrast (forced colors,
// light and dark) and 200% zoom (a 1280 px window zoomed to 200% lays out 640 CSS px at
// device scale 2), with keyboard focus on a tree node and on a collaboration keyword.
//   node scripts/robustness-screens.mjs [outDir=/tmp/robustness-screens] [port=5186]
// Starts `vite` on the port unless PLAN_VIZ_URL names a running server.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const outDir = process.argv[2] ?? '/tmp/robustness-screens';
const port = Number(process.argv[3] ?? 5186);
mkdirSync(outDir, { recursive: true });

let server;
let base = process.env.PLAN_VIZ_URL;
if (!base) {
  base = `http://localhost:${port}`;
  server = spawn('npx', ['vite', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite did not start')), 30_000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Local')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => reject(new Error(`vite exited with ${code}`)));
  });
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

const modes = [
  { name: 'forced-colors-light', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, media: { forcedColors: 'active', colorScheme: 'light' } },
  { name: 'forced-colors-dark', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, media: { forcedColors: 'active', colorScheme: 'dark' } },
  { name: 'zoom-200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, media: {} },
];

/** Waits until every plan-viz element on the page has drawn something (or an error). */
async function drawn(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('plan-tree, plan-indicators, plan-collaboration, plan-gauge')].every((el) =>
        el.shadowRoot?.querySelector('svg, [role="tree"], [part="error"], [part~="gauge"], [part="message"]'),
      ),
    null,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(400);
}

const shots = [];
for (const mode of modes) {
  const context = await browser.newContext({ viewport: mode.viewport, deviceScaleFactor: mode.deviceScaleFactor });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.emulateMedia(mode.media);
  await page.goto(`${base}/index.html`);
  await drawn(page);
  const full = `${outDir}/${mode.name}-page.png`;
  await page.screenshot({ path: full, fullPage: true });
  shots.push(full);
  for (const tag of ['plan-tree', 'plan-indicators', 'plan-collaboration']) {
    const el = page.locator(tag).first();
    if ((await el.count()) === 0) continue;
    const path = `${outDir}/${mode.name}-${tag}.png`;
    await el.screenshot({ path });
    shots.push(path);
  }
  // Keyboard focus: Tab to the tree, two steps down; then Tab on to the first collaboration keyword.
  await page
    .locator('plan-tree')
    .first()
    .evaluate((el) => el.scrollIntoView());
  await page.keyboard.press('Tab');
  for (let i = 0; i < 8; i++) {
    const inTree = await page.evaluate(() => document.activeElement?.localName === 'plan-tree');
    if (inTree) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  const focusTree = `${outDir}/${mode.name}-focus-tree.png`;
  await page.screenshot({ path: focusTree });
  shots.push(focusTree);
  // Choose it with Enter: the selection mark, and the indicators and figure that follow it.
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  // Element by element: a full-page capture leaves the tree's off-screen bands (content-visibility) blank.
  for (const tag of ['plan-tree', 'plan-indicators']) {
    const selected = `${outDir}/${mode.name}-selected-${tag}.png`;
    await page.locator(tag).first().screenshot({ path: selected });
    shots.push(selected);
  }
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const inFigure = await page.evaluate(() => document.activeElement?.localName === 'plan-collaboration');
    if (inFigure) break;
  }
  await page.waitForTimeout(200);
  const focusFigure = `${outDir}/${mode.name}-focus-collaboration.png`;
  await page.locator('plan-collaboration').first().screenshot({ path: focusFigure });
  shots.push(focusFigure);
  // What overflows the page sideways at this size (reflow: nothing should, but a wide tree scrolls in its own box).
  const overflow = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  console.log(`${mode.name}: page ${overflow.page} px wide in a ${overflow.window} px window${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
  await context.close();
}
await browser.close();
server?.kill();
console.log(shots.join('\n'));
