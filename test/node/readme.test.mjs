// The README's examples, run as written: its HTML pages served with the built IIFE under a
// strict Content Security Policy, its React and Vue components, its commands and its code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { chromium } from 'playwright-core';
import { updateReadme } from '../../scripts/build-docs.mjs';

const readme = readFileSync('README.md', 'utf8');
const site = mkdtempSync(join(tmpdir(), 'plan-viz-readme-'));
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const STRICT = "default-src 'self'";
/** What the README asks of a page that uses toPNG(). */
const WITH_PNG = "default-src 'self'; img-src 'self' blob:";

/** The README's fenced code blocks of one language, in order. */
function blocks(language) {
  return [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

let server;
let browser;
let origin;

before(async () => {
  // The <script> file and the files beside it, copied into one folder as the README says.
  for (const mode of ['iife', 'iife-check', 'iife-table', 'iife-export'])
    await vite({ configFile: 'vite.config.ts', mode, logLevel: 'warn', build: { outDir: site, emptyOutDir: false, sourcemap: false } });
  for (const file of readdirSync('examples')) if (file.endsWith('.json')) copyFileSync(join('examples', file), join(site, file));
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const file = join(site, decodeURIComponent(url.pathname));
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': url.searchParams.has('png') ? WITH_PNG : STRICT });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page of the site; collects CSP violations and errors. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/${path}`);
  return { page, problems };
}

/** Waits until every plan-viz element on the page has drawn (or shown an error), and returns what each shows. */
async function drawn(page) {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('plan-tree, plan-collaboration, plan-indicators, plan-gauge')];
    return elements.length > 0 && elements.every((el) => el.shadowRoot?.querySelector('svg, [part="error"], [part="outline"], [part="message"]'));
  });
  return page.evaluate(() =>
    [...document.querySelectorAll('plan-tree, plan-collaboration, plan-indicators, plan-gauge')].map((el) => ({
      tag: el.localName,
      error: el.shadowRoot.querySelector('[part="error"]')?.textContent ?? null,
      treeitems: el.shadowRoot.querySelectorAll('[role="treeitem"]').length,
      gauges: el.shadowRoot.querySelectorAll('[part~="gauge"]').length,
      text: [...el.shadowRoot.querySelectorAll('svg text')].map((t) => t.textContent).join(''),
    })),
  );
}

const pages = blocks('html').filter((block) => block.startsWith('<!doctype html>'));

test('the README has its examples', () => {
  assert.equal(pages.length, 2);
  assert.equal(blocks('html').length, 5);
  assert.equal(blocks('jsx').length, 1);
  assert.equal(blocks('vue').length, 1);
  assert.match(readme, /```sh\nnpm install && npm start {3}# installs/);
  assert.match(readme, /\nnpm test {19}# type check/);
});

test('the element reference (docs/elements.md, linked from the README) is the one generated from custom-elements.json', () => {
  assert.ok(existsSync('custom-elements.json'), 'run `npm run analyze` first (npm test does)');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const reference = readFileSync('docs/elements.md', 'utf8');
  assert.equal(updateReadme(reference, manifest), reference, 'docs/elements.md is out of date: run `npm run docs`');
  for (const tag of ['plan-tree', 'plan-collaboration', 'plan-indicators', 'plan-gauge']) {
    assert.ok(reference.includes(`### \`<${tag}>\``));
    assert.ok(readme.includes(`[\`<${tag}>\`](docs/elements.md#${tag})`), `the README links to <${tag}>'s reference`);
  }
});

