// The studio page as a city hosts it (dist/studio, built here into a temporary folder), served
// with a strict Content-Security-Policy and used in Chromium as staff would: choose files with the
// file input, read the problems, open a row, switch to English, download, copy the embed code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStudio, launch, openPage, CSP } from '../studio/harness.mjs';
import { iwakiCsv, iwakiWorkbooks } from '../studio/workbooks.mjs';
import { importSource } from './bundle.mjs';
import { unzipSync, strFromU8 } from 'fflate';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const work = mkdtempSync(join(tmpdir(), 'plan-viz-studio-files-'));
let server;
let browser;
/** The Iwaki sample plan as a workbook written by the sheets exporter, and a copy with two cells wrong. */
let workbooks;

before(async () => {
  [server, browser, workbooks] = await Promise.all([serveStudio(process.env.STUDIO_DIR), launch(), iwakiWorkbooks(work)]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** axe (WCAG 2.x A/AA) on the whole page; the elements' shadow roots included. */
async function axe(page) {
  // The page forbids inline scripts, so axe comes in through the debugging protocol.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
}

function onlyOwnOrigin(record) {
  const foreign = record.requests.filter((url) => !url.startsWith(server.origin) && !/^(blob|data):/.test(url));
  assert.deepEqual(foreign, [], 'a request left the page’s own origin');
}

test('the built page is served under the strict policy and passes axe before any file', async () => {
  const response = await fetch(server.url);
  assert.equal(response.headers.get('content-security-policy'), CSP);
  const { page, context, record } = await openPage(browser, server.url);
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'plan-viz スタジオ');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  // The file input is a real, labelled control (usable without drag and drop).
  assert.equal(await page.locator('#files').evaluate((el) => el.labels[0]?.textContent), 'ファイルを選ぶ（.xlsx・.csv・.json）');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(record.errors, []);
  onlyOwnOrigin(record);
  await context.close();
});

test('a workbook: every figure is drawn, in English too, and the downloads are the plan’s', async () => {
  const { page, context, record } = await openPage(browser, server.url);
  await page.setInputFiles('#files', workbooks.goodPath);
  await page.waitForSelector('#figure-tree');
  // Focus lands on the check's result, which says there is nothing to fix.
  await page.waitForFunction(() => document.activeElement?.id === 'check-result');
  assert.match(await page.textContent('#check-result'), /問題はありません/);
  await page.waitForFunction(() => document.querySelector('#figure-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 24);
  await page.waitForFunction(() => document.querySelector('#figure-collaboration')?.shadowRoot?.querySelector('svg'));
  await page.waitForFunction(() => (document.querySelector('#figure-indicators')?.shadowRoot?.querySelectorAll('[role="meter"], [role="img"]').length ?? 0) > 0);
  const headings = await page.$$eval('h1, h2, h3, h4', (hs) => hs.map((h) => Number(h.tagName[1])));
  for (let i = 1; i < headings.length; i++) assert.ok(headings[i] <= headings[i - 1] + 1, `heading levels skip: ${headings.join(',')}`);
  assert.deepEqual(await axe(page), []);

  // SVG and PNG of a figure, as files.
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^SVG で保存\s*：施策の体系（体系図）$/ }).click()]);
  assert.equal(svg.suggestedFilename(), 'iwaki-chiiki-fukushi-sample-tree.svg');
  const svgText = readFileSync(await svg.path(), 'utf8');
  assert.match(svgText, /^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svgText, /共に生きる社会を/);
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('保存しました'));
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^PNG で保存\s*：協働の図$/ }).click()]);
  assert.deepEqual([...readFileSync(await png.path()).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The overview's file is the whole 概要版: its own parts, and the tree and collaboration figure in its slots.
  await page.waitForFunction(() => document.querySelector('#figure-overview plan-tree')?.shadowRoot?.querySelector('svg') && document.querySelector('#figure-overview')?.figures);
  const [overview] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^SVG で保存\s*：計画の概要$/ }).click()]);
  assert.equal(overview.suggestedFilename(), 'iwaki-chiiki-fukushi-sample-overview.svg');
  const overviewText = readFileSync(await overview.path(), 'utf8');
  for (const heading of ['計画期間', '計画の位置づけ', '体系図', '計画策定の背景・動向', '協働の図']) assert.match(overviewText, new RegExp(`>${heading}</text>`), heading);
  assert.match(overviewText, /共に生きる社会を/);
  // The plan read from the workbook is the example it was written from (its $schema aside), and
  // the workbook the page writes reads back as the same plan.
  const example = JSON.parse(readFileSync('examples/iwaki-sample-indicators.plan.json', 'utf8'));
  delete example.$schema;
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=計画の JSON をダウンロード')]);
  const downloaded = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(downloaded, example);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('text=ワークブック（.xlsx）をダウンロード')]);
  assert.equal(xlsx.suggestedFilename(), 'iwaki-chiiki-fukushi-sample.xlsx');
  const { importPlan } = await importSource('src/sheets/index.ts');
  const again = await importPlan([{ name: 'again.xlsx', bytes: new Uint8Array(readFileSync(await xlsx.path())) }]);
  assert.deepEqual(again.problems, []);
  assert.deepEqual(again.plan, downloaded);
  // The deck: a PowerPoint package whose slides hold the plan's text (16:9).
  const [deck] = await Promise.all([page.waitForEvent('download'), page.click('text=スライド（.pptx、16:9）をダウンロード')]);
  assert.equal(deck.suggestedFilename(), 'iwaki-chiiki-fukushi-sample.pptx');
  const parts = unzipSync(new Uint8Array(readFileSync(await deck.path())));
  const slides = Object.keys(parts).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  assert.ok(slides.length >= 5, `${slides.length} slides`);
  assert.match(strFromU8(parts['ppt/presentation.xml']), /<p:sldSz cx="12192000" cy="6858000"/);
  const deckText = slides.map((name) => strFromU8(parts[name])).join('');
  for (const words of ['いわき市地域福祉計画', '共に生きる社会をつくるために', '自殺死亡率']) assert.ok(deckText.includes(words), `${words} is not in the deck`);
  const [template] = await Promise.all([page.waitForEvent('download'), page.click('text=テンプレート（日本語見出し）をダウンロード')]);
  const fromTemplate = await importPlan([{ name: 'plan-template.xlsx', bytes: new Uint8Array(readFileSync(await template.path())) }]);
  assert.deepEqual(
    fromTemplate.problems.filter((p) => p.severity === 'error'),
    [],
    'the template as downloaded imports',
  );

  // English: the page, and the figures (this plan is Japanese only, so its text stays Japanese).
  await page.check('input[name="lang"][value="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.textContent('h1'), 'plan-viz studio');
  assert.equal(await page.textContent('#figures-heading'), '3. The figures');
  assert.equal(await page.getAttribute('#figure-tree', 'lang'), 'en');
  await page.waitForFunction(() => /\d+ indicators/.test(document.querySelector('#figure-indicators')?.shadowRoot?.textContent ?? ''));
  assert.deepEqual(await axe(page), []);

  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(record.errors, []);
  onlyOwnOrigin(record);
  await context.close();
});

