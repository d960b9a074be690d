#!/usr/bin/env node
// The guide's screenshots of the studio (docs/ja/images/*.png), taken from the built page as a
// city hosts it, in Chromium with a Japanese locale:
//
//   node docs/ja/screenshots.mjs
//
// Each is one screen (1000 × 720 CSS px), well under 150 kB. The status note that floats over
// the page for a few seconds is hidden so that it covers nothing.
import { mkdtempSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStudio, launch, openPage } from '../../test/studio/harness.mjs';
import { iwakiWorkbooks } from '../../test/studio/workbooks.mjs';

const out = 'docs/ja/images';
mkdirSync(out, { recursive: true });
const [server, browser, workbooks] = await Promise.all([serveStudio(), launch('ja'), iwakiWorkbooks(mkdtempSync(join(tmpdir(), 'plan-viz-shots-')))]);
const { page } = await openPage(browser, server.url, { locale: 'ja-JP', viewport: { width: 1000, height: 720 } });

async function shot(name, scrollTo) {
  await page.evaluate((id) => (id ? document.getElementById(id)?.scrollIntoView() : window.scrollTo(0, 0)), scrollTo);
  await page.waitForTimeout(300);
  const file = join(out, name);
  await page.screenshot({ path: file });
  console.log(`${file}: ${(statSync(file).size / 1024).toFixed(0)} kB`);
}

await page.waitForSelector('h1');
await shot('studio-start.png');

await page.setInputFiles('#files', workbooks.brokenPath);
await page.waitForSelector('.problem');
await page.locator('.problem').nth(1).click();
await page.waitForSelector('table.row');
await page.evaluate(() => {
  document.querySelector('#status').hidden = true;
});
await shot('studio-problems.png', 'check-heading');

await page.setInputFiles('#files', workbooks.goodPath);
await page.waitForFunction(() => document.querySelector('#figure-tree')?.shadowRoot?.querySelector('[role="treeitem"]'));
await page.waitForTimeout(1000);
await page.evaluate(() => {
  document.querySelector('#status').hidden = true;
});
await shot('studio-loaded.png', 'check-heading');
await shot('studio-publish.png', 'publish-heading');

await browser.close();
await server.close();