test('the script-tag page with src draws the Iwaki plan under a strict CSP', async () => {
  writeFileSync(join(site, 'src-page.html'), pages[0]);
  const { page, problems } = await open('src-page.html');
  const elements = await drawn(page);
  assert.deepEqual(
    elements.map((e) => [e.tag, e.error]),
    [
      ['plan-tree', null],
      ['plan-collaboration', null],
      ['plan-indicators', null],
    ],
  );
  assert.equal(elements[0].treeitems, 24);
  const iwaki = JSON.parse(readFileSync('examples/iwaki-chiiki-fukushi.plan.json', 'utf8'));
  for (const keyword of iwaki.collaboration.keywords) assert.ok(elements[1].text.includes(keyword.text), `${keyword.text} is not drawn`);
  assert.equal(elements[2].gauges, 8);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the inline JSON page draws its plan under a strict CSP', async () => {
  writeFileSync(join(site, 'inline-page.html'), pages[1]);
  const { page, problems } = await open('inline-page.html');
  const [tree] = await drawn(page);
  assert.equal(tree.error, null);
  const plan = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(pages[1])[1]);
  const nodes = plan.goals.flatMap((g) => [g, ...(g.children ?? [])]);
  assert.equal(tree.treeitems, 1 + nodes.length);
  for (const node of nodes) assert.ok(tree.text.includes(node.title), `${node.title} is not drawn`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('inline JSON with <\\/script> in a string: shown as text, and the CSS example recolours a goal', async () => {
  const fragment = blocks('html')[2];
  const css = blocks('css')[0];
  writeFileSync(join(site, 'readme.css'), css);
  writeFileSync(
    join(site, 'escape-page.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script src="plan-viz.iife.js"></script><link rel="stylesheet" href="readme.css"></head><body>${fragment}${pages[1].slice(pages[1].indexOf('<plan-tree>'), pages[1].indexOf('</plan-tree>') + 12)}</body></html>`,
  );
  const { page, problems } = await open('escape-page.html');
  const [escaped, styled] = await drawn(page);
  assert.equal(escaped.error, null);
  assert.ok(escaped.text.replace(/\s/g, '').includes('「</script>」も文字のまま表示されます'), escaped.text);
  const fill = await page.evaluate(() => getComputedStyle(document.querySelectorAll('plan-tree')[1].shadowRoot.querySelector('[data-id="1"] rect')).fill);
  assert.equal(fill, 'rgb(0, 85, 127)');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the slide example shows goal 2 alone, filling a 1280 × 720 box', async () => {
  const fragment = blocks('html').find((block) => block.includes('presentation node='));
  const rule = /<!-- in your stylesheet: (.*?) -->/.exec(fragment)[1];
  writeFileSync(join(site, 'slide.css'), `body { margin: 0; } ${rule}`);
  writeFileSync(
    join(site, 'slide-page.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script src="plan-viz.iife.js"></script><link rel="stylesheet" href="slide.css"></head><body>${fragment}</body></html>`,
  );
  const { page, problems } = await open('slide-page.html');
  const [tree] = await drawn(page);
  assert.equal(tree.error, null);
  const iwaki = JSON.parse(readFileSync('examples/iwaki-chiiki-fukushi.plan.json', 'utf8'));
  const goal = iwaki.goals.find((g) => g.id === '2');
  assert.equal(tree.treeitems, 2 + goal.children.length);
  const shown = await page.evaluate(() => {
    const el = document.querySelector('plan-tree');
    const box = el.getBoundingClientRect();
    // The on-screen height of a measure's title line: the type a council room reads.
    const title = [...el.shadowRoot.querySelectorAll('svg [part~="node"][data-id="2-1"] text')].at(-1).getBoundingClientRect();
    return { width: box.width, height: box.height, title: title.height };
  });
  assert.deepEqual([shown.width, shown.height], [1280, 720]);
  assert.ok(shown.title >= 14, `a measure's title is ${shown.title.toFixed(1)} px high on the slide`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the toSVG/toPNG example runs on a page that allows blob: images', async () => {
  const snippet = blocks('js').find((block) => block.includes('toPNG'));
  const { page, problems } = await open('src-page.html?png');
  await drawn(page);
  const result = await page.evaluate(
    `(async () => { ${snippet}; return { svg: svg.type + ' ' + svg.size, png: png.type, width: (await createImageBitmap(png)).width, treeWidth: tree.treeLayout.viewBox.width }; })()`,
  );
  assert.match(result.svg, /^image\/svg\+xml \d{4,}/);
  assert.equal(result.png, 'image/png');
  assert.equal(result.width, Math.round(result.treeWidth * 3));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the React 19 example passes the plan as a property and hears plan-select', async () => {
  const component = blocks('jsx')[0];
  const dir = join(site, 'react');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'PlanFigure.jsx'), component);
  copyFileSync('examples/iwaki-chiiki-fukushi.plan.json', join(dir, 'iwaki-chiiki-fukushi.plan.json'));
  writeFileSync(
    join(dir, 'main.jsx'),
    `import { createRoot } from 'react-dom/client';
import { PlanFigure } from './PlanFigure.jsx';
window.selected = [];
createRoot(document.getElementById('root')).render(<PlanFigure onSelect={(id) => window.selected.push(id)} />);`,
  );
  await esbuild({
    entryPoints: [join(dir, 'main.jsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    outfile: join(dir, 'app.js'),
    alias: { 'plan-viz/tree': resolve('src/components/plan-tree/index.ts') },
    nodePaths: [resolve('node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="app.js"></script></head><body><div id="root"></div></body></html>',
  );
  const { page, problems } = await open('react/index.html');
  const [tree] = await drawn(page);
  assert.equal(tree.treeitems, 24);
  await page.locator('plan-tree [data-id="2-4"]').first().click();
  assert.deepEqual(await page.evaluate(() => window.selected), ['2-4']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Vue example passes the plan as a property and hears plan-select', async () => {
  const compiler = await import('vue/compiler-sfc');
  const source = blocks('vue')[0];
  const dir = join(site, 'vue');
  mkdirSync(dir, { recursive: true });
  copyFileSync('examples/iwaki-chiiki-fukushi.plan.json', join(dir, 'iwaki-chiiki-fukushi.plan.json'));
  // What @vitejs/plugin-vue does with the README's compiler option.
  const { descriptor } = compiler.parse(source, { filename: 'PlanFigure.vue' });
  const compiled = compiler.compileScript(descriptor, {
    id: 'plan-figure',
    inlineTemplate: true,
    templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('plan-') } },
  });
  writeFileSync(join(dir, 'PlanFigure.js'), compiled.content);
  writeFileSync(
    join(dir, 'main.js'),
    `import { createApp, h } from 'vue';
import PlanFigure from './PlanFigure.js';
window.selected = [];
createApp({ render: () => h(PlanFigure, { onSelect: (id) => window.selected.push(id) }) }).mount('#root');`,
  );
  await esbuild({
    entryPoints: [join(dir, 'main.js')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'app.js'),
    alias: { 'plan-viz/tree': resolve('src/components/plan-tree/index.ts'), vue: resolve('node_modules/vue/dist/vue.runtime.esm-bundler.js') },
    nodePaths: [resolve('node_modules')],
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="app.js"></script></head><body><div id="root"></div></body></html>',
  );
  const { page, problems } = await open('vue/index.html');
  const [tree] = await drawn(page);
  assert.equal(tree.treeitems, 24);
  await page.locator('plan-tree [data-id="3-1"]').first().click();
  assert.deepEqual(await page.evaluate(() => window.selected), ['3-1']);
  assert.deepEqual(problems, []);
  await page.close();
});

// ---------------------------------------------------------------------------
// Commands and code

const cliDir = mkdtempSync(join(tmpdir(), 'plan-viz-readme-cli-'));
const cli = join(cliDir, 'cli.mjs');
const cliBuilt = esbuild({ entryPoints: ['src/cli/node.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cli, logLevel: 'error' });

function run(commandLine, env = {}) {
  const args = commandLine.replace(/^npx plan-viz /, '').split(/\s+/);
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: cliDir, env: { ...process.env, LANG: 'C', ...env } }, (error, stdout, stderr) =>
      done({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

test('the validate command prints what the README shows, and exits 1', async () => {
  await cliBuilt;
  if (!existsSync(join(cliDir, 'examples'))) symlinkSync(resolve('examples'), join(cliDir, 'examples'));
  const command = blocks('sh')
    .flatMap((b) => b.split('\n'))
    .find((line) => line.startsWith('npx plan-viz validate'));
  const result = await run(command);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, blocks('text')[0]);
});

test('the render commands write SVG files', async () => {
  await cliBuilt;
  if (!existsSync(join(cliDir, 'examples'))) symlinkSync(resolve('examples'), join(cliDir, 'examples'));
  const commands = blocks('sh')
    .flatMap((b) => b.split('\n'))
    .filter((line) => line.startsWith('npx plan-viz render'));
  assert.equal(commands.length, 4);
  for (const command of commands) {
    const result = await run(command);
    assert.equal(result.code, 0, `${command}: ${result.stderr}`);
    const out = /--out (\S+)/.exec(command)[1];
    assert.match(readFileSync(join(cliDir, out), 'utf8'), /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  }
});

test('the validatePlan example and the $schema example', async () => {
  const snippet = blocks('js').find((block) => block.includes('validatePlan'));
  const entry = join(cliDir, 'validate-example.mjs');
  writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';\nconst text = readFileSync(${JSON.stringify(resolve('examples/broken/duplicate-id.broken.json'))}, 'utf8');\n${snippet}`,
  );
  const out = join(cliDir, 'validate-example.bundle.mjs');
  await esbuild({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    alias: { 'plan-viz/schema': resolve('src/schema/index.ts') },
    logLevel: 'error',
  });
  const printed = await new Promise((done) => execFile(process.execPath, [out], (error, stdout) => done(stdout)));
  assert.match(printed, /^\/goals\/0\/children\/1\/id \S.* Duplicate id "1-1"/);
  const schemaExample = JSON.parse(blocks('json')[0]);
  const bundled = join(cliDir, 'schema.mjs');
  await esbuild({ entryPoints: ['src/schema/index.ts'], bundle: true, platform: 'node', format: 'esm', outfile: bundled, logLevel: 'error' });
  const schema = await import(pathToFileURL(bundled).href);
  assert.equal(schema.validatePlan(schemaExample).valid, true);
  assert.equal(schemaExample.$schema, './node_modules/plan-viz/schema/plan.schema.json');
  assert.ok(JSON.parse(readFileSync('package.json', 'utf8')).files.includes('schema'));
});