test('CSV files, one per sheet, chosen together', async () => {
  const files = await iwakiCsv(work);
  const { page, context, record } = await openPage(browser, server.url);
  await page.setInputFiles('#files', files);
  await page.waitForFunction(() => document.querySelector('#figure-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 24);
  assert.match(await page.textContent('#check-heading + p'), /計画\.csv、体系\.csv、協働\.csv、記述\.csv、関連計画\.csv、年表\.csv/);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('the embed code carries the plan intact, even text that looks like HTML', async () => {
  const plan = {
    schemaVersion: 1,
    plan: { id: 'hyouki', title: '表記の例 </script><!-- <b>' },
    vision: { text: '「</script>」も文字のまま' },
    goals: [{ id: '1', title: '目標 <img src=x onerror=alert(1)>' }],
  };
  const file = join(work, 'hyouki.plan.json');
  writeFileSync(file, JSON.stringify(plan));
  const { page, context } = await openPage(browser, server.url);
  await page.setInputFiles('#files', file);
  await page.waitForSelector('#embed-code');
  const code = await page.inputValue('#embed-code');
  assert.ok(!/<\/script>[^\n]*<\/script>/.test(code.split('\n').slice(2, -2).join('\n')), 'the JSON holds no </script>');
  // What a browser makes of the pasted code: one script tag, one element, the plan unchanged.
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    const element = doc.querySelector('plan-tree');
    return {
      scripts: [...doc.querySelectorAll('body > script')].map((s) => s.getAttribute('src')),
      lang: element?.getAttribute('lang'),
      json: element?.querySelector('script[type="application/json"]')?.textContent,
      stray: doc.querySelectorAll('b, img').length,
    };
  }, code);
  assert.deepEqual(parsed.scripts, ['plan-viz.iife.js']);
  assert.equal(parsed.lang, 'ja');
  assert.equal(parsed.stray, 0);
  assert.deepEqual(JSON.parse(parsed.json), plan);
  // With a JSON file beside the page instead.
  await page.check('input[name="embed-mode"][value="src"]');
  await page.fill('#embed-file', 'keikaku.json');
  assert.equal(await page.inputValue('#embed-code'), '<script src="plan-viz.iife.js"></script>\n<plan-tree lang="ja" src="keikaku.json"></plan-tree>\n');
  await context.close();
});

test('a broken workbook: every problem with its sheet, row and column, focus on the list, a problem opens its row', async () => {
  const { page, context, record } = await openPage(browser, server.url);
  await page.setInputFiles('#files', workbooks.brokenPath);
  await page.waitForSelector('.problem');
  await page.waitForFunction(() => document.activeElement?.id === 'problems-heading');
  assert.equal(await page.textContent('#problems-heading'), '2 件の問題があります');
  assert.match(await page.textContent('#status'), /2 件の問題があります/);
  const items = await page.$$eval('.problem .where', (els) => els.map((e) => e.textContent));
  assert.deepEqual(items, ['iwaki-keikaku-broken.xlsx　シート「指標」　2 行目　列「方向」', 'iwaki-keikaku-broken.xlsx　シート「指標」　2 行目　列「施策ID」']);
  assert.match(await page.locator('.problem').nth(1).textContent(), /3-9/);
  assert.equal(await page.$('#figure-tree'), null, 'no figure is drawn from a broken plan');
  // Keyboard: Tab reaches the first problem, Tab the second, Enter opens its row.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls')), 'row-1');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#row-1 table.row');
  assert.equal(await page.locator('.problem').nth(1).getAttribute('aria-expanded'), 'true');
  assert.match(await page.textContent('#row-1 caption'), /シート「指標」　2 行目/);
  const marked = await page.$$eval('#row-1 tr.bad', (rows) => rows.map((r) => [r.querySelector('th').textContent.replace(/\s+/g, ' ').trim(), r.querySelector('td').textContent]));
  assert.deepEqual(marked, [['B 施策ID ▲（問題のある列）', '3-9']]);
  const cells = await page.$$eval('#row-1 tbody tr', (rows) => rows.map((r) => r.querySelector('td').textContent));
  assert.ok(cells.includes('自殺死亡率') && cells.includes('下げる'), 'the whole row is shown');
  assert.deepEqual(await axe(page), []);

  // A JSON file's problem shows the object holding it, the key marked.
  await page.setInputFiles('#files', 'examples/broken/duplicate-id.broken.json');
  await page.waitForFunction(() => document.querySelector('#problems-heading')?.textContent === '1 件の問題があります');
  await page.click('.problem');
  await page.waitForSelector('table.row');
  const key = await page.$$eval('table.row tr.bad', (rows) => rows.map((r) => [r.querySelector('th').textContent.trim(), r.querySelector('td').textContent]));
  assert.deepEqual(key, [['id ▲（問題のあるキー）', '1-1']]);
  assert.deepEqual(record.errors, []);
  await context.close();
});
